import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { PackageReport } from '../../shared/api/exchange.js';
import { createCore } from '../../electron/core/create-core.js';
import type { Core } from '../../electron/core/create-core.js';
import { builtInMeasureId } from '../../electron/core/plans/built-in-measure-id.js';
import { exchangedTables } from '../../electron/core/sync/exchanged-tables.js';
import { tempDir } from '../helpers/temp-dir.js';

/** One laptop: a real core on its own data folder. */
async function laptop(root: string, name: string): Promise<Core & { dir: string }> {
  const dir = path.join(root, name);
  const core = await createCore({ dbPath: path.join(dir, 'cafetal.sqlite'), dataDir: dir });
  await ok(core, 'exchange.renameDevice', { name });
  return Object.assign(core, { dir });
}

async function ok<T = unknown>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function refusal(core: Core, name: string, input: unknown): Promise<string | undefined> {
  const result = await core.call(name, input);
  if (result.ok) throw new Error(`${name} was accepted`);
  return (result.error.details as { reason?: string } | undefined)?.reason;
}

const square = (lon: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, -5.15],
      [lon + 0.001, -5.15],
      [lon + 0.001, -5.149],
      [lon, -5.149],
      [lon, -5.15],
    ],
  ],
});

/**
 * Every exchanged row, the change log and what this laptop knows. Not `peers`:
 * a package read again still updates when that laptop was last heard from.
 */
function digest(core: Core): string {
  const db = core.context.db;
  const hash = crypto.createHash('sha256');
  for (const table of [...exchangedTables.map((t) => t.name), 'change_log', 'conflicts', 'known_changes']) {
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()));
  }
  hash.update(JSON.stringify(db.prepare('SELECT * FROM sync_local').get()));
  return hash.digest('hex');
}

async function family(core: Core, code = 'F-001') {
  const organisation = await ok<{ id: string }>(core, 'organisations.create', {
    name: 'Cooperativa Agraria Frontera San Ignacio',
    type: 'cooperativa',
  });
  const producer = await ok<{ id: string }>(core, 'producers.create', {
    organisationId: organisation.id,
    memberCode: code,
    names: 'Rosa Huamán Tocto',
  });
  const plot = await ok<{ id: string; areaHa: number }>(core, 'plots.create', {
    producerId: producer.id,
    name: 'El Mirador',
    geometry: square(-78.99),
  });
  return { organisation, producer, plot };
}

