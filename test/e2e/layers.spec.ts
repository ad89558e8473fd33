import fs from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { writeGeoTiff } from '../helpers/geotiff.js';
import { expect, test } from './fixtures.js';
import { call, seedOrganisation } from './import-wizard-data.js';

/** The map and its layers draw in WebGL on a software renderer: slow on a loaded machine. */
const READY = { timeout: 20_000 };

/** Screenshots for a person to look at; kept out of the repository. */
const SHOTS = process.env.CAFETAL_SHOTS_DIR ?? null;
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: SHOTS ? `${SHOTS}/${name}` : test.info().outputPath(name) });
};

/** Runs a job over browser mode's HTTP API (an NDJSON stream: progress lines, then the result). */
async function job<T>(request: APIRequestContext, url: string, name: string, input: unknown): Promise<T> {
  const response = await request.post(`${url}api/${name}`, { data: { input } });
  const lines = (await response.text())
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { type?: string; result?: unknown; ok?: boolean });
  const envelope = (lines.find((line) => line.type === 'result')?.result ?? lines[0]) as {
    ok: boolean;
    value?: T;
    error?: unknown;
  };
  expect(envelope.ok, `${name}: ${JSON.stringify(envelope.error)}`).toBe(true);
  return envelope.value as T;
}

/** A closed ring around the box [west, south, east, north]. */
const box = (west: number, south: number, east: number, north: number) => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ],
];

/**
 * A landslide susceptibility map as INGEMMET publishes them (a SUSCEPTIB
 * class in words), in 1° boxes around the map's starting view: the "Muy
 * alta" box covers its centre (−78.6, −6.2), "Media" lies west of it, "Baja"
 * east, and a "Sin evaluar" box north that no level names.
 */
const susceptibility = {
  type: 'FeatureCollection',
  features: [
    ['Muy alta', box(-79.1, -6.7, -78.1, -5.7)],
    ['Media', box(-80.3, -6.7, -79.3, -5.7)],
    ['Baja', box(-77.9, -6.7, -76.9, -5.7)],
    ['Sin evaluar', box(-79.1, -5.5, -78.1, -4.5)],
  ].map(([susceptib, coordinates], i) => ({
    type: 'Feature',
    properties: { SUSCEPTIB: susceptib, CODIGO: i + 1 },
    geometry: { type: 'Polygon', coordinates },
  })),
};

/**
 * A 40 × 40 DEM in WGS84 degrees, 0.025° cells from (−79.1625, −5.6375),
 * whose value rises 25 m per column east: 1,500 m in the first column,
 * 2,475 m in the last. The map's centre (−78.6, −6.2) is the centre of
 * column 22, row 22: 1,500 + 22 × 25 = 2,050 m.
 */
const dem = () =>
  writeGeoTiff({
    width: 40,
    height: 40,
    values: Array.from({ length: 1600 }, (_, i) => 1500 + 25 * (i % 40)),
    originX: -79.1625,
    originY: -5.6375,
    pixelWidth: 0.025,
    pixelHeight: -0.025,
    epsg: 4326,
  });

/** The mean colour of a 10 × 10 px block at the map canvas's centre (the canvas keeps its last frame). */
async function centreColour(page: Page): Promise<[number, number, number]> {
  return page
    .getByTestId('map')
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      if (!gl) return [0, 0, 0] as [number, number, number];
      const pixels = new Uint8Array(4 * 10 * 10);
      gl.readPixels(canvas.width / 2 - 5, canvas.height / 2 - 5, 10, 10, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      let [r, g, b] = [0, 0, 0];
      for (let i = 0; i < pixels.length; i += 4) {
        r += pixels[i] ?? 0;
        g += pixels[i + 1] ?? 0;
        b += pixels[i + 2] ?? 0;
      }
      return [r, g, b].map((sum) => Math.round(sum / 100)) as [number, number, number];
    });
}

const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(...a.map((value, i) => value - (b[i] ?? 0)));

async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const frame = await page.getByTestId('map').boundingBox();
  if (!frame) throw new Error('The map has no box.');
  return { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
}

/** Console lines where the browser refused something under the CSP (a data: fetch, say). */
function cspRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

