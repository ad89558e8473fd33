import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { call } from './api-call.js';
import { seedFamily } from './seed-family.js';
import { expect, test } from './fixtures.js';

/** Screenshots for a person to look at; outside the repository. */
const SHOTS = process.env.RISK_SCREENSHOTS_DIR ?? '/tmp';

/** The family and plot every test starts from. */
function seed(page: Page, url: string) {
  return seedFamily(page.request, url, { variety: 'Caturra', altitudeM: 1350, altitudeSource: 'typed' });
}

/*
 * Expected values, by hand from shared/climate/climate-model.json (defaults):
 * - Temperature: the only reference station, Weberbauer (2,536 msnm, 14.8 °C), lapse rate 6.5 °C/km:
 *   T = 14.8 − 6.5 × (1350 − 2536) / 1000 = 22.509 °C → "22.5 °C"; 2050 moderado adds +2.0 °C → 24.509 → "24.5 °C".
 * - Rust score = temperature points + variety + wetness + shade; cutoffs Medio 3, Alto 5, Muy alto 7.
 *   Temperature points = 4 × (28.5 − T) / (28.5 − 22) above the 22 °C optimum (Nutman & Roberts 1963);
 *   Caturra is susceptible (+3); no rain or humidity layer → assumed moderate (+1); shade not recorded (+0).
 *   Baseline: 4 × 5.991 / 6.5 = 3.687 → 7.687 ≥ 7 → Muy alto.
 *   2050 moderado: 4 × 3.991 / 6.5 = 2.456 → 6.456 (≥ 5, < 7) → Alto.
 */
