import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../shared/api/errors.js';
import { exportFormats } from '../../../shared/api/exports.js';
import { createJobContext } from '../../../electron/core/api/job-context.js';
import { exportPlots } from '../../../electron/core/export/export-plots.js';
import { generateSyntheticDataset } from '../../../electron/core/synthetic/synthetic-dataset.js';
import type { Core } from '../../../electron/core/create-core.js';
import { ok, tempCore } from '../../helpers/core.js';
import { exportFixture } from './export-fixture.js';

let open: Core | undefined;
afterEach(() => open?.close());

const FILE_FOR = { geojson: 'p.geojson', kml: 'p.kml', csv: 'p.csv', gpkg: 'p.gpkg', shp: 'p.zip', eudr: 'p.geojson' };

describe('exportPlots', () => {
  it('exports a selection of plots and says which requested ones it could not', async () => {
    const f = await exportFixture();
    open = f.core;
    const missing = '00000000-0000-4000-8000-000000000000';
    const result = f.run({
      format: 'geojson',
      file: 'seleccion.geojson',
      plotIds: [f.plotIds.canaveral, f.plotIds.punto, f.plotIds.borrada, missing] as string[],
    });
    expect(result.plotCount).toBe(2);
    expect(result.skipped).toEqual([
      { plotId: f.plotIds.borrada, plotName: 'Borrada', reason: 'PLOT_NOT_AVAILABLE' },
      { plotId: missing, plotName: '', reason: 'PLOT_NOT_FOUND' },
    ]);
    const names = JSON.parse(fs.readFileSync(f.out('seleccion.geojson'), 'utf8')).features.map(
      (feature: { properties: { plot_name: string } }) => feature.properties.plot_name,
    );
    expect(names.sort()).toEqual(['El Cañaveral', 'Punto GPS Ñangalí']);
  });

  it('refuses a relative path or a missing folder before writing anything', async () => {
    const core = (open = await tempCore());
    expect(() => exportPlots(core.context.db, { format: 'csv', outputPath: 'p.csv' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(() =>
      exportPlots(core.context.db, { format: 'csv', outputPath: path.join(core.dir, 'no', 'p.csv') }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('reports progress as it goes', async () => {
    const core = (open = await tempCore());
    const { organisationIds } = generateSyntheticDataset(core.context.db, {
      organisations: 1,
      familiesPerOrganisation: 300,
      plotsPerFamily: 2,
      seed: 1,
    });
    const events: ProgressEvent[] = [];
    const job = createJobContext('call-1', new AbortController().signal, (event) => events.push(event));
    exportPlots(
      core.context.db,
      { format: 'csv', organisationId: organisationIds[0], outputPath: `${core.dir}/p.csv` },
      job,
    );
    expect(events.map((e) => e.done)).toEqual([0, 250, 500, 600]);
    expect(events.every((e) => e.total === 600 && e.stage === 'export')).toBe(true);
  });

  it.each(exportFormats)('cancelling a %s export leaves no file, and an earlier export intact', async (format) => {
    const core = (open = await tempCore());
    const { organisationIds } = generateSyntheticDataset(core.context.db, {
      organisations: 1,
      familiesPerOrganisation: 300,
      plotsPerFamily: 2,
      seed: 2,
    });
    const before = fs.readdirSync(core.dir);
    const controller = new AbortController();
    // Cancel as soon as the export reports its first progress, as the Cancel button would.
    const job = createJobContext('call-2', controller.signal, () => controller.abort());
    const outputPath = path.join(core.dir, FILE_FOR[format]);
    const request = { format, organisationId: organisationIds[0], outputPath };
    expect(() => exportPlots(core.context.db, request, job)).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    expect(fs.readdirSync(core.dir)).toEqual(before);

    fs.writeFileSync(outputPath, 'earlier export');
    const again = new AbortController();
    expect(() =>
      exportPlots(
        core.context.db,
        request,
        createJobContext('call-3', again.signal, () => again.abort()),
      ),
    ).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    expect(fs.readFileSync(outputPath, 'utf8')).toBe('earlier export');
    expect(fs.readdirSync(core.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});

describe('exports through the API', () => {
  it('writes a file with exports.write and returns content with exports.download', async () => {
    const f = await exportFixture();
    open = f.core;
    const written = await ok(f.core, 'exports.write', {
      format: 'kml',
      organisationId: f.organisationId,
      outputPath: f.out('api.kml'),
    });
    expect(written).toMatchObject({ plotCount: 10, files: [{ path: f.out('api.kml') }] });

    const downloaded = await ok(f.core, 'exports.download', {
      format: 'csv',
      organisationId: f.organisationId,
    });
    expect(downloaded.files).toHaveLength(1);
    expect(downloaded.files[0]).toMatchObject({ fileName: 'parcelas.csv', mimeType: 'text/csv' });
    const csv = Buffer.from(downloaded.files[0]?.dataBase64 ?? '', 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFplot_id,plot_name')).toBe(true);
    expect(csv).toContain('El Cañaveral');
  });
});
