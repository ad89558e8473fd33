import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core.js';
import { ok, tempCore } from '../../helpers/core.js';
import { fixture, gdalDistrictAreasHa } from '../../helpers/fixtures.js';
import { tempDir } from '../../helpers/temp-dir.js';

let core: (Core & { dir: string }) | undefined;
afterEach(() => core?.close());

async function withOrganisation() {
  const c = (core = await tempCore());
  const org = await ok(c, 'organisations.create', { name: 'Cooperativa de Prueba', type: 'cooperativa' });
  return { c, org };
}

const counts = (c: Core) =>
  c.context.db
    .prepare(
      'SELECT (SELECT count(*) FROM plots) AS plots, (SELECT count(*) FROM producers) AS producers, (SELECT count(*) FROM plots_rtree) AS boxes',
    )
    .get();

describe('import service', () => {
  it('imports the UTM 17S districts shapefile with areas matching GDAL within 0.01 %', async () => {
    const { c, org } = await withOrganisation();
    const opened = await ok(c, 'imports.open', {
      source: { path: fixture('admin', 'cajamarca_distritos_utm17s.zip') },
      organisationId: org.id,
    });
    expect(opened).toMatchObject({
      format: 'shapefile',
      featureCount: 127,
      crs: { detected: { code: 32717 }, needsChoice: false },
    });
    expect(opened.columns).toEqual(expect.arrayContaining(['IDDIST', 'NOMBDIST', 'NOMBPROV']));
    const result = await ok(c, 'imports.commit', {
      importId: opened.importId,
      organisationId: org.id,
      mapping: { plotName: 'IDDIST', producerName: 'NOMBPROV' },
    });
    // Districts are not smallholdings: every one is imported with the AREA_TOO_LARGE warning.
    expect(result.counts).toMatchObject({ imported: 0, warnings: 127, rejected: 0, producersToCreate: 13 });
    const plots = await ok(c, 'plots.list', { organisationId: org.id });
    expect(plots).toHaveLength(127);
    const reference = gdalDistrictAreasHa();
    for (const plot of plots) {
      const expected = reference.get(plot.name)?.areaHa as number;
      expect(Math.abs(plot.areaHa - expected) / expected, plot.name).toBeLessThan(1e-4);
    }
    expect(new Set(plots.map((p) => p.producerName)).size).toBe(13);
  });

  it('re-importing the same file adds nothing: every feature is "unchanged"', async () => {
    const { c, org } = await withOrganisation();
    const run = async () => {
      const opened = await ok(c, 'imports.open', {
        source: { path: fixture('admin', 'cajamarca_provincias.geojson') },
      });
      return ok(c, 'imports.commit', {
        importId: opened.importId,
        organisationId: org.id,
        mapping: { plotName: 'NOMBPROV', producerName: 'NOMBPROV' },
      });
    };
    const first = await run();
    expect(first.counts.warnings + first.counts.imported).toBe(13);
    const before = counts(c);
    const second = await run();
    expect(second.counts).toMatchObject({ imported: 0, warnings: 0, rejected: 0, unchanged: 13, producersToCreate: 0 });
    expect(counts(c)).toEqual(before);
  });

  it('remembers the column mapping per organisation and column layout', async () => {
    const { c, org } = await withOrganisation();
    const source = { path: fixture('admin', 'cajamarca_provincias.geojson') };
    const first = await ok(c, 'imports.open', { source, organisationId: org.id });
    expect(first.mapping.remembered).toBeNull();
    await ok(c, 'imports.preview', {
      importId: first.importId,
      organisationId: org.id,
      mapping: { plotName: 'NOMBPROV', producerName: 'NOMBPROV' },
    });
    await ok(c, 'imports.commit', {
      importId: first.importId,
      organisationId: org.id,
      mapping: { plotName: 'NOMBPROV', producerName: 'NOMBPROV' },
    });
    const again = await ok(c, 'imports.open', { source, organisationId: org.id });
    expect(again.mapping.remembered).toEqual({ plotName: 'NOMBPROV', producerName: 'NOMBPROV' });
  });

  it('asks for a CRS when a file gives metres and says nothing, and imports with the chosen one', async () => {
    const { c, org } = await withOrganisation();
    const dir = tempDir();
    const file = path.join(dir, 'parcelas.csv');
    fs.writeFileSync(
      file,
      'codigo,productor,este,norte,area\nA-1,Rosa Díaz,730100,9367100,1.5\nA-2,Juan Vega,730500,9367400,2\n',
    );
    const opened = await ok(c, 'imports.open', { source: { path: file } });
    // No zone anywhere: the reader itself cannot place UTM coordinates.
    expect(opened.crs.needsChoice || opened.crs.detected === null).toBe(true);
    const refused = await c.call('imports.preview', {
      importId: opened.importId,
      organisationId: org.id,
      mapping: opened.mapping.suggested,
    });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'NEEDS_CRS', suggestedCode: 32717 },
    });
    const done = await ok(c, 'imports.commit', {
      importId: opened.importId,
      organisationId: org.id,
      crsCode: 32717,
      mapping: opened.mapping.suggested,
    });
    expect(done.counts).toMatchObject({ imported: 2, producersToCreate: 2 });
    const plots = await ok(c, 'plots.list', { organisationId: org.id });
    // 730100 E, 9367100 N in zone 17S is near Jaén: lon ≈ −78.9, lat ≈ −5.7.
    expect(plots[0]?.centroid[0]).toBeCloseTo(-78.92, 1);
    expect(plots[0]?.centroid[1]).toBeCloseTo(-5.71, 1);
    expect(plots.map((p) => p.areaHa).sort()).toEqual([1.5, 2]);
  });

  it('a failure while writing rolls the whole import back: no producer, no plot, no box', async () => {
    const { c, org } = await withOrganisation();
    const before = counts(c);
    // Make the 60th plot insert fail, as a full disk or a crash mid-import would.
    c.context.db.exec(
      `CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON plots WHEN (SELECT count(*) FROM plots) >= 59 BEGIN SELECT RAISE(ABORT, 'disk full'); END;`,
    );
    const opened = await ok(c, 'imports.open', {
      source: { path: fixture('admin', 'cajamarca_distritos_utm17s.zip') },
    });
    const result = await c.call('imports.commit', {
      importId: opened.importId,
      organisationId: org.id,
      mapping: { plotName: 'IDDIST', producerName: 'NOMBPROV' },
    });
    expect(result.ok ? 'ok' : result.error.message).toMatch(/disk full/);
    expect(counts(c)).toEqual(before);
    expect(c.context.db.prepare('SELECT count(*) AS n FROM import_runs').get()).toEqual({ n: 0 });
  });

  it('a cancelled import writes nothing', async () => {
    const { c, org } = await withOrganisation();
    const opened = await ok(c, 'imports.open', {
      source: { path: fixture('admin', 'cajamarca_distritos_utm17s.zip') },
    });
    const controller = new AbortController();
    const pending = c.call(
      'imports.commit',
      { importId: opened.importId, organisationId: org.id, mapping: { plotName: 'IDDIST', producerName: 'NOMBPROV' } },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    const result = await pending;
    expect(result.ok ? 'ok' : result.error.code).toBe('CANCELLED');
    expect(counts(c)).toMatchObject({ plots: 0, producers: 0 });
  });

  it('rejects features with reasons and keeps the good ones (KML with a placemark without geometry)', async () => {
    const { c, org } = await withOrganisation();
    const producer = await ok(c, 'producers.create', {
      organisationId: org.id,
      memberCode: 'K-1',
      names: 'Familia Kml',
    });
    const opened = await ok(c, 'imports.open', { source: { path: fixture('kml', 'null_geometry.kml') } });
    const preview = await ok(c, 'imports.preview', {
      importId: opened.importId,
      organisationId: org.id,
      defaultProducerId: producer.id,
    });
    expect(
      preview.verdicts.some((v) => v.verdict === 'rejected' && v.reasons.some((r) => r.code === 'NO_GEOMETRY')),
    ).toBe(true);
    expect((await ok(c, 'system.info', {})).counts.plots).toBe(0);
  });

  it('refuses unreadable files with FILE_UNREADABLE and a reason, and stores nothing', async () => {
    const { c } = await withOrganisation();
    for (const [name, reason] of [
      ['badzip.zip', 'NOT_A_ZIP'],
      ['no-dbf.zip', 'NO_DBF'],
      ['noshp.zip', 'NO_SHP'],
    ] as const) {
      const result = await c.call('imports.open', { source: { path: fixture('shapefile', name) } });
      expect(result.ok ? null : result.error, name).toMatchObject({ code: 'FILE_UNREADABLE', details: { reason } });
    }
    const random = await c.call('imports.open', {
      source: {
        fileName: 'ruido.bin',
        dataBase64: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)).toString('base64'),
      },
    });
    expect(random.ok ? null : random.error.code).toBe('FILE_UNREADABLE');
    const empty = await c.call('imports.open', { source: { fileName: 'vacio.geojson', dataBase64: '' } });
    expect(empty.ok ? null : empty.error).toMatchObject({ code: 'FILE_UNREADABLE', details: { reason: 'EMPTY_FILE' } });
    expect((await ok(c, 'system.info', {})).counts).toMatchObject({ plots: 0, producers: 0 });
  });
});