test.describe('Riesgos', () => {
  test('analyses a plot, shows the dashboard, the table, the CSV and the plot card; the map shows the card too', async ({
    page,
    app,
  }) => {
    const { plot } = await seed(page, app.url);
    await page.goto(`${app.url}#/riesgos`);

    const status = page.getByTestId('risk-status');
    await expect(status).toHaveAttribute('data-state', 'never');
    await expect(page.getByTestId('risk-status-text')).toHaveText('La parcela aún no se ha analizado.');
    await expect(page.getByTestId('risk-no-results')).toBeVisible();

    await page.getByTestId('risk-analyse').click();
    await expect(status).toHaveAttribute('data-state', 'upToDate', { timeout: 30_000 });
    await expect(page.getByTestId('risk-status-text')).toHaveText('La parcela está al día.');
    await expect(page.getByTestId('risk-status-up-to-date')).toHaveText('1 al día');
    await expect(page.getByTestId('risk-run-done')).toContainText('Listo: se analizó 1 parcela en ');
    // Nothing changed: "Analizar" has nothing to do; "Reanalizar todo" works the plot out again.
    await page.getByTestId('risk-analyse').click();
    await expect(page.getByTestId('risk-run-done')).toHaveText(
      'Todo estaba al día: no hizo falta analizar ninguna parcela.',
      { timeout: 30_000 },
    );
    await page.getByTestId('risk-analyse-all').click();
    await expect(page.getByTestId('risk-run-done')).toContainText('Listo: se analizó 1 parcela en ', {
      timeout: 30_000,
    });
    await expect(status).toHaveAttribute('data-state', 'upToDate');

    // Dashboard: rust, one plot at Muy alto today and at Alto in 2050 moderado (both "alto o muy alto").
    const rustChart = page.locator('[data-testid="risk-hazard-chart"][data-hazard="rust"]');
    await expect(rustChart.getByRole('heading')).toHaveText('Roya');
    await expect(rustChart.getByTestId('risk-hazard-headline')).toHaveText(
      'Alto o muy alto: 1 hoy → 1 en 2050 moderado',
    );
    await rustChart.getByText('Ver los números en una tabla').click();
    const rustTable = rustChart.getByTestId('risk-hazard-table');
    await expect(rustTable.locator('tr[data-level="muy_alto"] [data-testid="risk-count-baseline"]')).toHaveText('1');
    await expect(rustTable.locator('tr[data-level="muy_alto"] [data-testid="risk-count-compared"]')).toHaveText('0');
    await expect(rustTable.locator('tr[data-level="alto"] [data-testid="risk-count-compared"]')).toHaveText('1');
    // Hectares: the same counts in ha.
    await page.getByTestId('risk-metric-hectares').check();
    await expect(rustTable.locator('tr[data-level="muy_alto"] [data-testid="risk-count-baseline"]')).toContainText(
      'ha',
    );
    await page.getByTestId('risk-metric-plots').check();
    // Producer profile: Rosa's worst rust today and in 2050 moderado.
    const profileRow = page.getByTestId('risk-profile-row');
    await expect(profileRow).toHaveCount(1);
    await expect(profileRow.locator('[data-hazard="rust"] [data-testid="profile-baseline"]')).toHaveText('Muy alto');
    await expect(profileRow.locator('[data-hazard="rust"] [data-testid="profile-compared"]')).toHaveText('Alto');
    // The page scrolls inside <main>: a tall window shows the whole dashboard in one picture.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.screenshot({ path: `${SHOTS}/risk-dashboard.png` });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Table: baseline first, then 2050 moderado.
    const row = page.getByTestId('risk-row');
    await expect(row).toHaveCount(1);
    await expect(page.getByTestId('risk-table-count')).toHaveText('1 parcela analizada');
    await expect(row.locator('th')).toHaveText('El Mirador');
    await expect(row.locator('td[data-hazard="rust"]')).toHaveText('Muy alto');
    await expect(row.locator('td').nth(3)).toHaveText('22.5');
    await page.getByTestId('risk-filter-scenario').selectOption('2050_moderate');
    await expect(row.locator('td[data-hazard="rust"]')).toHaveText('Alto');
    await expect(row.locator('td').nth(3)).toHaveText('24.5');
    await page.getByTestId('risk-filter-hazard').selectOption('rust');
    await page.getByTestId('risk-filter-level').selectOption('muy_alto');
    await expect(page.getByText('Ninguna parcela coincide con los filtros.')).toBeVisible();
    await page.getByTestId('risk-filter-level').selectOption('alto');
    await expect(row).toHaveCount(1);
    await page.getByTestId('risk-filter-search').fill('huaman');
    await expect(row).toHaveCount(1);
    await page.getByTestId('risk-results').scrollIntoViewIfNeeded();
    await page.getByTestId('risk-results').screenshot({ path: `${SHOTS}/risk-table.png` });

    // CSV: BOM, `;`, Spanish headers, '.' decimals (es-PE), levels in words.
    const download = page.waitForEvent('download');
    await page.getByTestId('risk-export-csv').click();
    const csv = fs.readFileSync(await (await download).path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'Parcela;Productor;Área (ha);Altitud (msnm);Origen de la altitud;Variedad;Escenario;Temperatura media (°C);' +
        'Aptitud térmica;Roya;Broca;Helada;Sequía;Deslizamiento y erosión;Desactualizado;ID de parcela',
    );
    const fields = line?.split(';') ?? [];
    expect(fields.slice(0, 8)).toEqual([
      'El Mirador',
      'Rosa Huamán Tocto',
      plot.areaHa.toFixed(4),
      '1350',
      'altitud registrada',
      'Caturra',
      '2050 moderado',
      '24.5',
    ]);
    expect(fields[9]).toBe('Alto');

    // The row opens the plot's card: rust per scenario, and why.
    await row.click();
    const dialog = page.getByTestId('risk-dialog');
    await expect(dialog.getByTestId('risk-dialog-title')).toHaveText('Riesgo climático de «El Mirador»');
    const card = dialog.getByTestId('plot-risk-card');
    await expect(card.getByTestId('risk-level-rust-baseline')).toHaveText('Muy alto');
    await expect(card.getByTestId('risk-level-rust-2050_moderate')).toHaveText('Alto');
    // Rust's reasons: the temperature against its optimum, the variety, the score.
    await card.getByTestId('risk-expand-rust').click();
    const rustBaseline = card.getByTestId('risk-drivers-rust').locator('.risk-drivers-scenario').nth(0);
    await expect(rustBaseline.locator('dt')).toHaveText('Línea base');
    await expect(rustBaseline).toContainText('22.5 °C frente al óptimo de la roya');
    await expect(rustBaseline).toContainText('Variedad Caturra: susceptible a la roya');
    await expect(rustBaseline).toContainText('Muy alto');
    // Thermal suitability carries the temperature's origin: altitude, station, lapse rate, warming.
    await card.getByTestId('risk-expand-thermal').click();
    const thermal = card.getByTestId('risk-drivers-thermal').locator('.risk-drivers-scenario');
    await expect(thermal.nth(0).locator('dt')).toHaveText('Línea base');
    await expect(thermal.nth(0).getByTestId('risk-driver').first()).toContainText(/1[.,]?350 msnm/);
    await expect(thermal.nth(0).getByTestId('risk-driver').first()).toContainText('→ 22.5 °C');
    await expect(thermal.nth(2).locator('dt')).toHaveText('2050 moderado');
    await expect(thermal.nth(2).getByTestId('risk-driver').first()).toContainText(/1[.,]?350 msnm/);
    await expect(thermal.nth(2).getByTestId('risk-driver').first()).toContainText('→ 24.5 °C');
    const inputs = card.getByTestId('risk-inputs');
    await expect(inputs.locator('tr[data-scenario="baseline"] [data-testid="risk-input-temperature"]')).toHaveText(
      '22.5 °C',
    );
    await expect(inputs.locator('tr[data-scenario="2050_moderate"] [data-testid="risk-input-temperature"]')).toHaveText(
      '24.5 °C',
    );
    await expect(inputs.locator('tr[data-scenario="baseline"] [data-testid="risk-input-altitude"]')).toContainText(
      '1,350 msnm',
    );
    await expect(card.getByTestId('plot-risk-stale')).toHaveCount(0);
    await page.setViewportSize({ width: 1280, height: 2000 });
    await dialog.screenshot({ path: `${SHOTS}/risk-card.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // The Metodología tab: its own route, the panel gone.
    await page.getByTestId('risk-tab-methodology').click();
    await expect(page).toHaveURL(/#\/riesgos\/metodologia$/);
    await expect(page.getByTestId('risk-tab-methodology')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('methodology')).toBeVisible();
    await expect(page.getByTestId('risk-panel')).toHaveCount(0);

    // A change to the plot makes its result stale; the card says so and re-analyses it.
    await call(page.request, app.url, 'plots.update', { id: plot.id, patch: { altitudeM: 1400 } });
    await page.goto(`${app.url}#/mapa?plot=${plot.id}`);
    // MapLibre and the world data load first (slower on a busy machine).
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    await expect(page.getByTestId('plot-panel-name')).toHaveText('El Mirador', { timeout: 15_000 });
    const panelCard = page.getByTestId('plot-risk-section').getByTestId('plot-risk-card');
    await expect(panelCard.getByTestId('plot-risk-stale')).toBeVisible();
    await expect(panelCard.getByTestId('risk-level-rust-baseline')).toHaveText('Muy alto');
    await page.getByTestId('plot-risk-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/risk-map-card-stale.png` });
    await panelCard.getByTestId('plot-risk-reanalyse').click();
    await expect(panelCard.getByTestId('plot-risk-stale')).toHaveCount(0, { timeout: 30_000 });
    // 1,400 msnm: T = 14.8 − 6.5 × (1400 − 2536) / 1000 = 22.184 °C → "22.2 °C".
    await expect(panelCard.locator('tr[data-scenario="baseline"] [data-testid="risk-input-temperature"]')).toHaveText(
      '22.2 °C',
    );
    await panelCard.getByTestId('risk-expand-rust').click();
    await expect(panelCard.getByTestId('risk-drivers-rust')).toContainText('22.2 °C frente al óptimo de la roya');
    await page.setViewportSize({ width: 1280, height: 2200 });
    await page.getByTestId('plot-risk-section').screenshot({ path: `${SHOTS}/risk-map-card.png` });
  });
});