interface LayerRow {
  id: string;
  name: string;
  visible: boolean;
  opacity: number;
  classMap: Record<string, string>;
}

test.describe('map: climate-risk layers', () => {
  test('adds a landslide susceptibility map, maps its classes, shows, hides, fades and edits it, and colours plots by risk', async ({
    page,
    app,
  }) => {
    const refusals = cspRefusals(page);
    const organisation = await seedOrganisation(page, app.url);
    const producer = await call<{ id: string }>(page.request, app.url, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'J-001',
      names: 'Santos Guevara Díaz',
    });
    const geojsonPath = test.info().outputPath('susceptibilidad_movimientos_en_masa.geojson');
    fs.writeFileSync(geojsonPath, JSON.stringify(susceptibility));

    await page.goto(`${app.url}#/mapa`);
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-map-ready', 'true', READY);
    await expect(page.getByTestId('layers-empty')).toBeVisible();
    const before = await centreColour(page);

    await page.getByTestId('layer-add-open').click();
    const dialog = page.getByTestId('layer-add-dialog');
    await expect(dialog).toBeVisible();
    await page.getByTestId('layer-file-input').setInputFiles(geojsonPath);
    await expect(page.getByTestId('layer-inspected')).toHaveAttribute('data-kind', 'vector');
    await expect(page.getByTestId('layer-inspected')).toContainText('4 polígonos');
    // The class field is recognised and the classes come with their levels and counts.
    await expect(page.getByTestId('layer-add-class-field')).toHaveValue('SUSCEPTIB');
    await expect(page.getByTestId('layer-add-hazard')).toHaveValue('landslide');
    const classRow = (value: string) => page.locator(`[data-testid="class-map-row"][data-class-value="${value}"]`);
    await expect(page.getByTestId('class-map-row')).toHaveCount(4);
    await expect(classRow('Muy alta').getByTestId('class-map-level')).toHaveValue('muy_alto');
    await expect(classRow('Media').getByTestId('class-map-level')).toHaveValue('medio');
    await expect(classRow('Baja').getByTestId('class-map-level')).toHaveValue('bajo');
    await expect(classRow('Sin evaluar').getByTestId('class-map-level')).toHaveValue('');
    await expect(classRow('Muy alta')).toContainText('1');
    await classRow('Sin evaluar').getByTestId('class-map-level').selectOption('alto');
    await page.getByTestId('layer-add-name').fill('Susceptibilidad a movimientos en masa');
    await page.getByTestId('layer-add-source').fill('INGEMMET');
    await page.getByTestId('layer-add-date').fill('2019');
    await shot(page, 'layers-add-dialog-vector.png');
    await page.getByTestId('layer-add-submit').click();
    await expect(dialog).toBeHidden();

    const row = page.getByTestId('layer-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('layer-name')).toHaveText('Susceptibilidad a movimientos en masa');
    await expect(row.getByTestId('layer-hazard')).toHaveText('Movimientos en masa');
    await expect(row.getByTestId('layer-scenario')).toHaveText('Actual');
    await expect(row).toHaveAttribute('data-map-status', 'ready', READY);
    const [stored] = await call<LayerRow[]>(page.request, app.url, 'layers.list', {});
    expect(stored?.classMap).toEqual({ 'Muy alta': 'muy_alto', Media: 'medio', Baja: 'bajo', 'Sin evaluar': 'alto' });
    await expect(page.getByTestId('layers-legend')).toContainText('Susceptibilidad a movimientos en masa');
    await expect(page.getByTestId('layers-legend')).toContainText('Muy alto');

    // Drawn: the map's centre (in the "Muy alta" box) turned dark brown-orange; red dominates blue.
    const shown = await centreColour(page);
    expect(distance(shown, before)).toBeGreaterThan(60);
    expect(shown[0]).toBeGreaterThan(shown[2] + 40);
    await shot(page, 'layers-map-vector.png');

    // Hidden: the base map is back, and the choice is saved.
    await row.getByTestId('layer-visible').uncheck();
    await expect(row).toHaveAttribute('data-map-status', 'hidden');
    await expect.poll(async () => distance(await centreColour(page), before)).toBeLessThan(8);
    await expect
      .poll(async () => (await call<LayerRow[]>(page.request, app.url, 'layers.list', {}))[0]?.visible)
      .toBe(false);
    await row.getByTestId('layer-visible').check();
    await expect.poll(async () => distance(await centreColour(page), shown)).toBeLessThan(8);

    // Faded to 20 %: the centre moves most of the way back towards the base map, and 0.2 is saved.
    await row.getByTestId('layer-opacity').fill('20');
    await expect(row.getByTestId('layer-opacity-value')).toHaveText('20 %');
    await expect
      .poll(async () => (await call<LayerRow[]>(page.request, app.url, 'layers.list', {}))[0]?.opacity)
      .toBe(0.2);
    const faded = await centreColour(page);
    expect(distance(faded, before)).toBeLessThan(distance(shown, before) / 2);

    // Details: rename it and say which scenario it depicts.
    await row.getByTestId('layer-details-toggle').click();
    await expect(page.getByTestId('layer-edit-class-map').getByTestId('class-map-row')).toHaveCount(4);
    await page.getByTestId('layer-edit-name').fill('Movimientos en masa (INGEMMET)');
    await page.getByTestId('layer-edit-save').click();
    await expect(page.getByTestId('layer-edit-saved')).toBeVisible();
    await expect(row.getByTestId('layer-name')).toHaveText('Movimientos en masa (INGEMMET)');
    await shot(page, 'layers-panel-details.png');
    await row.getByTestId('layer-details-toggle').click();

    // Plots coloured by their landslide level: a plot in the "Muy alta" box, analysed, then the map reopened.
    // (Added only now: with a plot the map opens fitted to it, and the colour checks above want the start view.)
    await call(page.request, app.url, 'plots.create', {
      producerId: producer.id,
      name: 'La Ladera',
      geometry: { type: 'Polygon', coordinates: box(-78.251, -5.851, -78.25, -5.85) },
      variety: 'Caturra',
    });
    await job(page.request, app.url, 'risk.analyse', { organisationId: organisation.id });
    await page.reload();
    await expect(map).toHaveAttribute('data-plots-count', '1');
    await expect(row).toHaveAttribute('data-map-status', 'ready', READY);
    await page.getByTestId('plots-colour-by').selectOption('risk');
    await page.getByTestId('risk-colour-hazard').selectOption('landslide');
    const legend = page.getByTestId('plot-legend');
    await expect(legend).toContainText('Deslizamiento y erosión · Línea base');
    const veryHigh = page.getByTestId('plot-legend-entry').filter({ hasText: 'Muy alto' });
    await expect(veryHigh).toContainText('1');
    await expect(page.getByTestId('plot-legend-entry')).toHaveCount(4);
    await shot(page, 'layers-risk-colouring.png');
    expect(app.outsideRequests).toEqual([]);
    expect(refusals).toEqual([]);
  });

  test('adds a DEM, reads its value under the pointer, orders it against a vector layer and removes it', async ({
    page,
    app,
  }) => {
    const refusals = cspRefusals(page);
    const demPath = test.info().outputPath('altitud_srtm.tif');
    fs.writeFileSync(demPath, dem());
    await page.goto(`${app.url}#/mapa`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', READY);
    const before = await centreColour(page);

    await page.getByTestId('layer-add-open').click();
    // A file that only claims to be a GeoTIFF: refused in words, and another can be chosen.
    await page.getByTestId('layer-file-input').setInputFiles({
      name: 'roto.tif',
      mimeType: 'image/tiff',
      buffer: Buffer.from('esto no es un GeoTIFF'),
    });
    await expect(page.getByTestId('layer-file-error')).toHaveAttribute('data-reason', 'NOT_GEOTIFF');
    await expect(page.getByTestId('layer-file-error')).toHaveText('El archivo no es un GeoTIFF (.tif) válido.');
    await page.getByTestId('layer-file-input').setInputFiles(demPath);
    await expect(page.getByTestId('layer-inspected')).toHaveAttribute('data-kind', 'raster');
    await expect(page.getByTestId('layer-inspected')).toContainText('40 × 40');
    // Named "altitud": an elevation grid in metres with the relief ramp.
    await expect(page.getByTestId('layer-add-hazard')).toHaveValue('elevation');
    await expect(page.getByTestId('layer-add-unit')).toHaveValue('m');
    await expect(page.getByTestId('layer-add-ramp')).toHaveValue('elevation');
    await expect(page.getByTestId('layer-add-ramp-preview')).toContainText('1,500 m');
    await expect(page.getByTestId('layer-add-ramp-preview')).toContainText('2,475 m');
    await page.getByTestId('layer-add-name').fill('Altitud SRTM');
    await shot(page, 'layers-add-dialog-raster.png');
    await page.getByTestId('layer-add-submit').click();
    await expect(page.getByTestId('layer-add-dialog')).toBeHidden();
    const rows = page.getByTestId('layer-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-map-status', 'ready', READY);
    expect(distance(await centreColour(page), before)).toBeGreaterThan(30);

    // The value under the pointer: the map's centre is the middle of the 2,050 m cell.
    const centre = await mapCentre(page);
    await page.mouse.move(centre.x + 40, centre.y + 40);
    await page.mouse.move(centre.x, centre.y, { steps: 4 });
    const value = page.getByTestId('map-raster-value');
    await expect(value).toHaveAttribute('data-value', '2050');
    await expect(value).toHaveText('Altitud SRTM: 2,050 m');
    await expect(page.getByTestId('layers-legend')).toContainText('Altitud SRTM');

    // A vector layer on top (added through the API, then the page reloaded).
    await job(page.request, app.url, 'layers.add', {
      source: {
        fileName: 'susceptibilidad.geojson',
        dataBase64: Buffer.from(JSON.stringify(susceptibility)).toString('base64'),
      },
      meta: { name: 'Susceptibilidad', hazard: 'landslide' },
      classField: 'SUSCEPTIB',
      classMap: { 'Muy alta': 'muy_alto', Media: 'medio', Baja: 'bajo' },
    });
    await page.reload();
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', READY);
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveAttribute('data-layer-name', 'Susceptibilidad');
    for (const index of [0, 1]) await expect(rows.nth(index)).toHaveAttribute('data-map-status', 'ready', READY);
    const vectorOnTop = await centreColour(page);
    await page.mouse.move(centre.x + 30, centre.y + 30);
    await page.mouse.move(centre.x, centre.y, { steps: 3 });
    await expect(value).toHaveText('Altitud SRTM: 2,050 m');
    await shot(page, 'layers-map-raster-and-vector.png');

    // Keyboard: move the vector layer below the DEM; the focus stays on its arrows.
    await rows.nth(0).getByTestId('layer-move-down').focus();
    await page.keyboard.press('Enter');
    await expect(rows.nth(0)).toHaveAttribute('data-layer-name', 'Altitud SRTM');
    await expect(rows.nth(1).getByTestId('layer-move-up')).toBeFocused();
    await expect
      .poll(async () => (await call<LayerRow[]>(page.request, app.url, 'layers.list', {})).map((l) => l.name))
      .toEqual(['Susceptibilidad', 'Altitud SRTM']);
    // The DEM (opaque at 70 %) now covers the vector layer: the centre's colour changes.
    await expect.poll(async () => distance(await centreColour(page), vectorOnTop)).toBeGreaterThan(20);
    await shot(page, 'layers-panel-two.png');

    // Remove the DEM, with confirmation; the readout has nothing more to say.
    await rows.nth(0).getByTestId('layer-details-toggle').click();
    await page.getByTestId('layer-remove').click();
    await page.getByTestId('layer-remove-confirm').click();
    await expect(rows).toHaveCount(1);
    await expect(page.getByTestId('layer-add-open')).toBeFocused();
    await page.mouse.move(centre.x + 5, centre.y + 5);
    await expect(value).toHaveCount(0);
    expect((await call<LayerRow[]>(page.request, app.url, 'layers.list', {})).map((l) => l.name)).toEqual([
      'Susceptibilidad',
    ]);

    // "Acercar el mapa": the four boxes (3.4° × 2.2°) fill the map, a closer view than the start (scale bar shrinks).
    const scale = page.locator('.maplibregl-ctrl-scale');
    const startScale = await scale.textContent();
    await rows.nth(0).getByTestId('layer-fit').click();
    await expect.poll(() => scale.textContent()).not.toBe(startScale);
    expect(app.outsideRequests).toEqual([]);
    expect(refusals).toEqual([]);
  });
});