describe('import producer matching', () => {
  it('keeps a DNI on the first of two new members that share it, and never reuses a member code', async () => {
    const c = (core = await tempCore());
    const org = await ok(c, 'organisations.create', { name: 'Cooperativa Prueba DNI', type: 'cooperativa' });
    // An existing member already holds the code IMP-00001 that an import would otherwise generate.
    await ok(c, 'producers.create', { organisationId: org.id, memberCode: 'IMP-00001', names: 'Socio antiguo' });
    const file = path.join(tempDir(), 'socios.csv');
    fs.writeFileSync(
      file,
      'codigo,productor,dni,lat,lon,area\nA-1,Rosa Díaz,41234567,-5.71,-78.81,1\nA-2,Rosa Díaz Vega,41234567,-5.70,-78.80,1\n,Sin Código,,-5.69,-78.79,1\n',
    );
    const opened = await ok(c, 'imports.open', { source: { path: file } });
    const result = await ok(c, 'imports.commit', {
      importId: opened.importId,
      organisationId: org.id,
      mapping: opened.mapping.suggested,
    });
    expect(result.counts.rejected).toBe(0);
    expect(result.verdicts[1]?.reasons).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', params: { field: 'producerDni', value: '41234567' } }),
    ]);
    const producers = await ok(c, 'producers.list', { organisationId: org.id });
    expect(producers.map((p) => [p.memberCode, p.dni]).sort()).toEqual([
      ['A-1', '41234567'],
      ['A-2', null],
      ['IMP-00001', null],
      ['IMP-00002', null],
    ]);
  });
});
