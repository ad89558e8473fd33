import { expect, test } from './fixtures.js';

test.describe('browser mode: the app shell', () => {
  test('shows the eight sections in Spanish, a rendered offline map and the database, with no outside request', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    const nav = page.getByRole('navigation', { name: 'Secciones' });
    for (const section of [
      'Mapa',
      'Productores',
      'Riesgos',
      'Planes',
      'Informes',
      'Intercambio',
      'Taller',
      'Ajustes',
    ]) {
      await expect(nav.getByRole('link', { name: section })).toBeVisible();
    }
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
    // The map drew something: the canvas is not a blank single colour.
    const distinctColours = await page
      .getByTestId('map')
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement) => {
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        if (!gl) return 0;
        const pixels = new Uint8Array(4 * 64 * 64);
        gl.readPixels(canvas.width / 2 - 32, canvas.height / 2 - 32, 64, 64, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
        const colours = new Set<string>();
        for (let i = 0; i < pixels.length; i += 4) colours.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
        return colours.size;
      });
    expect(distinctColours).toBeGreaterThan(1);
    await expect(page.getByTestId('status-db-path')).toContainText(app.dbPath);
    await page.screenshot({ path: test.info().outputPath('app-shell.png') });
    expect(app.outsideRequests).toEqual([]);
  });

  test('is keyboard reachable: skip link, then each section by Tab and Enter', async ({ page, app }) => {
    await page.goto(app.url);
    // Tab only once the app has rendered (and read its settings): before that there is nothing to focus.
    await expect(page.getByTestId('status-db-path')).toContainText(app.dbPath);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-link')).toBeFocused();
    const ajustes = page.getByTestId('nav-ajustes');
    await ajustes.focus();
    await page.keyboard.press('Enter');
    await expect(ajustes).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(/Ajustes — Cafetal/);
  });

  test('creates an organisation through the API and shows a translated validation error', async ({ page, app }) => {
    await page.goto(`${app.url}#/productores/organizaciones`);
    await page.getByTestId('org-name').fill('Cooperativa Agraria Frontera San Ignacio');
    await page.getByTestId('org-type').selectOption('cooperativa');
    await page.getByTestId('org-province').fill('San Ignacio');
    await page.getByTestId('org-submit').click();
    await expect(page.getByTestId('organisation-row')).toHaveCount(1);
    await expect(page.getByTestId('organisations-table')).toContainText('Cooperativa Agraria Frontera San Ignacio');
    await expect(page.getByTestId('status-counts')).toContainText('1');

    await page.getByTestId('org-name').fill('X');
    await page.getByTestId('org-submit').click();
    await expect(page.getByTestId('error-notice')).toHaveAttribute('data-error-code', 'VALIDATION');
    await expect(page.getByTestId('organisation-row')).toHaveCount(1);
    expect(app.outsideRequests).toEqual([]);
  });

  test('switches to English and keeps it after a reload', async ({ page, app }) => {
    await page.goto(`${app.url}#/ajustes`);
    await page.getByTestId('settings-locale').selectOption('en');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect(nav.getByRole('link', { name: 'Map' })).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Producers' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('makes a backup with progress from Ajustes', async ({ page, app }) => {
    await page.goto(`${app.url}#/productores/organizaciones`);
    await page.getByTestId('org-name').fill('Asociación de Productores Cafetaleros Huabal');
    await page.getByTestId('org-submit').click();
    await expect(page.getByTestId('organisation-row')).toHaveCount(1);
    await page.getByTestId('nav-ajustes').click();
    await page.getByTestId('backup-create').click();
    await expect(page.getByTestId('backup-result')).toBeVisible();
    await expect(page.getByTestId('backup-row')).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('ajustes.png'), fullPage: true });
  });
});
