import type { Position } from 'geojson';
import type { RasterInfo } from '../../../shared/domain/layer.js';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import { PixelLattice } from './pixel-lattice.js';
import { loadRasterFiles } from './raster-files.js';
import type { RasterGrid } from './raster-grid.js';
import { rasterProjection, type RasterProjection } from './raster-projection.js';
import { pixelSizesM, slopePctAt, type PixelSizes } from './slope.js';
import { PixelRings, ZonalScratch, scanRings, type ZonalStats } from './zonal-stats.js';

/**
 * One raster in memory, answering per-plot questions. Plots come in WGS84
 * lon/lat; each vertex goes to pixel space directly (lon/lat rasters, with
 * the precomputed inverse geotransform) or through a PixelLattice of exact
 * proj4 transforms (projected rasters). Not re-entrant: zonalStats reuses
 * its buffers from call to call (Node runs it on one thread).
 */
export class RasterReader {
  readonly grid: RasterGrid;
  readonly info: RasterInfo;
  readonly projection: RasterProjection;
  private readonly x0: number;
  private readonly y0: number;
  private readonly colsPerUnit: number;
  private readonly rowsPerUnit: number;
  private sizes: PixelSizes | null = null;
  private lattice: PixelLattice | null = null;
  private readonly rings = new PixelRings();
  private readonly scratch = new ZonalScratch();
  private readonly pixel = new Float64Array(2);

  constructor(grid: RasterGrid, info: RasterInfo) {
    this.grid = grid;
    this.info = info;
    this.projection = rasterProjection(grid.crsCode);
    const [ox, pw, , oy, , ph] = grid.geoTransform;
    this.x0 = ox;
    this.y0 = oy;
    this.colsPerUnit = 1 / pw;
    this.rowsPerUnit = 1 / ph;
  }

  /** Fractional pixel position of a lon/lat through proj4: pixel (c, r) spans [c, c + 1) × [r, r + 1). */
  exactPixelOf(lon: number, lat: number): [number, number] {
    const [x, y] = this.projection.fromLonLat(lon, lat);
    return [(x - this.x0) * this.colsPerUnit, (y - this.y0) * this.rowsPerUnit];
  }

  /**
   * Fractional pixel position of a lon/lat into out[0], out[1]: direct for
   * lon/lat rasters, through a PixelLattice (error < 0.001 px, built on first
   * use) for projected ones.
   */
  toPixel(lon: number, lat: number, out: Float64Array): void {
    if (this.projection.geographic) {
      out[0] = (lon - this.x0) * this.colsPerUnit;
      out[1] = (lat - this.y0) * this.rowsPerUnit;
      return;
    }
    this.lattice ??= new PixelLattice((x, y) => this.exactPixelOf(x, y), this.info.bounds);
    this.lattice.toPixel(lon, lat, out);
  }

  /** Fractional pixel position of a lon/lat (see toPixel). */
  pixelOf(lon: number, lat: number): [number, number] {
    this.toPixel(lon, lat, this.pixel);
    return [this.pixel[0] as number, this.pixel[1] as number];
  }

  /** Value of the pixel holding the fractional pixel position; null outside the raster or on noData. */
  private valueAtPixel(px: number, py: number): number | null {
    const col = Math.floor(px);
    const row = Math.floor(py);
    if (!(col >= 0 && row >= 0 && col < this.grid.width && row < this.grid.height)) return null;
    const v = this.grid.values[row * this.grid.width + col] as number;
    return Number.isNaN(v) ? null : v;
  }

  /** The value of the pixel under [lon, lat] (nearest pixel: the one containing it); null outside or noData. */
  valueAt(lon: number, lat: number): number | null {
    const [px, py] = this.pixelOf(lon, lat);
    return this.valueAtPixel(px, py);
  }

  private pixelSizes(): PixelSizes {
    this.sizes ??= pixelSizesM(this.grid, this.projection.geographic);
    return this.sizes;
  }

  /**
   * Mean/min/max of the pixels whose centre lies inside the plot (noData left
   * out; `pixelCount` counts the valid ones) and, with `slope`, their mean
   * Horn slope in percent. A point, or a plot too small to hold a pixel
   * centre, takes the value of the pixel under its centroid (pixelCount 0).
   * Null when the plot lies outside the raster or over noData only.
   */
  zonalStats(geometry: PlotGeometry, opts: { slope: boolean }): ZonalStats | null {
    const sizes = opts.slope ? this.pixelSizes() : null;
    let px: number;
    let py: number;
    if (geometry.type === 'Point') {
      [px, py] = this.pixelOf(geometry.coordinates[0] as number, geometry.coordinates[1] as number);
    } else {
      const rings = this.rings;
      rings.reset();
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (const polygon of polygons) {
        for (let k = 0; k < polygon.length; k += 1) {
          for (const position of polygon[k] as Position[]) {
            this.toPixel(position[0] as number, position[1] as number, this.pixel);
            rings.push(this.pixel[0] as number, this.pixel[1] as number);
          }
          rings.endRing(k === 0);
        }
      }
      const acc = this.scratch;
      acc.reset();
      scanRings(this.grid, rings, acc, sizes);
      if (acc.count > 0) {
        return {
          mean: acc.sum / acc.count,
          min: acc.min,
          max: acc.max,
          pixelCount: acc.count,
          slopePct: acc.slopeCount > 0 ? acc.slopeSum / acc.slopeCount : null,
        };
      }
      // Pixel centres inside, all noData: the plot lies over noData.
      if (acc.inside > 0) return null;
      [px, py] = rings.centroid();
    }
    const value = this.valueAtPixel(px, py);
    if (value === null) return null;
    const slope = sizes ? slopePctAt(this.grid, sizes, Math.floor(px), Math.floor(py)) : Number.NaN;
    return { mean: value, min: value, max: value, pixelCount: 0, slopePct: Number.isNaN(slope) ? null : slope };
  }
}

/** Loads a saved raster into memory (prefer `openRaster`, which keeps the last few loaded). */
export function loadRasterReader(dataDir: string, layerId: string): RasterReader {
  const { grid, info } = loadRasterFiles(dataDir, layerId);
  return new RasterReader(grid, info);
}
