import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** A 1×1 PNG: enough for the logo field to decode, redraw and preview. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const COOPERATIVE = 'Cooperativa Agraria Cafetalera La Prosperidad de Chirinos';
const ASSOCIATION = 'Asociación de Productores Ecológicos de Huabal';

/** es-PE groups thousands with a comma (CLDR); accept any grouping so the test checks the count, not ICU. */
const count3000 = /^3[,.\u00a0\u202f]?000 familias$/;

async function registerOrganisation(page: Page, name: string): Promise<void> {
  await page.getByTestId('org-name').fill(name);
  await page.getByTestId('org-submit').click();
  await expect(page.getByTestId('organisations-table')).toContainText(name);
}

test.describe('Productores: organisations and producer families', () => {
  test('registers organisations with a checked RUC, chooses the active one, and manages its families', async ({
    page,
    app,
  }) => {
    await page.goto(`${app.url}#/productores`);
    // With no organisation, both the header and the section say what to do first.
    await expect(page.getByTestId('active-organisation-create')).toBeVisible();
    await page.getByTestId('producers-create-organisation').click();
    await expect(page).toHaveURL(/#\/productores\/organizaciones$/);

    await page.getByTestId('org-name').fill(COOPERATIVE);
    await page.getByTestId('org-province').fill('San Ignacio');
    await page.getByTestId('org-district').fill('Chirinos');
    await page.getByTestId('org-ruc').fill('20100070971');
    await expect(page.getByTestId('org-ruc-problem')).toContainText('RUC no válido');
    await page.getByTestId('org-submit').click();
    await expect(page.getByTestId('error-notice')).toHaveAttribute('data-error-code', 'VALIDATION');
    await expect(page.getByTestId('organisations-empty')).toBeVisible();

    await page.getByTestId('org-ruc').fill('20100070970');
    await expect(page.getByTestId('org-ruc-ok')).toBeVisible();
    await expect(page.getByTestId('org-ruc-problem')).toHaveCount(0);
    await page.getByTestId('org-cert-fairtrade').check();
    await page.getByTestId('org-cert-organico_ue').check();
    await page.getByTestId('org-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: TINY_PNG });
    await expect(page.getByTestId('org-logo-preview').locator('img')).toBeVisible();
    await page.getByTestId('org-submit').click();
    await expect(page.getByTestId('organisation-row')).toHaveCount(1);
    await expect(page.getByTestId('organisation-row')).toContainText('RUC 20100070970');
    // The first organisation becomes the active one by itself.
    await expect(page.getByTestId('org-active-badge')).toHaveCount(1);

    // Edit: the form fills with the saved values.
    await page.getByTestId('org-edit').click();
    await expect(page.getByTestId('org-form')).toHaveAttribute('data-mode', 'edit');
    await expect(page.getByTestId('org-ruc')).toHaveValue('20100070970');
    await expect(page.getByTestId('org-cert-fairtrade')).toBeChecked();
    await page.getByTestId('org-contact').fill('Gerencia: 976 123 456');
    await page.getByTestId('org-submit').click();
    await expect(page.getByTestId('organisation-row')).toContainText('Gerencia: 976 123 456');

    await page.screenshot({ path: test.info().outputPath('organisations.png') });
    await registerOrganisation(page, ASSOCIATION);
    await expect(page.getByTestId('organisation-row')).toHaveCount(2);

    // Choosing the active organisation filters the families, and is remembered.
    const selector = page.getByTestId('active-organisation-select');
    await selector.selectOption({ label: ASSOCIATION });
    await page.getByTestId('producers-tab-families').click();
    await expect(page.getByTestId('producers-empty')).toContainText(ASSOCIATION);
    await selector.selectOption({ label: COOPERATIVE });
    await expect(page.getByTestId('producers-empty')).toContainText(COOPERATIVE);
    await page.reload();
    await expect(page.getByTestId('active-organisation-select').locator('option:checked')).toHaveText(COOPERATIVE);

    // First family, with "save and register another".
    await page.getByTestId('producer-new').click();
    await page.getByTestId('producer-memberCode').fill('LP-001');
    await page.getByTestId('producer-names').fill('María Elena Chirinos Peña');
    await page.getByTestId('producer-dni').fill('41234567');
    await page.getByTestId('producer-gender').selectOption('mujer');
    await page.getByTestId('producer-community').fill('Huarango');
    await page.getByTestId('producer-district').fill('Chirinos');
    await page.getByTestId('producer-cert-fairtrade').check();
    await page.getByTestId('producer-submit-another').click();
    await expect(page.getByTestId('producers-notice')).toContainText('María Elena Chirinos Peña');
    await expect(page.getByTestId('producer-memberCode')).toHaveValue('');

    // Second family: the form refuses a bad DNI itself, the core refuses a member code already used.
    await page.getByTestId('producer-memberCode').fill('LP-001');
    await page.getByTestId('producer-names').fill('José Santos Guevara Díaz');
    await page.getByTestId('producer-dni').fill('4123');
    await page.getByTestId('producer-householdSize').fill('0');
    await page.getByTestId('producer-submit').click();
    await expect(page.getByTestId('producer-dni-problem')).toHaveText('DNI no válido: deben ser 8 dígitos.');
    await expect(page.getByTestId('producer-householdSize-problem')).toHaveText('Debe ser 1 o más.');
    await expect(page.getByTestId('producer-dni')).toBeFocused();
    await page.screenshot({ path: test.info().outputPath('producer-form-invalid.png'), fullPage: true });

    await page.getByTestId('producer-dni').fill('');
    await page.getByTestId('producer-householdSize').fill('4');
    await page.getByTestId('producer-submit').click();
    await expect(page.getByTestId('producer-memberCode-problem')).toContainText('María Elena Chirinos Peña');
    await expect(page.getByTestId('error-notice')).toHaveAttribute('data-error-code', 'CONFLICT');
    await page.getByTestId('producer-memberCode').fill('LP-002');
    await page.getByTestId('producer-submit').click();
    await expect(page.getByTestId('producer-names')).toHaveText('José Santos Guevara Díaz');
    const joseUrl = page.url();
    const joseId = /#\/productores\/([0-9a-f-]{36})$/.exec(joseUrl)?.[1] ?? '';
    await expect(page.getByTestId('producer-view-map')).toHaveAttribute('href', `#/mapa?producer=${joseId}`);
    await expect(page.getByTestId('producer-plots-empty')).toBeVisible();

    // The table: both families, accent-insensitive search, Enter opens a row.
    await page.getByTestId('producers-tab-families').click();
    await expect(page.getByTestId('producers-count')).toHaveText('2 familias');
    await expect(page.getByTestId('producer-row')).toHaveCount(2);
    await page.getByTestId('producers-search').fill('pena');
    await expect(page.getByTestId('producer-row')).toHaveCount(1);
    await expect(page.getByTestId('producers-count')).toHaveText('1 de 2 familias');
    await page.getByTestId('producers-search').fill('HUARANGO');
    await expect(page.getByTestId('producer-row')).toHaveText(/María Elena Chirinos Peña/);
    await page.getByTestId('producers-search').fill('no existe');
    await expect(page.getByTestId('producers-no-match')).toBeVisible();
    await page.getByTestId('producers-search').fill('');
    await page.getByTestId('producer-row').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('producer-row').nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('producer-names')).toHaveText('José Santos Guevara Díaz');

    // Edit, then delete and undo.
    await page.getByTestId('producer-edit').click();
    await expect(page.getByTestId('producer-householdSize')).toHaveValue('4');
    await page.getByTestId('producer-phone').fill('976 543 210');
    await page.getByTestId('producer-submit').click();
    await expect(page.getByTestId('producer-facts')).toContainText('976 543 210');
    await expect(page.getByTestId('producers-notice')).toContainText('Se guardaron los cambios');

    await page.getByTestId('producer-delete').click();
    await expect(page.getByTestId('producers-notice')).toContainText('Se eliminó a «José Santos Guevara Díaz»');
    await expect(page.getByTestId('producers-count')).toHaveText('1 familia');
    await page.getByTestId('producer-undo').click();
    await expect(page).toHaveURL(joseUrl);
    await expect(page.getByTestId('producer-names')).toHaveText('José Santos Guevara Díaz');
    await page.getByTestId('producers-tab-families').click();
    await expect(page.getByTestId('producers-count')).toHaveText('2 familias');

    expect(app.outsideRequests).toEqual([]);
  });

  test('keeps 3,000 families smooth: virtualised rows, search, keyboard and a family map', async ({ page, app }) => {
    // Seeded before the page opens; the CLI writes to the same SQLite file the server has open (WAL).
    execFileSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'electron/cli/main.ts', 'synthetic', '--db', app.dbPath, '--plots', '6000'],
      { cwd: root, stdio: 'pipe' },
    );
    await page.goto(`${app.url}#/productores`);
    await expect(page.getByTestId('producers-choose-organisation')).toBeVisible();
    await page.getByTestId('active-organisation-select').selectOption({ label: '[SINTÉTICO] Cooperativa de prueba 1' });

    await expect(page.getByTestId('producers-count')).toHaveText(count3000);
    await expect(page.getByTestId('producer-row').first()).toContainText('SYN-01-00001');
    // Virtualised: a screenful of rows in the DOM, not 3,000.
    expect(await page.getByTestId('producer-row').count()).toBeLessThan(100);
    await page.screenshot({ path: test.info().outputPath('producers-3000.png') });

    await page.getByTestId('producers-scroll').evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(page.getByTestId('producer-row').filter({ hasText: 'Familia sintética 1-3000' })).toBeVisible();
    expect(await page.getByTestId('producer-row').count()).toBeLessThan(100);

    // Keyboard: Home and End move across all 3,000, rendering rows on the way.
    await page.getByTestId('producer-row').filter({ hasText: 'Familia sintética 1-3000' }).focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('producer-row').filter({ hasText: 'SYN-01-00001' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByTestId('producer-row').filter({ hasText: 'SYN-01-03000' })).toBeFocused();

    // Sorting by names descending, then a search.
    await page.getByTestId('producers-sort-names').click();
    await page.getByTestId('producers-sort-names').click();
    await expect(page.getByTestId('producers-sort-names').locator('xpath=..')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await page.getByTestId('producers-search').fill('sintetica 1-2999');
    await expect(page.getByTestId('producer-row')).toHaveCount(1);
    await expect(page.getByTestId('producers-count')).toHaveText(/^1 de 3[,.\u00a0\u202f]?000 familias$/);

    await page.getByTestId('producer-row').click();
    await expect(page.getByTestId('producer-names')).toHaveText('Familia sintética 1-2999');
    await expect(page.getByTestId('producer-plot-row')).toHaveCount(2);
    await expect(page.getByTestId('producer-plots-total')).toContainText('2 parcelas');
    await expect(page.getByTestId('producer-map')).toHaveAttribute('data-map-ready', 'true');
    await page.screenshot({ path: test.info().outputPath('producer-page.png'), fullPage: true });

    expect(app.outsideRequests).toEqual([]);
  });
});
