import { PNG } from 'pngjs';
import { ApiError } from '../../../shared/api/errors.js';
import { boundsOfTile, latOfTileY, lonOfTileX } from '../../../shared/geo/web-mercator-tiles.js';
import type { CoreContext } from '../api/core-context.js';
import type { RasterReader } from '../raster/raster-reader.js';
import { stmt } from '../store/statements.js';

export const DEM_TILE_PX = 256;

/**
 * Terrarium elevation encoding (Mapzen/Tilezen "terrarium" tiles, what
 * MapLibre's `raster-dem` reads with `encoding: 'terrarium'`):
 * metres = R × 256 + G + B / 256 − 32768, so 1/256 m steps from −32768 m.
 */
export function encodeTerrarium(metres: number, out: Uint8Array, at: number): void {
  const v = Math.max(0, Math.min(65535 + 255 / 256, metres + 32768));
  const whole = Math.floor(v);
  out[at] = Math.floor(whole / 256);
  out[at + 1] = whole % 256;
  out[at + 2] = Math.floor((v - whole) * 256);
}

export const decodeTerrarium = (r: number, g: number, b: number): number => r * 256 + g + b / 256 - 32768;

/**
 * The height given where the DEM has none (beyond its edge, noData): one
 * flat value, halfway between its lowest and highest, so MapLibre shades
 * nothing there but a thin line where the DEM ends. (Repeating the edge's
 * heights outwards drew long stripes of shading across the map.)
 */
const fillHeight = (reader: RasterReader): number => (reader.info.min + reader.info.max) / 2;

/**
 * Height at a fractional pixel position: bilinear between the four nearest
 * pixel centres (clamped into the grid within half a pixel of the edge),
 * noData neighbours left out; `fillHeight` outside the grid or over noData.
 */
function heightAt(reader: RasterReader, px: number, py: number): number {
  const { width, height, values } = reader.grid;
  if (!(px >= 0 && py >= 0 && px <= width && py <= height)) return fillHeight(reader);
  const u = Math.max(0, Math.min(width - 1, px - 0.5));
  const v = Math.max(0, Math.min(height - 1, py - 0.5));
  const c0 = Math.floor(u);
  const r0 = Math.floor(v);
  const c1 = Math.min(c0 + 1, width - 1);
  const r1 = Math.min(r0 + 1, height - 1);
  const fx = u - c0;
  const fy = v - r0;
  let sum = 0;
  let weight = 0;
  const add = (c: number, r: number, w: number) => {
    const value = values[r * width + c] as number;
    if (value === value && w > 0) {
      sum += value * w;
      weight += w;
    }
  };
  add(c0, r0, (1 - fx) * (1 - fy));
  add(c1, r0, fx * (1 - fy));
  add(c0, r1, (1 - fx) * fy);
  add(c1, r1, fx * fy);
  return weight > 0 ? sum / weight : fillHeight(reader);
}

/** The reader of an elevation raster layer; NOT_FOUND for anything else. */
function demReader(ctx: CoreContext, layerId: string): RasterReader {
  const row = stmt(ctx.db, 'SELECT kind, hazard FROM layers WHERE id = ? AND deleted_at IS NULL').get(layerId) as
    { kind: string; hazard: string } | undefined;
  if (row?.kind !== 'raster' || row.hazard !== 'elevation') {
    throw new ApiError('NOT_FOUND', 'No such elevation layer.', { entity: 'layer', id: layerId });
  }
  return ctx.rasters.open(ctx.dataDir, layerId);
}

/**
 * A Terrarium-encoded PNG of tile (z, x, y) of an elevation layer, made on
 * the fly from its grid (kept in the raster cache). Null when the tile does
 * not touch the DEM. Pixels beyond the DEM are flat (`fillHeight`).
 */
export function demTerrariumTile(ctx: CoreContext, layerId: string, z: number, x: number, y: number): Buffer | null {
  const reader = demReader(ctx, layerId);
  const [west, south, east, north] = reader.info.bounds;
  const [tw, ts, te, tn] = boundsOfTile(z, x, y);
  if (tw >= east || te <= west || ts >= north || tn <= south) return null;
  const n = DEM_TILE_PX;
  const png = new PNG({ width: n, height: n, colorType: 2, inputHasAlpha: false });
  const rgb = new Uint8Array(n * n * 3);
  const out = new Float64Array(2);
  const outside = fillHeight(reader);
  for (let j = 0; j < n; j += 1) {
    const lat = latOfTileY(y + (j + 0.5) / n, z);
    for (let i = 0; i < n; i += 1) {
      const lon = lonOfTileX(x + (i + 0.5) / n, z);
      const at = (j * n + i) * 3;
      // Outside the DEM's WGS84 box: flat, and never through proj4 (a projected DEM's lattice covers only the box).
      if (lon < west || lon > east || lat < south || lat > north) {
        encodeTerrarium(outside, rgb, at);
        continue;
      }
      reader.toPixel(lon, lat, out);
      encodeTerrarium(heightAt(reader, out[0] as number, out[1] as number), rgb, at);
    }
  }
  png.data = Buffer.from(rgb.buffer);
  return PNG.sync.write(png, { colorType: 2, inputColorType: 2, inputHasAlpha: false, filterType: 4, deflateLevel: 6 });
}
