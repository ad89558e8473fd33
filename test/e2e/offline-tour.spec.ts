import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { rasterMbtiles } from '../helpers/basemap-sets.js';
import { call } from './api-call.js';
import { expect, test } from './fixtures.js';
import { seedFamily } from './seed-family.js';

/**
 * Cafetal must work with no internet at all. This walks through every section
 * the way a technician would in a day (map, producers, risks, plans,
 * reports, workshop, settings) while the fixture aborts every request that
 * leaves 127.0.0.1, and fails if even one was attempted: a map style pointing
 * at a CDN, a font from Google, a tile server, a telemetry ping.
 */

/** Every URL the page asked for that is neither the app's own origin nor inline data. */
function recordForeignRequests(page: Page, appUrl: string): string[] {
  const own = new URL(appUrl).origin;
  const foreign: string[] = [];
  page.on('request', (request: Request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== own) foreign.push(url);
  });
  return foreign;
}

/**
 * The CSP stops a foreign `fetch` before any request exists, so the network
 * never sees it: count the browser's CSP violation reports as attempts too.
 */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

async function waitForMap(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
}

test.describe('Offline', () => {
  test('a full tour of the app makes no request outside 127.0.0.1', async ({ app, page }) => {
    test.setTimeout(240_000);
    const foreign = recordForeignRequests(page, app.url);
    const cspViolations = await recordCspViolations(page);
    const { organisation, producer, plot } = await seedFamily(page.request, app.url, {
      altitudeM: 1450,
      variety: 'Typica',
    });

    const basemap = await call(page.request, app.url, 'basemaps.add', {
      source: { path: rasterMbtiles(fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-tour-'))) },
    });

    // Map: the built-in basemap, then the family's plot and its side panel.
    await page.goto(`${app.url}#/mapa`);
    await waitForMap(page);
    await page.goto(`${app.url}#/mapa?plot=${plot.id}`);
    await expect(page.getByTestId('plot-panel-name')).toHaveText('El Mirador');
    await waitForMap(page);
    await page.getByTestId('tool-draw-polygon').click();
    await expect(page.getByTestId('draw-panel')).toBeVisible();
    await page.keyboard.press('Escape');

    // The offline basemap added above: chosen, drawn from the app's tile route, then the built-in one again.
    const basemaps = page.getByTestId('basemap-panel');
    await basemaps.locator(`[data-basemap-id="${basemap.id}"]`).getByTestId('basemap-choose').check();
    await expect(basemaps).toHaveAttribute('data-basemap-status', 'ready', { timeout: 30_000 });
    await basemaps.getByTestId('basemap-choose-builtin').check();
    await expect(basemaps).toHaveAttribute('data-basemap-status', 'ready', { timeout: 30_000 });

    // Producers.
    await page.goto(`${app.url}#/productores`);
    await expect(page.getByText('Rosa Huamán Tocto').first()).toBeVisible();

    // Risks: analyse, then the plot's risk card.
    await page.goto(`${app.url}#/riesgos`);
    await page.getByTestId('risk-analyse').click();
    await expect(page.getByTestId('risk-status-text')).toHaveText('La parcela está al día.', { timeout: 60_000 });
    await expect(page.getByTestId('risk-row')).toHaveCount(1);

    // Plans: a farm plan with the proposals accepted, its budget and income chart.
    const plan = await call(page.request, app.url, 'plans.create', {
      organisationId: organisation.id,
      kind: 'farm',
      producerId: producer.id,
      title: 'Plan de finca 2027–2031',
      startYear: 2027,
      endYear: 2031,
    });
    await page.goto(`${app.url}#/planes`);
    await expect(page.getByTestId('section-planes')).toBeVisible();
    await page.goto(`${app.url}#/planes/${plan.id}`);
    await expect(page.getByTestId('farm-plan-page')).toBeVisible();
    const accept = page.getByTestId('proposal-accept').first();
    await accept.click();
    await expect(page.getByTestId('plan-budget')).toBeVisible();

    // Reports: the farm plan as PDF, through the server's own Chromium.
    await page.goto(`${app.url}#/informes`);
    const downloading = page.waitForEvent('download', { timeout: 150_000 });
    await page.getByTestId('report-generate').click();
    await downloading;
    await expect(page.getByTestId('report-result')).toContainText('.pdf');

    // Workshop: the guided tour, presentation mode, the demo organisation on the map and back.
    await page.goto(`${app.url}#/taller`);
    await expect(page.getByTestId('section-taller')).toBeVisible();
    await page.getByTestId('tour-start').click();
    await expect(page.getByTestId('tour-bubble')).toBeVisible();
    await page.getByTestId('tour-next').click();
    await page.getByTestId('tour-next').click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tour-bubble')).toHaveCount(0);
    await page.goto(`${app.url}#/taller`);
    await page.getByTestId('presentation-panel').getByTestId('presentation-toggle').click();
    await expect(page.getByTestId('presentation-bar')).toBeVisible();
    await page.getByTestId('presentation-exit').click();
    await page.getByTestId('demo-load').click();
    await expect(page.getByTestId('demo-banner')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('nav-mapa').click();
    await waitForMap(page);
    await page.getByTestId('nav-riesgos').click();
    await expect(page.getByTestId('risk-row').first()).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('demo-banner-leave').click();
    await expect(page.getByTestId('demo-banner')).toHaveCount(0);

    // Settings: a backup saved as a file.
    await page.goto(`${app.url}#/ajustes`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
    const savingBackup = page.waitForEvent('download');
    await page.getByTestId('backup-save-as').click();
    await savingBackup;

    expect(foreign).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
    expect(await cspViolations()).toEqual([]);
  });
});
