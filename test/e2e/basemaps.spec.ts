import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { solidPng, tilesOver, writeMbtiles, writeRgbGeoTiff } from '../helpers/basemap-fixtures.js';
import type { Rgb } from '../helpers/basemap-fixtures.js';
import { CAJAMARCA_BOX, vectorMbtiles } from '../helpers/basemap-sets.js';
import { writeGeoTiff } from '../helpers/geotiff.js';
import { PMTILES_TILE_TYPE, writePmtiles } from '../../scripts/tiles/pmtiles-writer.js';
import { call } from './api-call.js';
import { expect, test } from './fixtures.js';

/** The map draws in WebGL on a software renderer: slow on a loaded machine. */
const READY = { timeout: 30_000 };

/**
 * Where the map opens: inside every fixture's coverage, clear of town labels
 * and graticule lines (the nearest, −6°, is 18 px away at zoom 7).
 */
const VIEW = '-78.45,-6.1,7';

const MBTILES_COLOUR: Rgb = [190, 40, 150];
const PMTILES_COLOUR: Rgb = [20, 140, 130];
const IMAGERY_COLOUR: Rgb = [235, 140, 20];
/** What the generic vector style gives a layer named "cobertura" (renderer/features/basemaps/generic-vector-style.ts). */
const COVER_FILL: Rgb = [0x5f, 0x9e, 0x4a];
const COVER_OPACITY = 0.35;

/** Screenshots for a person to look at; kept out of the repository. */
const SHOTS = process.env.CAFETAL_SHOTS_DIR ?? null;
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: SHOTS ? `${SHOTS}/${name}` : test.info().outputPath(name) });
};

/** Mean colour of a 10 × 10 px block at the map's centre, from a screenshot of just that block. */
async function centreColour(page: Page): Promise<Rgb> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('The map has no box.');
  const png = PNG.sync.read(
    await page.screenshot({
      clip: { x: box.x + box.width / 2 - 5, y: box.y + box.height / 2 - 5, width: 10, height: 10 },
    }),
  );
  const sum = [0, 0, 0];
  for (let i = 0; i < png.data.length; i += 4) {
    for (let c = 0; c < 3; c += 1) sum[c] = (sum[c] as number) + (png.data[i + c] as number);
  }
  const n = png.data.length / 4;
  return sum.map((v) => Math.round(v / n)) as unknown as Rgb;
}

const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)));

/** Chooses a basemap in the panel and waits until the map has drawn it. */
async function choose(page: Page, testId: string, row: string | null) {
  const panel = page.getByTestId('basemap-panel');
  const radio = row
    ? panel.locator(`[data-basemap-id="${row}"]`).getByTestId('basemap-choose')
    : panel.getByTestId(testId);
  await radio.check();
  await expect(panel).toHaveAttribute('data-active-basemap', row ?? 'builtin');
  await expect(panel).toHaveAttribute('data-basemap-status', 'ready', READY);
}

