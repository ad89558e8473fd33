import { call } from './api-call.js';
import { expect, test } from './fixtures.js';
import { seedFamily } from './seed-family.js';

const DEMO_ORG = 'Cooperativa Demostración (datos ficticios)';

test.describe('Taller: the demo organisation', () => {
  test('load the demo, see its plots on the map, reset it, and go back to the real data', async ({ page, app }) => {
    test.setTimeout(120_000);
    const { organisation } = await seedFamily(page.request, app.url);

    await page.goto(`${app.url}#/taller`);
    const panel = page.getByTestId('demo-panel');
    await expect(panel.getByTestId('demo-state')).toHaveAttribute('data-exists', 'false');
    await expect(page.getByTestId('demo-banner')).toHaveCount(0);
    await page.screenshot({ path: '/tmp/demo-1-taller.png' });

    // Load: made in a few seconds, then the whole app shows the demo.
    await page.getByTestId('demo-load').click();
    await expect(page.getByTestId('demo-banner')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('demo-banner')).toContainText('DEMO — datos ficticios para capacitación');
    await expect(page.getByTestId('demo-result')).toContainText('Demostración abierta en');
    await expect(page.getByTestId('demo-state')).toHaveAttribute('data-active', 'true');
    await expect(page.getByTestId('active-organisation-select')).toHaveValue(/.+/);
    await expect(page.getByTestId('active-organisation-select').locator('option:checked')).toHaveText(DEMO_ORG);
    await expect(page.getByTestId('status-db-path')).toContainText('cafetal-demo.sqlite');
    await page.screenshot({ path: '/tmp/demo-2-loaded.png' });

    const status = await call(page.request, app.url, 'demo.status', {});
    const plots = status.counts?.plots ?? 0;
    expect(plots).toBeGreaterThan(40);
    await page.getByTestId('nav-mapa').click();
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-map-ready', 'true');
    await expect(map).toHaveAttribute('data-plots-count', String(plots));
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    await page.screenshot({ path: '/tmp/demo-3-map.png' });

    // A change made during the workshop…
    const producers = await call(page.request, app.url, 'producers.list', {
      organisationId: status.organisationId ?? '',
    });
    const first = producers[0];
    await call(page.request, app.url, 'producers.update', {
      id: first?.id ?? '',
      patch: { names: 'Cambiado en el taller' },
    });

    // …is gone after a reset (asked inline first).
    await page.getByTestId('nav-taller').click();
    await page.getByTestId('demo-reset').click();
    await page.getByTestId('demo-reset-confirm').click();
    await expect(page.getByTestId('demo-result')).toContainText('Demostración restablecida en', { timeout: 60_000 });
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    const after = await call(page.request, app.url, 'demo.status', {});
    const names = (
      await call(page.request, app.url, 'producers.list', { organisationId: after.organisationId ?? '' })
    ).map((p) => p.names);
    expect(names).not.toContain('Cambiado en el taller');
    expect(names).toContain(first?.names);
    await page.screenshot({ path: '/tmp/demo-4-reset.png' });

    // Presentation mode hides the header and the navigation, never the banner.
    await page.getByTestId('presentation-panel').getByTestId('presentation-toggle').click();
    await expect(page.getByTestId('presentation-bar')).toBeVisible();
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    await page.screenshot({ path: '/tmp/demo-4b-presentation.png' });
    await page.getByTestId('presentation-exit').click();
    await expect(page.getByTestId('presentation-bar')).toHaveCount(0);

    // Back to the real data: banner gone, the real organisation and its one plot.
    await page.getByTestId('demo-banner-leave').click();
    await expect(page.getByTestId('demo-banner')).toHaveCount(0);
    await expect(page.getByTestId('active-organisation-select').locator('option:checked')).toHaveText(
      organisation.name,
    );
    await expect(page.getByTestId('status-db-path')).toContainText(app.dbPath);
    await page.getByTestId('nav-mapa').click();
    await expect(page.getByTestId('map')).toHaveAttribute('data-plots-count', '1');
    await page.screenshot({ path: '/tmp/demo-5-back.png' });
    expect((await call(page.request, app.url, 'system.info', {})).workspace).toBe('main');
    expect(app.outsideRequests).toEqual([]);
  });
});
