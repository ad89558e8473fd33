import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CAJAMARCA_TOWNS } from '../../shared/geo/cajamarca-towns.js';
import { expect, test } from './fixtures.js';

/** The map draws in WebGL on a software renderer: slow on a loaded machine. */
const READY = { timeout: 30_000 };

/** Screenshots for a person to look at; kept out of the repository. */
const SHOTS = process.env.CAFETAL_SHOTS_DIR ?? null;
const shotPath = (name: string) => (SHOTS ? `${SHOTS}/${name}` : test.info().outputPath(name));

type Rgb = readonly [number, number, number];
/** Label colours of the base style (renderer/features/map/basemap/label-layers.ts) and the sprite's dot. */
const TOWN_TEXT: Rgb = [0x2b, 0x24, 0x20];
const PERU_TEXT: Rgb = [0x2e, 0x6b, 0x3f];
const OCEAN_TEXT: Rgb = [0x46, 0x68, 0x7c];
const DOT: Rgb = [74, 46, 32];

/**
 * Screen offset of (lon, lat) from the map's centre, in CSS pixels: Web
 * Mercator with MapLibre's 512 px world at zoom 0 (so 512·2^z px around the
 * equator).
 */
function offsetPx(lon: number, lat: number, centre: readonly [number, number], zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const y = (latDeg: number) => (world * Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360))) / (2 * Math.PI);
  return [((lon - centre[0]) / 360) * world, y(centre[1]) - y(lat)];
}

/** Pixels within `tolerance` (per channel) of `colour` inside a box around (cx, cy), optionally leaving a hole. */
function countNear(
  png: PNG,
  colour: Rgb,
  cx: number,
  cy: number,
  halfW: number,
  halfH: number,
  hole = 0,
  tolerance = 24,
) {
  let count = 0;
  for (let y = Math.max(0, Math.round(cy - halfH)); y < Math.min(png.height, cy + halfH); y++) {
    for (let x = Math.max(0, Math.round(cx - halfW)); x < Math.min(png.width, cx + halfW); x++) {
      if (Math.abs(x - cx) < hole && Math.abs(y - cy) < hole) continue;
      const o = (y * png.width + x) * 4;
      const d = Math.max(...colour.map((c, i) => Math.abs((png.data[o + i] ?? 0) - c)));
      if (d <= tolerance) count++;
    }
  }
  return count;
}

async function openAt(page: Page, url: string, lon: number, lat: number, zoom: number): Promise<Locator> {
  await page.goto(`${url}#/mapa?view=${lon},${lat},${zoom}`);
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-map-ready', 'true', READY);
  return map;
}

const mapImage = async (map: Locator): Promise<PNG> => PNG.sync.read(await map.screenshot());

test.describe('base map: shipped glyphs, sprite and labels', () => {
  // A larger window than the default 1280×800, so Jaén and San Ignacio both fit on the map at zoom 9
  // clear of the overlays along its edges (coordinates readout, zoom buttons).
  test.use({ viewport: { width: 1600, height: 1200 } });

  test('labels Peru, the Pacific and the coffee towns from the app’s own glyphs and sprite', async ({ page, app }) => {
    const assets: { path: string; status: number }[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (/^\/(glyphs|sprites)\//.test(pathname))
        assets.push({ path: decodeURIComponent(pathname), status: response.status() });
    });
    // `connect-src 'self'` must let the glyph and sprite fetches through: any refusal is recorded here.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const glyphWarnings: string[] = [];
    page.on('console', (message) => {
      if (/glyph|sprite|image .* could not be loaded/i.test(message.text())) glyphWarnings.push(message.text());
    });

    // Zoom 5: Peru and its neighbours. Peru's name and the ocean's are drawn in their own colours.
    const peru = [-78, -8] as const;
    let map = await openAt(page, app.url, peru[0], peru[1], 5);
    const peruLabel = offsetPx(-74.6, -9.6, peru, 5);
    const oceanLabel = offsetPx(-82.5, -8.5, peru, 5);
    await expect
      .poll(async () => {
        const png = await mapImage(map);
        const [cx, cy] = [png.width / 2, png.height / 2];
        return [
          countNear(png, PERU_TEXT, cx + peruLabel[0], cy + peruLabel[1], 50, 14, 0, 16) > 25,
          countNear(png, OCEAN_TEXT, cx + oceanLabel[0], cy + oceanLabel[1], 60, 24, 0, 16) > 25,
        ];
      }, READY)
      .toEqual([true, true]);
    await page.screenshot({ path: shotPath('basemap-z5-peru.png') });

    // Zoom 9 between Jaén and San Ignacio: both towns show their dot and their name.
    const north = [-78.9, -5.43] as const;
    map = await openAt(page, app.url, north[0], north[1], 9);
    const towns = ['jaen', 'san-ignacio'].map((id) => {
      const town = CAJAMARCA_TOWNS.find((t) => t.id === id);
      if (!town) throw new Error(id);
      return { id, at: offsetPx(town.lon, town.lat, north, 9) };
    });
    try {
      await expect
        .poll(async () => {
          const png = await mapImage(map);
          const [cx, cy] = [png.width / 2, png.height / 2];
          return towns.map(({ id, at: [dx, dy] }) => ({
            id,
            dot: countNear(png, DOT, cx + dx, cy + dy, 4, 4) >= 9,
            // The name sits left, right, above or below the dot: dark text pixels around it, the dot left out.
            name: countNear(png, TOWN_TEXT, cx + dx, cy + dy, 120, 30, 8, 60) > 20,
          }));
        }, READY)
        .toEqual(towns.map(({ id }) => ({ id, dot: true, name: true })));
    } finally {
      await page.screenshot({ path: shotPath('basemap-z9-jaen-san-ignacio.png') });
    }

    expect(assets.map((a) => a.path)).toContain('/glyphs/Noto Sans Regular/0-255.pbf');
    expect(assets.map((a) => a.path)).toContain('/sprites/cafetal.png');
    expect(assets.filter((a) => a.status !== 200)).toEqual([]);
    expect(glyphWarnings).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });
});