describe('exchange packages', () => {
  it('carry plots, plans and monitoring to another laptop, once: a second import changes nothing', async () => {
    const root = tempDir();
    const field = await laptop(root, 'Laptop de Rosa');
    const office = await laptop(root, 'Oficina');
    const { organisation, producer, plot } = await family(field);
    const plan = await ok<{ id: string; actions: { id: string }[] }>(field, 'plans.create', {
      kind: 'farm',
      organisationId: organisation.id,
      producerId: producer.id,
      title: 'Plan de finca 2027–2031',
      startYear: 2027,
      endYear: 2031,
    });
    // A shipped measure: its id is the same on every laptop, so the action finds it at the office.
    const withAction = await ok<{ actions: { id: string }[] }>(field, 'plans.addAction', {
      planId: plan.id,
      fields: {
        measureId: builtInMeasureId('renovation-catimor'),
        plotIds: [plot.id],
        quantity: 1,
        year: 2027,
        quarter: 2,
      },
    });
    const actionId = withAction.actions[0]!.id;
    await ok(field, 'plans.addProgress', { actionId, date: '2027-05-10', percentDone: 40, notes: 'Vivero listo' });
    const file = path.join(root, 'field.cafetal');
    const written = await ok<{ entries: number; sizeBytes: number }>(field, 'exchange.write', { path: file });
    // Organisation, producer, plot, plan, action, progress entry, and the action's status moving to in_progress.
    expect(written.entries).toBeGreaterThanOrEqual(6);

    const preview = await ok<PackageReport>(office, 'exchange.inspect', { source: { path: file } });
    expect(preview.applied).toBe(false);
    expect(preview.sender).toMatchObject({ name: 'Laptop de Rosa', knownBefore: false });
    expect(preview.tables.find((t) => t.table === 'plots')).toMatchObject({ new: 1, changed: 0, deleted: 0 });
    expect(await ok<unknown[]>(office, 'plots.list', {})).toHaveLength(0);

    const imported = await ok<PackageReport>(office, 'exchange.import', { source: { path: file } });
    expect(imported.tables).toEqual(preview.tables);
    const copy = await ok<{ name: string; areaHa: number }>(office, 'plots.get', { id: plot.id });
    expect(copy).toMatchObject({ name: 'El Mirador', areaHa: plot.areaHa });
    // The map finds the plot: its spatial index came with it.
    const indexed = office.context.db.prepare('SELECT count(*) AS n FROM plots_rtree').get() as { n: number };
    expect(indexed.n).toBe(1);
    const planThere = await ok<{ title: string; actions: { id: string; status: string; progress: unknown[] }[] }>(
      office,
      'plans.get',
      { id: plan.id },
    );
    expect(planThere.title).toBe('Plan de finca 2027–2031');
    expect(planThere.actions.map((a) => [a.id, a.status, a.progress.length])).toEqual([[actionId, 'in_progress', 1]]);

    const before = digest(office);
    const again = await ok<PackageReport>(office, 'exchange.import', { source: { path: file } });
    expect(again.alreadyHad).toBe(again.entries);
    expect(again.tables.every((t) => t.new + t.changed + t.deleted + t.conflicts === 0)).toBe(true);
    expect(digest(office)).toBe(before);
  });

  it('merge different fields of one plot and keep both values of the same field as a conflict, until chosen', async () => {
    const root = tempDir();
    const a = await laptop(root, 'Laptop de Rosa');
    const b = await laptop(root, 'Laptop de Juan');
    const { plot } = await family(a);
    await ok(a, 'exchange.write', { path: path.join(root, 'a0.cafetal') });
    await ok(b, 'exchange.import', { source: { path: path.join(root, 'a0.cafetal') } });

    await ok(a, 'plots.update', { id: plot.id, patch: { name: 'Mirador Alto', variety: 'Catimor' } });
    await ok(b, 'plots.update', { id: plot.id, patch: { name: 'Mirador de Juan', notes: 'Roya en el lote bajo' } });
    await ok(a, 'exchange.write', { path: path.join(root, 'a1.cafetal') });
    await ok(b, 'exchange.write', { path: path.join(root, 'b1.cafetal'), sinceLastExchangeWith: a.context.device.id });
    const atA = await ok<PackageReport>(a, 'exchange.import', { source: { path: path.join(root, 'b1.cafetal') } });
    await ok<PackageReport>(b, 'exchange.import', { source: { path: path.join(root, 'a1.cafetal') } });

    expect(atA.conflicts).toHaveLength(1);
    const [conflict] = atA.conflicts;
    expect(conflict!.fields.map((f) => f.field)).toEqual(['name']);
    const names = conflict!.fields[0]!.candidates.map((c) => [c.value, c.deviceName]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['Mirador Alto', 'Laptop de Rosa'],
        ['Mirador de Juan', 'Laptop de Juan'],
      ]),
    );
    // Both laptops show the same value meanwhile, and both kept the other fields.
    const shownA = await ok<{ name: string; variety: string; notes: string }>(a, 'plots.get', { id: plot.id });
    const shownB = await ok<{ name: string; variety: string; notes: string }>(b, 'plots.get', { id: plot.id });
    expect(shownA).toMatchObject({ variety: 'Catimor', notes: 'Roya en el lote bajo' });
    expect(shownB).toMatchObject({ name: shownA.name, variety: 'Catimor', notes: 'Roya en el lote bajo' });
    expect((await ok<unknown[]>(b, 'exchange.conflicts', {})).length).toBe(1);

    // The office chooses Juan's name on A; the choice travels and closes the conflict on B.
    const juans = conflict!.fields[0]!.candidates.find((c) => c.value === 'Mirador de Juan')!;
    expect(await ok(a, 'exchange.resolve', { table: 'plots', rowId: plot.id, dot: juans.dot })).toEqual({
      resolvedFields: ['name'],
      openConflicts: 0,
    });
    await ok(a, 'exchange.write', { path: path.join(root, 'a2.cafetal'), sinceLastExchangeWith: b.context.device.id });
    await ok(b, 'exchange.import', { source: { path: path.join(root, 'a2.cafetal') } });
    expect(await ok<unknown[]>(b, 'exchange.conflicts', {})).toHaveLength(0);
    expect(await ok<{ name: string }>(b, 'plots.get', { id: plot.id })).toMatchObject({ name: 'Mirador de Juan' });
  });

  it('refuse a flipped byte, a cut-off copy, a foreign network and a known laptop with a new key, changing nothing', async () => {
    const root = tempDir();
    const a = await laptop(root, 'Laptop de Rosa');
    const office = await laptop(root, 'Oficina');
    await family(a);
    const file = path.join(root, 'a.cafetal');
    await ok(a, 'exchange.write', { path: file });
    await ok(office, 'exchange.import', { source: { path: file } });
    await ok(a, 'plots.create', {
      producerId: (a.context.db.prepare('SELECT id FROM producers').get() as { id: string }).id,
      name: 'La Quebrada',
      geometry: square(-78.98),
    });
    await ok(a, 'exchange.write', { path: file });
    const bytes = fs.readFileSync(file);
    const before = digest(office);

    for (const at of [20, 100, Math.floor(bytes.length / 2), bytes.length - 80]) {
      const flipped = Buffer.from(bytes);
      flipped[at]! ^= 0x01;
      fs.writeFileSync(path.join(root, 'flipped.cafetal'), flipped);
      expect(
        await refusal(office, 'exchange.import', { source: { path: path.join(root, 'flipped.cafetal') } }),
      ).toMatch(/TAMPERED|TRUNCATED|NOT_PACKAGE/);
    }
    fs.writeFileSync(path.join(root, 'cut.cafetal'), bytes.subarray(0, bytes.length - 1000));
    expect(await refusal(office, 'exchange.import', { source: { path: path.join(root, 'cut.cafetal') } })).toBe(
      'TRUNCATED',
    );

    // Another organisation's laptop, already in its own network.
    const stranger = await laptop(root, 'Laptop de otra cooperativa');
    const strangerOffice = await laptop(root, 'Oficina de otra cooperativa');
    await family(stranger, 'X-1');
    await ok(stranger, 'exchange.write', { path: path.join(root, 's.cafetal') });
    await ok(strangerOffice, 'exchange.import', { source: { path: path.join(root, 's.cafetal') } });
    await ok(strangerOffice, 'exchange.write', { path: path.join(root, 'so.cafetal') });
    expect(await refusal(office, 'exchange.import', { source: { path: path.join(root, 'so.cafetal') } })).toBe(
      'FOREIGN',
    );

    // Laptop A's identity with another key (a copied device.json id, a forged package).
    const impostorDir = path.join(root, 'impostor');
    fs.mkdirSync(impostorDir);
    const realDevice = JSON.parse(fs.readFileSync(path.join(a.dir, 'device.json'), 'utf8')) as Record<string, unknown>;
    const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
    fs.writeFileSync(
      path.join(impostorDir, 'device.json'),
      JSON.stringify({
        ...realDevice,
        publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
        privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
      }),
    );
    fs.copyFileSync(path.join(a.dir, 'cafetal.sqlite'), path.join(impostorDir, 'cafetal.sqlite'));
    const impostor = await createCore({ dbPath: path.join(impostorDir, 'cafetal.sqlite'), dataDir: impostorDir });
    await ok(impostor, 'exchange.write', { path: path.join(root, 'impostor.cafetal') });
    expect(await refusal(office, 'exchange.import', { source: { path: path.join(root, 'impostor.cafetal') } })).toBe(
      'KEY_MISMATCH',
    );
    impostor.close();

    expect(digest(office)).toBe(before);
    // The genuine package still goes in.
    const report = await ok<PackageReport>(office, 'exchange.import', { source: { path: file } });
    expect(report.tables.find((t) => t.table === 'plots')).toMatchObject({ new: 1 });
  });

  it('refuse a package cut for another laptop that skips changes this one lacks (GAP), and ask for a full one', async () => {
    const root = tempDir();
    const a = await laptop(root, 'Laptop de Rosa');
    const office = await laptop(root, 'Oficina');
    const other = await laptop(root, 'Laptop de Juan');
    const { plot } = await family(a);
    await ok(a, 'exchange.write', { path: path.join(root, 'a0.cafetal') });
    await ok(office, 'exchange.import', { source: { path: path.join(root, 'a0.cafetal') } });
    await ok(office, 'exchange.write', { path: path.join(root, 'o0.cafetal') });
    await ok(a, 'exchange.import', { source: { path: path.join(root, 'o0.cafetal') } });
    await ok(a, 'plots.update', { id: plot.id, patch: { name: 'Mirador Alto' } });
    const since = path.join(root, 'a1.cafetal');
    await ok(a, 'exchange.write', { path: since, sinceLastExchangeWith: office.context.device.id });
    const before = digest(other);
    expect(await refusal(other, 'exchange.import', { source: { path: since } })).toBe('GAP');
    expect(digest(other)).toBe(before);
    await ok(a, 'exchange.write', { path: path.join(root, 'a-all.cafetal') });
    await ok(other, 'exchange.import', { source: { path: path.join(root, 'a-all.cafetal') } });
    expect(await ok<{ name: string }>(other, 'plots.get', { id: plot.id })).toMatchObject({ name: 'Mirador Alto' });
  });

  it('keep a family registered on two laptops under the same member code, the second aside and listed', async () => {
    const root = tempDir();
    const a = await laptop(root, 'Laptop de Rosa');
    const b = await laptop(root, 'Laptop de Juan');
    const { organisation } = await family(a);
    await ok(a, 'exchange.write', { path: path.join(root, 'a0.cafetal') });
    await ok(b, 'exchange.import', { source: { path: path.join(root, 'a0.cafetal') } });
    const rosa = await ok<{ id: string }>(a, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'F-002',
      names: 'Elmer Cruz',
    });
    const juan = await ok<{ id: string }>(b, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'F-002',
      names: 'Elmer Cruz Díaz',
    });
    await ok(b, 'exchange.write', { path: path.join(root, 'b1.cafetal') });
    const report = await ok<PackageReport>(a, 'exchange.import', { source: { path: path.join(root, 'b1.cafetal') } });
    expect(report.conflicts.map((c) => [c.table, c.rowId, c.label])).toEqual([
      ['producers', juan.id, 'Elmer Cruz Díaz'],
    ]);
    const rows = a.context.db
      .prepare("SELECT id, names, deleted_at FROM producers WHERE member_code = 'F-002' ORDER BY names")
      .all() as { id: string; deleted_at: string | null }[];
    expect(rows.map((r) => [r.id, r.deleted_at === null])).toEqual([
      [rosa.id, true],
      [juan.id, false],
    ]);
  });

  it('send the work a database held before it could exchange (an upgraded schema-6 database)', async () => {
    const root = tempDir();
    const a = await laptop(root, 'Laptop de Rosa');
    await family(a);
    a.close();
    // The same data as Cafetal 0.8 left it: no change log, schema 6.
    const dbPath = path.join(a.dir, 'cafetal.sqlite');
    const old = new Database(dbPath);
    old.exec(
      `DROP TABLE change_log; DROP TABLE field_versions; DROP TABLE known_changes; DROP TABLE peers; DROP TABLE conflicts; DROP TABLE device_names; DROP TABLE sync_local;`,
    );
    for (const { name } of old.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").all() as {
      name: string;
    }[]) {
      old.exec(`DROP TRIGGER "${name}"`);
    }
    old.pragma('user_version = 6');
    old.close();
    const upgraded = await createCore({ dbPath, dataDir: a.dir });
    const office = await laptop(root, 'Oficina');
    await ok(upgraded, 'exchange.write', { path: path.join(root, 'first.cafetal') });
    const report = await ok<PackageReport>(office, 'exchange.import', {
      source: { path: path.join(root, 'first.cafetal') },
    });
    expect(report.tables.filter((t) => t.new > 0).map((t) => [t.table, t.new])).toEqual([
      ['organisations', 1],
      ['producers', 1],
      ['plots', 1],
    ]);
    upgraded.close();
  });
});

