import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { createCore } from '../../../electron/core/create-core.js';
import { ok } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';

const run = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'es_PE.UTF-8' } });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

/** The PDF's text layer, as a reader's copy-paste or a screen reader gets it. */
const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** The text in reading order, whitespace collapsed: a name wrapped inside a table cell reads whole. */
const pdfWords = (file: string): string =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

const square = (lon: number, lat: number, side: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + side, lat],
      [lon + side, lat + side],
      [lon, lat + side],
      [lon, lat],
    ],
  ],
});

/** A family with two plots, analysed risks, an income profile, a farm plan of three measures and an organisation plan. */
async function seed(dir: string) {
  const db = path.join(dir, 'c.sqlite');
  const core = await createCore({ dbPath: db, dataDir: dir });
  const org = await ok(core, 'organisations.create', { name: 'Cooperativa Cañón del Marañón', type: 'cooperativa' });
  const jose = await ok(core, 'producers.create', {
    organisationId: org.id,
    memberCode: 'M-1',
    names: 'José Ñaupari Peña',
    householdSize: 4,
  });
  const loma = await ok(core, 'plots.create', {
    producerId: jose.id,
    name: 'La Loma',
    geometry: square(-78.99, -5.15, 0.001),
    altitudeM: 1350,
    variety: 'Caturra',
  });
  const pacay = await ok(core, 'plots.create', {
    producerId: jose.id,
    name: 'El Pacay',
    geometry: square(-78.985, -5.152, 0.0015),
    altitudeM: 1620,
    variety: 'Catimor',
  });
  await ok(core, 'risk.analyse', { organisationId: org.id });
  await ok(core, 'income.save', {
    producerId: jose.id,
    year: 2026,
    coffeeAreaHa: 2,
    yieldQqPerHa: 18,
    price: 12,
    priceUnit: 'kg',
    priceBasis: 'pergamino',
    householdSize: 4,
  });
  const measures = await ok(core, 'measures.list', { organisationId: org.id });
  const byCode = (code: string) =>
    measures.find((m) => m.code === code) ?? { id: '', name: { es: '' }, costPerUnitSoles: 0 };
  const plan = await ok(core, 'plans.create', {
    organisationId: org.id,
    kind: 'farm',
    producerId: jose.id,
    title: 'Plan de finca 2027–2031',
    startYear: 2027,
    endYear: 2031,
  });
  const actions = [
    { code: 'renovation-marsellesa', quantity: 1, year: 2027, fundingSource: 'credito_agroperu', plotIds: [loma.id] },
    { code: 'beekeeping', quantity: 5, year: 2028, fundingSource: 'familia', plotIds: [] },
    { code: 'live-barriers', quantity: 0.5, year: 2027, fundingSource: 'proyecto_ong', plotIds: [pacay.id] },
  ] as const;
  for (const a of actions) {
    await ok(core, 'plans.addAction', {
      planId: plan.id,
      fields: {
        measureId: byCode(a.code).id,
        quantity: a.quantity,
        year: a.year,
        quarter: 2,
        fundingSource: a.fundingSource,
        plotIds: a.plotIds,
      },
    });
  }
  const orgPlan = await ok(core, 'plans.create', {
    organisationId: org.id,
    kind: 'organisation',
    title: 'Plan de resiliencia 2027–2031',
    startYear: 2027,
    endYear: 2031,
  });
  await ok(core, 'plans.addAction', {
    planId: orgPlan.id,
    fields: {
      measureId: byCode('nursery').id,
      quantity: 20_000,
      year: 2027,
      quarter: 1,
      fundingSource: 'organizacion',
    },
  });
  const total = actions.reduce((sum, a) => sum + a.quantity * byCode(a.code).costPerUnitSoles, 0);
  core.close();
  return { db, plan, loma, pacay, total, names: actions.map((a) => byCode(a.code).name.es) };
}

describe('cafetal report', () => {
  it(
    'prints the farm plan, the organisation plan and the plot sheets as PDFs with the right text',
    { timeout: 300_000 },
    async () => {
      const dir = tempDir();
      const { db, plan, loma, pacay, total, names } = await seed(dir);

      const farmPdf = path.join(dir, 'plan-finca.pdf');
      const farm = await run(['report', 'farm-plan', '--plan', plan.id, '-o', farmPdf, '--db', db, '--json']);
      expect(farm.stderr).not.toMatch(/error/i);
      expect(farm.code).toBe(0);
      const result = JSON.parse(farm.stdout) as { pages: number; path: string };
      expect(result.pages).toBeGreaterThanOrEqual(2);
      expect(result.pages).toBeLessThanOrEqual(20);
      const text = pdfText(farmPdf);
      // Accents and ñ are in the text layer, not lost in the font.
      expect(text).toContain('José Ñaupari Peña');
      expect(text).toContain('Cooperativa Cañón del Marañón');
      expect(text).toContain('La Loma');
      expect(text).toContain('El Pacay');
      const format2 = new Intl.NumberFormat('es-PE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      expect(text).toContain(format2.format(loma.areaHa));
      expect(text).toContain(format2.format(pacay.areaHa));
      const words = pdfWords(farmPdf);
      for (const name of names) expect(words).toContain(name);
      // 1 ha × 12,300 + 5 hives × 550 + 0.5 ha × the live barriers' cost per hectare.
      expect(text).toContain(new Intl.NumberFormat('es-PE', { maximumFractionDigits: 0 }).format(total));
      expect(text).toContain(`Página 1 de ${result.pages}`);

      const orgPdf = path.join(dir, 'plan-org.pdf');
      const org = await run(['report', 'org-plan', '--org', 'Cooperativa Cañón del Marañón', '-o', orgPdf, '--db', db]);
      expect(org.code).toBe(0);
      const orgText = pdfText(orgPdf);
      expect(orgText).toContain('Cooperativa Cañón del Marañón');
      expect(orgText).toContain('José Ñaupari Peña');
      expect(orgText).toMatch(/Página 1 de \d+/);

      const sheetsPdf = path.join(dir, 'fichas.pdf');
      const sheets = await run([
        'report',
        'plot-sheets',
        '--org',
        'Cooperativa Cañón del Marañón',
        '-o',
        sheetsPdf,
        '--db',
        db,
      ]);
      expect(sheets.code).toBe(0);
      const sheetsText = pdfText(sheetsPdf);
      // WGS84 with 6 decimals: La Loma's first vertex.
      expect(sheetsText).toContain('-78.990000');
      expect(sheetsText).toContain('-5.150000');
      expect(fs.statSync(sheetsPdf).size).toBeGreaterThan(1000);
    },
  );

  it('refuses a farm-plan report for the organisation plan, and writes no file', async () => {
    const dir = tempDir();
    const { db } = await seed(dir);
    const core = await createCore({ dbPath: db, dataDir: dir });
    const orgs = await ok(core, 'organisations.list', {});
    const plans = await ok(core, 'plans.list', { organisationId: orgs[0]?.id });
    core.close();
    const orgPlan = plans.find((p) => p.kind === 'organisation');
    const out = path.join(dir, 'x.pdf');
    const wrong = await run(['report', 'farm-plan', '--plan', orgPlan?.id ?? '', '-o', out, '--db', db]);
    expect(wrong.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
  });
});
