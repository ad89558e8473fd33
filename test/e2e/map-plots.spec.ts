import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { call } from './api-call.js';
import { seedFamily } from './seed-family.js';
import { expect, test } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} not found`);
  return value;
}

/** The family and plot every test starts from. */
function seed(page: Page, url: string) {
  return seedFamily(page.request, url, { variety: 'Typica' });
}

/** The map canvas's centre on the page, for clicks relative to it. */
async function mapCentre(map: Locator): Promise<{ x: number; y: number }> {
  const box = await map.boundingBox();
  if (!box) throw new Error('The map has no box.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Polygon area as es-PE shows it: `format.ha` in renderer/i18n/format.ts. */
const haText = (areaHa: number) =>
  new Intl.NumberFormat('es-PE', { style: 'unit', unit: 'hectare', maximumFractionDigits: 2 }).format(areaHa);

test.describe('map: plots', () => {
  test('draws, edits, rejects a bow tie, deletes and restores a plot, with live area', async ({ page, app }) => {
    const { producer, plot } = await seed(page, app.url);
    await page.goto(`${app.url}#/mapa?producer=${producer.id}`);
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-map-ready', 'true');
    await expect(map).toHaveAttribute('data-plots-count', '1');
    const c = await mapCentre(map);

    // The seeded plot fills the centre: clicking it opens the side panel.
    await page.mouse.click(c.x, c.y);
    await expect(page.getByTestId('plot-panel-name')).toHaveText('El Mirador');
    await expect(page.getByTestId('plot-detail-area')).toHaveAttribute('data-area-ha', String(plot.areaHa));
    await expect(page.getByTestId('plot-detail-area')).toHaveText(haText(plot.areaHa));
    await expect(page.getByTestId('plot-panel')).toContainText('geodésica WGS84');
    await page.screenshot({ path: test.info().outputPath('side-panel.png') });

    // Draw a new plot to the left of it: four clicks, the area appears live, a click on the first vertex closes.
    await page.getByTestId('tool-draw-polygon').click();
    await expect(page.getByTestId('draw-panel')).toBeVisible();
    const corners = [
      [-300, -120],
      [-140, -120],
      [-140, 90],
      [-300, 90],
    ] as const;
    for (const [dx, dy] of corners) await page.mouse.click(c.x + dx, c.y + dy);
    await expect(page.getByTestId('draw-area')).toHaveText(/\d.*ha/);
    await page.mouse.move(c.x - 270, c.y + 60);
    await page.screenshot({ path: test.info().outputPath('drawing-live-area.png') });
    await page.mouse.click(c.x + corners[0][0], c.y + corners[0][1]);
    await expect(page.getByTestId('plot-form')).toBeVisible();
    const drawnHa = Number(await page.getByTestId('draw-area').getAttribute('data-area-ha'));
    expect(drawnHa).toBeGreaterThan(1);
    await expect(page.getByTestId('plot-field-producerId')).toHaveValue(producer.id);
    await page.getByTestId('plot-field-name').fill('La Quebrada');
    await page.getByTestId('plot-field-variety').fill('Caturra');
    await page.getByTestId('plot-save').click();
    await expect(page.getByTestId('toast-message')).toHaveText('Parcela «La Quebrada» guardada');
    await expect(map).toHaveAttribute('data-plots-count', '2');
    await expect(page.getByTestId('plot-panel-name')).toHaveText('La Quebrada');

    const listed = await call(page.request, app.url, 'plots.list', { producerId: producer.id });
    const saved = found(
      listed.find((p) => p.name === 'La Quebrada'),
      'La Quebrada',
    );
    expect(saved.variety).toBe('Caturra');
    expect(saved.areaHa).toBeCloseTo(drawnHa, 9);
    await expect(page.getByTestId('plot-detail-area')).toHaveAttribute('data-area-ha', String(saved.areaHa));
    await expect(page.getByTestId('plot-detail-area')).toHaveText(haText(saved.areaHa));

    // Edit a vertex: drag the north-west corner further out; the live area grows, then Save stores it.
    await page.getByTestId('plot-edit-geometry').click();
    await expect(page.getByTestId('edit-geometry-panel')).toBeVisible();
    await expect(page.getByTestId('draw-area')).toHaveAttribute('data-area-ha', String(saved.areaHa));
    await page.mouse.move(c.x + corners[0][0], c.y + corners[0][1]);
    await page.mouse.down();
    await page.mouse.move(c.x - 330, c.y - 190, { steps: 12 });
    await page.mouse.up();
    await expect
      .poll(async () => Number(await page.getByTestId('draw-area').getAttribute('data-area-ha')))
      .toBeGreaterThan(saved.areaHa * 1.1);
    const editedHa = Number(await page.getByTestId('draw-area').getAttribute('data-area-ha'));
    await page.getByTestId('geometry-save').click();
    await expect(page.getByTestId('toast-message')).toHaveText('Contorno de «La Quebrada» guardado');
    const afterEdit = await call(page.request, app.url, 'plots.get', { id: saved.id });
    expect(afterEdit.areaHa).toBeCloseTo(editedHa, 9);
    await expect(page.getByTestId('plot-detail-area')).toHaveAttribute('data-area-ha', String(afterEdit.areaHa));
    await expect(page.getByTestId('plot-detail-area')).toHaveText(haText(afterEdit.areaHa));

    // A bow tie: the crossing is reported in Spanish, marked on the map, and Save stays off.
    await page.getByTestId('tool-draw-polygon').click();
    const bowTie = [
      [130, -120],
      [290, 90],
      [290, -120],
      [130, 90],
      [130, -120],
    ] as const;
    for (const [dx, dy] of bowTie) await page.mouse.click(c.x + dx, c.y + dy);
    await expect(page.getByTestId('plot-form')).toBeVisible();
    const crossing = page.getByTestId('draw-issues').locator('[data-code="SELF_INTERSECTION"]');
    await expect(crossing).toContainText('El contorno se cruza a sí mismo');
    await expect(page.getByTestId('plot-issue-marker')).toHaveCount(1);
    await expect(page.getByTestId('plot-save')).toBeDisabled();
    await page.screenshot({ path: test.info().outputPath('self-intersection.png') });
    // Escape cancels the drawing and its marker.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('draw-panel')).toHaveCount(0);
    await expect(page.getByTestId('plot-issue-marker')).toHaveCount(0);

    // Delete, then undo from the toast.
    await page.getByTestId('plot-search').fill('Quebrada');
    await page.getByTestId('plot-search-result').click();
    await expect(page.getByTestId('plot-panel-name')).toHaveText('La Quebrada');
    await page.getByTestId('plot-delete').click();
    await page.getByTestId('plot-delete-confirm').click();
    await expect(page.getByTestId('toast-message')).toHaveText('Parcela «La Quebrada» eliminada');
    await expect(map).toHaveAttribute('data-plots-count', '1');
    expect(await call(page.request, app.url, 'plots.list', { producerId: producer.id })).toHaveLength(1);
    await page.getByTestId('toast-undo').click();
    await expect(page.getByTestId('toast-message')).toHaveText('Parcela «La Quebrada» restaurada');
    await expect(map).toHaveAttribute('data-plots-count', '2');
    expect(await call(page.request, app.url, 'plots.list', { producerId: producer.id })).toHaveLength(2);

    // The restored plot is selected again; edit its data (not its geometry).
    await expect(page.getByTestId('plot-panel-name')).toHaveText('La Quebrada');
    await page.getByTestId('plot-edit-data').click();
    await page.getByTestId('plot-field-altitudeM').fill('1450');
    await page.getByTestId('plot-field-lastHarvestQq').fill('18');
    await page.getByTestId('plot-field-lastHarvestBasis').selectOption('oro_verde');
    await page.getByTestId('plot-save').click();
    await expect(page.getByTestId('plot-detail-altitude')).toHaveText('1,450 msnm');
    await expect(page.getByTestId('plot-detail-harvest')).toHaveText('18 qq oro verde');
    const edited = await call(page.request, app.url, 'plots.get', { id: saved.id });
    expect([edited.altitudeM, edited.altitudeSource, edited.lastHarvestQq, edited.lastHarvestBasis]).toEqual([
      1450,
      'typed',
      18,
      'oro_verde',
    ]);
    expect(edited.areaHa).toBe(afterEdit.areaHa);

    expect(app.outsideRequests).toEqual([]);
  });

  test('marks a point plot with its declared area, measures, and reads UTM 17S', async ({ page, app }) => {
    const { producer } = await seed(page, app.url);
    await page.goto(`${app.url}#/mapa?producer=${producer.id}`);
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-map-ready', 'true');
    const c = await mapCentre(map);

    await page.getByTestId('tool-draw-point').click();
    await page.mouse.click(c.x + 250, c.y + 100);
    await expect(page.getByTestId('plot-form')).toBeVisible();
    await expect(page.getByTestId('draw-issues').locator('[data-code="POINT_NEEDS_AREA"]')).toBeVisible();
    await expect(page.getByTestId('plot-save')).toBeDisabled();
    await page.getByTestId('plot-field-name').fill('Punto GPS');
    await page.getByTestId('plot-field-declaredAreaHa').fill('0,75');
    await expect(page.getByTestId('draw-issues').locator('[data-code="POINT_NEEDS_AREA"]')).toHaveCount(0);
    await page.getByTestId('plot-save').click();
    await expect(page.getByTestId('plot-panel-name')).toHaveText('Punto GPS');
    await expect(page.getByTestId('plot-detail-area')).toHaveText(haText(0.75));
    await expect(map).toHaveAttribute('data-plots-count', '2');

    // Measure a distance: two clicks, then the last point again to finish.
    await page.getByTestId('tool-measure-distance').click();
    await page.mouse.click(c.x - 200, c.y);
    await page.mouse.click(c.x + 200, c.y);
    await page.mouse.click(c.x + 200, c.y);
    await expect(page.getByTestId('measure-value')).toHaveText(/^[\d,.]+ k?m$/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('measure-panel')).toHaveCount(0);

    // The readout in UTM 17S at the seeded plot (lon −78.99, lat −5.15 → E ≈ 722,8xx, N ≈ 9,430,4xx).
    await page.getByTestId('map-coordinates-mode').selectOption('utm17s');
    await page.mouse.move(c.x, c.y);
    await expect(page.getByTestId('map-coordinates')).toHaveText(/E 722,8\d\d · N 9,430,4\d\d/);
    expect(app.outsideRequests).toEqual([]);
  });

  test('colours 6,000 synthetic plots by variety, with a legend and labels', async ({ page, app }) => {
    // Synthetic plots around Jaén and San Ignacio, written by the CLI into this test's database.
    await page.goto(app.url);
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'electron/cli/main.ts',
        'synthetic',
        '--db',
        app.dbPath,
        '--plots',
        '6000',
      ],
      { cwd: root, stdio: 'pipe' },
    );
    const first = found((await call(page.request, app.url, 'plots.list', {}))[0], 'a synthetic plot');
    const started = Date.now();
    await page.goto(`${app.url}#/mapa`);
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-plots-count', '6000', { timeout: 30_000 });
    test.info().annotations.push({ type: 'ready-ms (6,000 plots)', description: String(Date.now() - started) });
    await expect(page.getByTestId('plot-legend-entry')).toHaveCount(10);
    await page.screenshot({ path: test.info().outputPath('plots-by-variety.png') });

    // Zoomed onto one plot, its neighbours are labelled by name.
    await page.goto(`${app.url}#/mapa?plot=${first.id}`);
    await expect(page.getByTestId('plot-panel-name')).toHaveText(first.name);
    await expect(page.getByTestId('plot-label').first()).toBeVisible();
    // Out to zoom 14, where neighbours (about a kilometre apart in the synthetic grid) come into view.
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Alejar' }).click();
    await expect.poll(() => page.getByTestId('plot-label').count()).toBeGreaterThan(1);
    await page.screenshot({ path: test.info().outputPath('plots-labels.png') });
    await page.getByTestId('plots-colour-by').selectOption('productionSystem');
    await expect(page.getByTestId('plot-legend')).toContainText('Orgánico');
    expect(app.outsideRequests).toEqual([]);
  });
});
