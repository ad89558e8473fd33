import type { Page, Request } from '@playwright/test';
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

    // Map: the built-in basemap, then the family's plot and its side panel.
    await page.goto(`${app.url}#/mapa`);
    await waitForMap(page);
    await page.goto(`${app.url}#/mapa?plot=${plot.id}`);
    await expect(page.getByTestId('plot-panel-name')).toHaveText('El Mirador');
    await waitForMap(page);
    await page.getByTestId('tool-draw-polygon').click();
    await expect(page.getByTestId('draw-panel')).toBeVisible();
    await page.keyboard.press('Escape');

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

    // Workshop and settings.
    await page.goto(`${app.url}#/taller`);
    await expect(page.getByTestId('section-taller')).toBeVisible();
    await page.goto(`${app.url}#/ajustes`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();

    expect(foreign).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
    expect(await cspViolations()).toEqual([]);
  });
});