describe('a laptop restored from an older backup', () => {
  it('numbers its next changes above those it already sent, so the office does not skip them as seen', async () => {
    const root = tempDir();
    const field = await laptop(root, 'Laptop de Rosa');
    const office = await laptop(root, 'Oficina');
    const { plot } = await family(field);
    const backup = await ok<{ fileName: string }>(field, 'backups.create', {});
    await ok(field, 'plots.update', { id: plot.id, patch: { name: 'Mirador Alto' } });
    await ok(field, 'exchange.write', { path: path.join(root, 'before.cafetal') });
    await ok(office, 'exchange.import', { source: { path: path.join(root, 'before.cafetal') } });

    // The laptop's disk fails; the technician restores the morning's backup and keeps working.
    await ok(field, 'backups.restore', { source: { backupFileName: backup.fileName }, confirm: true });
    await ok(field, 'plots.update', { id: plot.id, patch: { variety: 'Catimor' } });
    await ok(field, 'exchange.write', { path: path.join(root, 'after.cafetal') });
    const report = await ok<PackageReport>(office, 'exchange.import', {
      source: { path: path.join(root, 'after.cafetal') },
    });
    expect(report.tables.find((t) => t.table === 'plots')?.changed).toBe(1);
    expect(await ok<{ name: string; variety: string }>(office, 'plots.get', { id: plot.id })).toMatchObject({
      name: 'Mirador Alto',
      variety: 'Catimor',
    });
  });
});
