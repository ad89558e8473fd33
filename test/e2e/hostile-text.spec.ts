import type { Page } from '@playwright/test';
import { call } from './api-call.js';
import { expect, test } from './fixtures.js';
import { square } from './seed-family.js';

/**
 * Issue 10: names and notes holding SQL, HTML, script and bidi/zero-width
 * characters are shown as text everywhere a person reads them: the families
 * list, the plot panel on the map and the printed farm plan. No alert fires,
 * no element is injected, no request leaves 127.0.0.1.
 */
const ORGANISATION = 'Cooperativa <img src=x onerror=alert(1)>';
const PRODUCER = "Rosa '); DROP TABLE plots;--";
const SECOND_PRODUCER = 'Finca \u202Eodnum\u202C <b>negrita</b>';
const PLOT = '<script>alert("xss")</script>';
const PLAN = 'Plan Lote\u200B3\u200D <iframe src="javascript:alert(2)">';

/** Elements a successful injection would have made, anywhere in the page. */
async function injected(page: Page): Promise<{ images: number; iframes: number; bold: number; alertScripts: number }> {
  return page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    iframes: document.querySelectorAll('iframe').length,
    bold: document.querySelectorAll('b').length,
    alertScripts: Array.from(document.querySelectorAll('script')).filter((s) =>
      (s.textContent ?? '').includes('alert('),
    ).length,
  }));
}

const none = { images: 0, iframes: 0, bold: 0, alertScripts: 0 };

test.describe('hostile text', () => {
  test('names with SQL, HTML, script and bidi characters are shown literally, never run', async ({ page, app }) => {
    test.setTimeout(120_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const organisation = await call(page.request, app.url, 'organisations.create', {
      name: ORGANISATION,
      type: 'cooperativa',
      contact: PLOT,
    });
    await call(page.request, app.url, 'settings.update', { activeOrganisationId: organisation.id });
    const producer = await call(page.request, app.url, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'X-1',
      names: PRODUCER,
      community: '<svg onload=alert(3)>',
      notes: PLOT,
    });
    await call(page.request, app.url, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'X-2',
      names: SECOND_PRODUCER,
    });
    const plot = await call(page.request, app.url, 'plots.create', {
      producerId: producer.id,
      name: PLOT,
      geometry: square(-78.99, -5.15, 0.001),
      variety: '<img src=x onerror=alert(4)>',
    });
    const plan = await call(page.request, app.url, 'plans.create', {
      organisationId: organisation.id,
      kind: 'farm',
      producerId: producer.id,
      title: PLAN,
      startYear: 2027,
      endYear: 2031,
    });

    // The families list.
    await page.goto(`${app.url}#/productores`);
    await page.getByTestId('producers-tab-families').click();
    const rows = page.getByTestId('producer-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: PRODUCER })).toHaveCount(1);
    await expect(page.getByText(PRODUCER, { exact: true })).toBeVisible();
    await expect(rows.filter({ hasText: 'negrita' })).toContainText('<b>negrita</b>');
    await expect(page.getByTestId('active-organisation-select').locator('option:checked')).toHaveText(ORGANISATION);
    expect(await injected(page)).toEqual(none);
    await page.screenshot({ path: '/tmp/hostile-producers.png' });

    // The plot panel on the map.
    await page.goto(`${app.url}#/mapa?plot=${plot.id}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
    await expect(page.getByTestId('plot-panel-name')).toHaveText(PLOT);
    await expect(page.getByTestId('plot-panel')).toContainText('<img src=x onerror=alert(4)>');
    expect(await injected(page)).toEqual(none);
    await page.screenshot({ path: '/tmp/hostile-plot-panel.png' });

    // The farm plan as it is printed (the report's own page).
    await page.goto(`${app.url}#/imprimir/farm-plan/${plan.id}?lang=es-PE`);
    const printed = page.locator('#print-root');
    await expect(printed).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
    await expect(printed).toContainText(ORGANISATION);
    await expect(printed).toContainText(PRODUCER);
    await expect(printed).toContainText(PLOT);
    await expect(printed).toContainText(PLAN);
    expect(await printed.getAttribute('data-print-header')).toContain(ORGANISATION);
    expect(await injected(page)).toEqual(none);
    await page.screenshot({ path: '/tmp/hostile-report.png', fullPage: true });

    expect(dialogs).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });
});
