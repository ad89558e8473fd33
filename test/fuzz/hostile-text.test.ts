import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../electron/core/reports/chromium-printer.js';
import { ensureRendererBuild } from '../../electron/http/ensure-renderer-build.js';
import { startHttpTransport } from '../../electron/http/http-server.js';
import type { Core } from '../../electron/core/create-core.js';
import { ok, tempCore } from '../helpers/core.js';

/**
 * Issue 10: "text fields with SQL, HTML and script content are stored and
 * shown as text (reports included)". Every such text is stored byte for byte
 * (bound as parameters, never spliced into SQL) and comes back equal; the
 * PDF report prints it literally (React escapes it; the header template
 * escapes it).
 */
const hostileTexts = {
  sql: "'); DROP TABLE plots;--",
  html: '<img src=x onerror=alert(1)>',
  script: '<script>alert("xss")</script>',
  // Right-to-left override and zero-width joiners in the middle (trim() keeps them; a leading BOM it would drop).
  rtl: 'Finca \u202Eodnum\u202C El Alto',
  zeroWidth: 'Lote\u200B3\u200D\u2066Sur\u2069',
} as const;

let core: (Core & { dir: string }) | undefined;
afterEach(() => core?.close());

const square = (lon: number) => ({
  type: 'Polygon' as const,
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

describe('hostile text', () => {
  it('is stored exactly and read back equal in every kind of record; no table is dropped', async () => {
    const c = (core = await tempCore());
    for (const [kind, text] of Object.entries(hostileTexts)) {
      const org = await ok(c, 'organisations.create', {
        name: `Cooperativa ${text}`,
        type: 'cooperativa',
        province: text,
        contact: text,
      });
      const producer = await ok(c, 'producers.create', {
        organisationId: org.id,
        memberCode: `${kind}-${text}`.slice(0, 40),
        names: `Rosa ${text}`,
        community: text,
        notes: text,
      });
      const plot = await ok(c, 'plots.create', {
        producerId: producer.id,
        name: text,
        geometry: square(-78.99 + Object.keys(hostileTexts).indexOf(kind) * 0.01),
        variety: text,
        notes: text,
      });
      const plan = await ok(c, 'plans.create', {
        organisationId: org.id,
        kind: 'farm',
        producerId: producer.id,
        title: `Plan ${text}`,
        startYear: 2027,
        endYear: 2031,
        objectives: text,
      });
      expect(await ok(c, 'organisations.get', { id: org.id })).toMatchObject({
        name: `Cooperativa ${text}`,
        province: text,
        contact: text,
      });
      expect(await ok(c, 'producers.get', { id: producer.id })).toMatchObject({
        names: `Rosa ${text}`,
        community: text,
        notes: text,
      });
      expect(await ok(c, 'plots.get', { id: plot.id })).toMatchObject({ name: text, variety: text, notes: text });
      expect(await ok(c, 'plans.get', { id: plan.id })).toMatchObject({ title: `Plan ${text}`, objectives: text });
      const listed = await ok(c, 'producers.list', { organisationId: org.id });
      expect(listed.map((p) => p.names)).toEqual([`Rosa ${text}`]);
    }
    const tables = c.context.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['plots', 'producers', 'organisations', 'plans']));
    expect(c.context.db.prepare('SELECT count(*) FROM plots').pluck().get()).toBe(Object.keys(hostileTexts).length);
    // Byte for byte in the file itself, not only through the API.
    const stored = c.context.db.prepare('SELECT name FROM plots ORDER BY name').pluck().all();
    expect(stored).toEqual(Object.values(hostileTexts).sort());
  });

  it('prints literally in the PDF farm plan (header, body), as pdftotext reads it', { timeout: 180_000 }, async () => {
    const c = (core = await tempCore());
    const org = await ok(c, 'organisations.create', { name: `Cooperativa ${hostileTexts.html}`, type: 'cooperativa' });
    const producer = await ok(c, 'producers.create', {
      organisationId: org.id,
      memberCode: 'X-1',
      names: `Rosa ${hostileTexts.sql}`,
    });
    await ok(c, 'plots.create', { producerId: producer.id, name: hostileTexts.script, geometry: square(-78.99) });
    const plan = await ok(c, 'plans.create', {
      organisationId: org.id,
      kind: 'farm',
      producerId: producer.id,
      title: `Plan ${hostileTexts.zeroWidth}`,
      startYear: 2027,
      endYear: 2031,
      objectives: hostileTexts.rtl,
    });
    const root = path.resolve(import.meta.dirname, '..', '..');
    const transport = await startHttpTransport(c, { port: 0, staticDir: ensureRendererBuild(root, () => undefined) });
    c.context.reports.printer = createChromiumPrinter(transport.url);
    const pdf = path.join(c.dir, 'plan.pdf');
    try {
      await ok(c, 'reports.write', { target: { kind: 'farm-plan', planId: plan.id }, outputPath: pdf });
    } finally {
      await c.context.reports.printer.close();
      c.context.reports.printer = null;
      await transport.close();
    }
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Cooperativa ${hostileTexts.html}`);
    expect(text).toContain(`Rosa ${hostileTexts.sql}`);
    expect(text).toContain(hostileTexts.script);
    // Zero-width characters come through untouched, in place.
    expect(text).toContain(`Plan ${hostileTexts.zeroWidth}`);
    // The right-to-left override is honoured as text direction ("odnum" shows as "mundo"), nothing more.
    expect(text).toMatch(/Finca mundo\S*El Alto/);
  });
});