test.describe('map: offline basemaps', () => {
  test('MBTiles and PMTiles added through the API draw in their colours; switching keeps the choice', async ({
    page,
    app,
  }) => {
    const mbtiles = test.info().outputPath('ortofoto.mbtiles');
    writeMbtiles(
      mbtiles,
      tilesOver(CAJAMARCA_BOX, 5, 8, () => solidPng(MBTILES_COLOUR)),
      { name: 'Ortofoto magenta', format: 'png', bounds: CAJAMARCA_BOX.join(','), minzoom: '5', maxzoom: '8' },
    );
    const pmtiles = test.info().outputPath('relieve.pmtiles');
    fs.writeFileSync(
      pmtiles,
      writePmtiles(
        tilesOver(CAJAMARCA_BOX, 4, 8, () => solidPng(PMTILES_COLOUR)),
        {
          tileType: PMTILES_TILE_TYPE.png,
          minZoom: 4,
          maxZoom: 8,
          bounds: CAJAMARCA_BOX,
          metadata: { name: 'Relieve' },
        },
      ),
    );
    const first = await call(page.request, app.url, 'basemaps.add', { source: { path: mbtiles } });
    const second = await call(page.request, app.url, 'basemaps.add', { source: { path: pmtiles } });

    await page.goto(`${app.url}#/mapa?view=${VIEW}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', READY);
    const panel = page.getByTestId('basemap-panel');
    await expect(panel).toHaveAttribute('data-active-basemap', 'builtin');
    await expect(panel.getByTestId('basemap-row')).toHaveCount(2);
    const firstRow = panel.locator(`[data-basemap-id="${first.id}"]`);
    await expect(firstRow.getByTestId('basemap-facts')).toContainText('Zoom 5–8');
    await expect(firstRow.getByTestId('basemap-coverage')).toHaveText(
      'Cobertura: 6.80° S a 5.60° S, 79.20° O a 78.00° O',
    );
    await expect(panel).toHaveAttribute('data-basemap-status', 'ready', READY);
    const builtin = await centreColour(page);

    await choose(page, '', first.id);
    await expect.poll(() => centreColour(page)).toEqual(MBTILES_COLOUR);
    await shot(page, 'basemaps-mbtiles.png');

    await choose(page, '', second.id);
    await expect.poll(() => centreColour(page)).toEqual(PMTILES_COLOUR);
    await shot(page, 'basemaps-pmtiles.png');
    expect((await call(page.request, app.url, 'basemaps.list', {})).active).toBe(second.id);

    // Kept across a reload.
    await page.reload();
    await expect(panel).toHaveAttribute('data-active-basemap', second.id);
    await expect(panel).toHaveAttribute('data-basemap-status', 'ready', READY);
    await expect.poll(() => centreColour(page)).toEqual(PMTILES_COLOUR);

    await choose(page, 'basemap-choose-builtin', null);
    await expect.poll(async () => distance(await centreColour(page), builtin)).toBeLessThan(4);
    expect(app.outsideRequests).toEqual([]);
  });

  test('a vector MBTiles draws with the generic style, over the built-in land', async ({ page, app }) => {
    const file = vectorMbtiles(test.info().outputPath(''), { json: true });
    const basemap = await call(page.request, app.url, 'basemaps.add', { source: { path: file } });
    await page.goto(`${app.url}#/mapa?view=${VIEW}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', READY);
    await expect(page.getByTestId('basemap-panel')).toHaveAttribute('data-basemap-status', 'ready', READY);
    const land = await centreColour(page);
    await choose(page, '', basemap.id);
    // The forest polygon covers the centre: its fill at 35 % over the land.
    const expected = land.map((v, i) =>
      Math.round(COVER_OPACITY * (COVER_FILL[i] as number) + (1 - COVER_OPACITY) * v),
    );
    await expect.poll(async () => distance(await centreColour(page), expected)).toBeLessThan(6);
    await shot(page, 'basemaps-vector.png');
  });

  test('GeoTIFF imagery added in the dialog is tiled, listed with its zooms, and shown at its coverage', async ({
    page,
    app,
  }) => {
    // 300 × 300 px of 0.002° over (−78.3…−77.7, −6.6…−6.0): zoom 9 (360/256/0.002 = 703 → 9.46), 6 to 9.
    const tif = test.info().outputPath('ortofoto_celendin.tif');
    fs.writeFileSync(
      tif,
      writeRgbGeoTiff({
        width: 300,
        height: 300,
        pixel: () => [...IMAGERY_COLOUR],
        originX: -78.3,
        originY: -6.0,
        pixelWidth: 0.002,
        pixelHeight: 0.002,
        epsg: 4326,
      }),
    );
    await page.goto(`${app.url}#/mapa?view=${VIEW}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', READY);
    await page.getByTestId('basemap-add-open').click();
    const dialog = page.getByTestId('basemap-add-dialog');
    await page.getByTestId('basemap-file-input').setInputFiles(tif);
    await expect(page.getByTestId('basemap-inspected')).toHaveAttribute('data-kind', 'geotiff');
    await expect(page.getByTestId('basemap-inspected')).toContainText('zoom 6–9');
    await expect(page.getByTestId('basemap-inspected')).toContainText('300 × 300 px');
    await expect(page.getByTestId('basemap-add-name')).toHaveValue('ortofoto_celendin');
    await page.getByTestId('basemap-add-name').fill('Ortofoto Celendín');
    await shot(page, 'basemaps-add-dialog.png');
    await page.getByTestId('basemap-add-submit').click();
    await expect(dialog).toBeHidden(READY);

    const row = page.getByTestId('basemap-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('basemap-name')).toHaveText('Ortofoto Celendín');
    await expect(row.getByTestId('basemap-facts')).toContainText('Imagen GeoTIFF (en teselas) · Zoom 6–9');
    const id = (await row.getAttribute('data-basemap-id')) as string;
    await choose(page, '', id);
    await row.getByTestId('basemap-fit').click();
    await expect(page.getByTestId('basemap-panel')).toHaveAttribute('data-basemap-status', 'ready', READY);
    await expect.poll(() => centreColour(page), READY).toEqual(IMAGERY_COLOUR);
    await shot(page, 'basemaps-geotiff.png');

    // A foreign file is refused in words, and nothing is added.
    await page.getByTestId('basemap-add-open').click();
    const notes = test.info().outputPath('notas.txt');
    fs.writeFileSync(notes, 'no es un mapa');
    await page.getByTestId('basemap-file-input').setInputFiles(notes);
    await expect(page.getByTestId('basemap-file-error')).toHaveAttribute('data-reason', 'UNKNOWN_FORMAT');
    await expect(page.getByTestId('basemap-file-error')).toHaveText('No es un MBTiles, un PMTiles ni un GeoTIFF.');
    await page.keyboard.press('Escape');
    await expect(row).toHaveCount(1);
    expect(app.outsideRequests).toEqual([]);
  });

  test('risk layers stay above whichever basemap is chosen', async ({ page, app }) => {
    const mbtiles = test.info().outputPath('magenta.mbtiles');
    writeMbtiles(
      mbtiles,
      tilesOver(CAJAMARCA_BOX, 5, 8, () => solidPng(MBTILES_COLOUR)),
      { format: 'png' },
    );
    const pmtiles = test.info().outputPath('teal.pmtiles');
    fs.writeFileSync(
      pmtiles,
      writePmtiles(
        tilesOver(CAJAMARCA_BOX, 4, 8, () => solidPng(PMTILES_COLOUR)),
        { tileType: PMTILES_TILE_TYPE.png, minZoom: 4, maxZoom: 8, bounds: CAJAMARCA_BOX },
      ),
    );
    const first = await call(page.request, app.url, 'basemaps.add', { source: { path: mbtiles } });
    const second = await call(page.request, app.url, 'basemaps.add', { source: { path: pmtiles } });
    await call(page.request, app.url, 'basemaps.setActive', { id: first.id });
    // A "Media" susceptibility box around the view's centre, fully opaque: CENEPRED "Medio" is #fe9929.
    const hazard = test.info().outputPath('susceptibilidad.geojson');
    fs.writeFileSync(
      hazard,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { clase: 'Media' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [-78.55, -6.2],
                  [-78.35, -6.2],
                  [-78.35, -6.0],
                  [-78.55, -6.0],
                  [-78.55, -6.2],
                ],
              ],
            },
          },
        ],
      }),
    );
    await call(page.request, app.url, 'layers.add', {
      source: { path: hazard },
      meta: { name: 'Susceptibilidad', hazard: 'landslide', opacity: 1 },
      classField: 'clase',
      classMap: { Media: 'medio' },
    });
    await page.goto(`${app.url}#/mapa?view=${VIEW}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', READY);
    await expect(page.getByTestId('layer-row')).toHaveAttribute('data-map-status', 'ready', READY);
    await expect(page.getByTestId('basemap-panel')).toHaveAttribute('data-basemap-status', 'ready', READY);
    await expect.poll(() => centreColour(page)).toEqual([254, 153, 41]);
    await choose(page, '', second.id);
    await expect.poll(() => centreColour(page)).toEqual([254, 153, 41]);
    await shot(page, 'basemaps-under-risk-layer.png');
  });

  test('hillshade from a DEM layer shades the relief under the app layers', async ({ page, app }) => {
    // Ridges and valleys of ±1,200 m every ~10 km: slopes steep enough to shade.
    const dem = test.info().outputPath('dem_chota.tif');
    fs.writeFileSync(
      dem,
      writeGeoTiff({
        width: 120,
        height: 120,
        values: Array.from(
          { length: 14_400 },
          (_, i) => 2000 + 1200 * Math.sin((i % 120) / 3) * Math.cos(Math.floor(i / 120) / 4),
        ),
        originX: -78.75,
        originY: -5.85,
        pixelWidth: 0.005,
        pixelHeight: -0.005,
        epsg: 4326,
      }),
    );
    await call(page.request, app.url, 'layers.add', {
      source: { path: dem },
      meta: { name: 'DEM Chota', hazard: 'elevation', visible: false },
    });
    await page.goto(`${app.url}#/mapa?view=${VIEW}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', READY);
    const flat = await centreColour(page);
    await page.getByTestId('hillshade-toggle').check();
    await expect
      .poll(async () => (await call(page.request, app.url, 'basemaps.list', {})).hillshadeLayerId)
      .not.toBeNull();
    await expect.poll(async () => distance(await centreColour(page), flat), READY).toBeGreaterThan(15);
    await shot(page, 'basemaps-hillshade.png');
    await page.getByTestId('hillshade-toggle').uncheck();
    await expect.poll(async () => distance(await centreColour(page), flat)).toBeLessThan(4);
  });
});
