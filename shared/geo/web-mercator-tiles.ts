/**
 * The XYZ tile grid of Web Mercator (EPSG:3857) that MapLibre, MBTiles and
 * PMTiles share: zoom z has 2^z × 2^z tiles, x east from 180° W, y south from
 * the top (MBTiles stores y counted from the bottom: TMS, see `tmsRow`).
 * Formulas: OpenStreetMap wiki, "Slippy map tilenames".
 */

/** The latitude where Web Mercator's square world ends: atan(sinh(π)) in degrees. */
export const MAX_MERCATOR_LAT = 85.0511287798066;

/** Ground size of one pixel of a 256 px tile at zoom 0 on the equator: 2π × 6,378,137 m / 256 (EPSG:3857). */
export const METRES_PER_PIXEL_Z0 = 156_543.033_928_041;

export const tilesAt = (z: number): number => 2 ** z;

/** Fractional tile x of a longitude at zoom z. */
export const tileXOf = (lon: number, z: number): number => ((lon + 180) / 360) * tilesAt(z);

/** Fractional tile y of a latitude at zoom z (clamped to the Mercator square). */
export function tileYOf(lat: number, z: number): number {
  const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
  const rad = (clamped * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * tilesAt(z);
}

/** Longitude of a fractional tile x at zoom z. */
export const lonOfTileX = (x: number, z: number): number => (x / tilesAt(z)) * 360 - 180;

/** Latitude of a fractional tile y at zoom z. */
export const latOfTileY = (y: number, z: number): number =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / tilesAt(z)))) * 180) / Math.PI;

/** MBTiles 1.3 stores rows in the TMS scheme (0 at the bottom): the row for an XYZ y, and back (its own inverse). */
export const tmsRow = (y: number, z: number): number => tilesAt(z) - 1 - y;

/** Ground metres of one 256-px-tile pixel at a latitude and zoom. */
export const metresPerPixel = (lat: number, z: number): number =>
  (METRES_PER_PIXEL_Z0 * Math.cos((lat * Math.PI) / 180)) / tilesAt(z);

export interface TileRange {
  z: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The tiles at zoom z that a [west, south, east, north] box touches (inclusive). */
export function tileRangeOf(bounds: readonly [number, number, number, number], z: number): TileRange {
  const [west, south, east, north] = bounds;
  const last = tilesAt(z) - 1;
  const clampTile = (t: number) => Math.max(0, Math.min(last, Math.floor(t)));
  // An edge exactly on a tile boundary belongs to the tile before it (east/south edges are exclusive).
  const edge = (t: number) => (Number.isInteger(t) && t > 0 ? t - 1 : t);
  return {
    z,
    minX: clampTile(tileXOf(west, z)),
    maxX: clampTile(edge(tileXOf(east, z))),
    minY: clampTile(tileYOf(north, z)),
    maxY: clampTile(edge(tileYOf(south, z))),
  };
}

/** Number of tiles in a range. */
export const tileCountOf = (range: TileRange): number => (range.maxX - range.minX + 1) * (range.maxY - range.minY + 1);

/** [west, south, east, north] of one tile. */
export function boundsOfTile(z: number, x: number, y: number): [number, number, number, number] {
  return [lonOfTileX(x, z), latOfTileY(y + 1, z), lonOfTileX(x + 1, z), latOfTileY(y, z)];
}

/** True when x and y name a tile of zoom z. */
export const isTileOf = (z: number, x: number, y: number): boolean =>
  Number.isInteger(z) &&
  z >= 0 &&
  z <= 30 &&
  Number.isInteger(x) &&
  Number.isInteger(y) &&
  x >= 0 &&
  y >= 0 &&
  x < tilesAt(z) &&
  y < tilesAt(z);

/**
 * The zoom whose 256-px tiles have pixels closest (in log2) to a lon/lat
 * raster's own: 360° / 256 px at zoom 0, halved at each zoom. A 1″ (30 m)
 * DEM gives 12.
 */
export const zoomForDegreesPerPixel = (degreesPerPixel: number): number =>
  Math.max(0, Math.min(22, Math.round(Math.log2(360 / 256 / degreesPerPixel))));
