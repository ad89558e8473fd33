/** Largest error the interpolated lattice may make, in pixels (GDAL's approximate transformer allows 0.125). */
export const MAX_LATTICE_ERROR_PX = 0.001;
const FIRST_CELLS = 128;
/** 513² nodes: ~0.3 s of proj4 at worst, once per raster loaded. */
const MAX_CELLS = 512;
/** The lattice reaches this share of the bounds beyond each side, so plots on the raster's edge stay on it. */
const MARGIN = 0.05;

/**
 * lon/lat → fractional pixel position for a projected raster, without proj4
 * on the hot path. proj4 costs ~1 µs a point (UTM; more with PSAD56's datum
 * shift), which made 100,000 plots spend most of their time projecting
 * vertices. Exact transforms are taken once on a regular lon/lat lattice over
 * the raster's bounds; points in between are interpolated bilinearly. The
 * lattice is refined until the error measured at every cell's centre is
 * below MAX_LATTICE_ERROR_PX (a UTM → lon/lat mapping is smooth: 128 cells
 * over 150 km already err by micrometres). Points off the lattice, and all
 * points when no lattice is accurate enough, go through proj4.
 */
export class PixelLattice {
  readonly cells: number;
  /** Largest error measured at cell centres, in pixels. */
  readonly maxErrorPx: number;
  /** False when even MAX_CELLS cells err more than allowed: then every point goes through proj4. */
  readonly accurate: boolean;
  private readonly lon0: number;
  private readonly lat0: number;
  private readonly lonsPerCell: number;
  private readonly latsPerCell: number;
  private readonly cols: Float64Array;
  private readonly rows: Float64Array;

  constructor(
    private readonly exact: (lon: number, lat: number) => [number, number],
    bounds: readonly [number, number, number, number],
  ) {
    const [west, south, east, north] = bounds;
    const marginLon = (east - west) * MARGIN;
    const marginLat = (north - south) * MARGIN;
    this.lon0 = west - marginLon;
    this.lat0 = south - marginLat;
    const spanLon = east - west + 2 * marginLon;
    const spanLat = north - south + 2 * marginLat;
    let cells = FIRST_CELLS;
    for (;;) {
      this.lonsPerCell = spanLon / cells;
      this.latsPerCell = spanLat / cells;
      [this.cols, this.rows] = this.nodes(cells);
      this.cells = cells;
      this.maxErrorPx = this.measureError();
      if (this.maxErrorPx <= MAX_LATTICE_ERROR_PX || cells >= MAX_CELLS) break;
      cells *= 2;
    }
    this.accurate = this.maxErrorPx <= MAX_LATTICE_ERROR_PX;
  }

  private nodes(cells: number): [Float64Array, Float64Array] {
    const n = cells + 1;
    const cols = new Float64Array(n * n);
    const rows = new Float64Array(n * n);
    for (let j = 0; j < n; j += 1) {
      for (let i = 0; i < n; i += 1) {
        const [c, r] = this.exact(this.lon0 + i * this.lonsPerCell, this.lat0 + j * this.latsPerCell);
        cols[j * n + i] = c;
        rows[j * n + i] = r;
      }
    }
    return [cols, rows];
  }

  private measureError(): number {
    const out = new Float64Array(2);
    let worst = 0;
    for (let j = 0; j < this.cells; j += 1) {
      for (let i = 0; i < this.cells; i += 1) {
        const lon = this.lon0 + (i + 0.5) * this.lonsPerCell;
        const lat = this.lat0 + (j + 0.5) * this.latsPerCell;
        const [c, r] = this.exact(lon, lat);
        this.toPixel(lon, lat, out);
        worst = Math.max(worst, Math.abs(c - (out[0] as number)), Math.abs(r - (out[1] as number)));
      }
    }
    return worst;
  }

  /** Writes the fractional (col, row) of [lon, lat] into out[0], out[1]. */
  toPixel(lon: number, lat: number, out: Float64Array): void {
    const u = (lon - this.lon0) / this.lonsPerCell;
    const v = (lat - this.lat0) / this.latsPerCell;
    const i = Math.floor(u);
    const j = Math.floor(v);
    if (!(i >= 0 && j >= 0 && i < this.cells && j < this.cells) || this.accurate === false) {
      const [c, r] = this.exact(lon, lat);
      out[0] = c;
      out[1] = r;
      return;
    }
    const fx = u - i;
    const fy = v - j;
    const n = this.cells + 1;
    const a = j * n + i;
    const c = a + n;
    const cols = this.cols;
    const rows = this.rows;
    const colBelow = (cols[a] as number) + ((cols[a + 1] as number) - (cols[a] as number)) * fx;
    const colAbove = (cols[c] as number) + ((cols[c + 1] as number) - (cols[c] as number)) * fx;
    out[0] = colBelow + (colAbove - colBelow) * fy;
    const rowBelow = (rows[a] as number) + ((rows[a + 1] as number) - (rows[a] as number)) * fx;
    const rowAbove = (rows[c] as number) + ((rows[c + 1] as number) - (rows[c] as number)) * fx;
    out[1] = rowBelow + (rowAbove - rowBelow) * fy;
  }
}
