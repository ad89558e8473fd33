import { latOfTileY, lonOfTileX } from '../../../shared/geo/web-mercator-tiles.js';
import { PixelLattice } from '../raster/pixel-lattice.js';
import { isSeparable } from './imagery-projection.js';
import type { ImageryPixels } from './read-imagery.js';

export const TILE_PX = 256;

/**
 * Where each pixel of a Web Mercator tile falls in the image, and the
 * image's colour there. Pixel centres go to fractional image (col, row):
 * separably for lon/lat and Web Mercator imagery (a tile column is one
 * longitude, a row one latitude), through a PixelLattice of exact proj4
 * transforms for UTM. Colours are bilinear between the four nearest image
 * pixels, with alpha premultiplied so transparent pixels do not darken edges.
 */
export class ImagerySampler {
  private readonly lattice: PixelLattice | null;
  private readonly cols = new Float64Array(TILE_PX * TILE_PX);
  private readonly rows = new Float64Array(TILE_PX * TILE_PX);
  private readonly out = new Float64Array(2);

  constructor(private readonly imagery: ImageryPixels) {
    this.lattice = isSeparable(imagery.projection)
      ? null
      : new PixelLattice((lon, lat) => this.exactPixelOf(lon, lat), imagery.bounds);
  }

  private exactPixelOf(lon: number, lat: number): [number, number] {
    const [ox, pw, , oy, , ph] = this.imagery.geoTransform;
    const [x, y] = this.imagery.projection.fromLonLat(lon, lat);
    return [(x - ox) / pw, (y - oy) / ph];
  }

  /** Fills `cols`/`rows` with the image position of every pixel centre of tile (z, x, y). */
  private place(z: number, x: number, y: number): void {
    const n = TILE_PX;
    const lonAt = (i: number) => lonOfTileX(x + (i + 0.5) / n, z);
    const latAt = (j: number) => latOfTileY(y + (j + 0.5) / n, z);
    if (!this.lattice) {
      const colOf = new Float64Array(n);
      for (let i = 0; i < n; i += 1) colOf[i] = this.exactPixelOf(lonAt(i), 0)[0];
      for (let j = 0; j < n; j += 1) {
        const row = this.exactPixelOf(lonAt(0), latAt(j))[1];
        for (let i = 0; i < n; i += 1) {
          this.cols[j * n + i] = colOf[i] as number;
          this.rows[j * n + i] = row;
        }
      }
      return;
    }
    for (let j = 0; j < n; j += 1) {
      const lat = latAt(j);
      for (let i = 0; i < n; i += 1) {
        this.lattice.toPixel(lonAt(i), lat, this.out);
        this.cols[j * n + i] = this.out[0] as number;
        this.rows[j * n + i] = this.out[1] as number;
      }
    }
  }

  /** The tile's RGBA pixels; null when not one of them touches the image. */
  tile(z: number, x: number, y: number): Uint8Array | null {
    this.place(z, x, y);
    const { width, height, rgba: src } = this.imagery;
    const out = new Uint8Array(TILE_PX * TILE_PX * 4);
    let any = false;
    for (let p = 0; p < TILE_PX * TILE_PX; p += 1) {
      // Bilinear between pixel centres: centre of (c, r) is (c + 0.5, r + 0.5).
      const u = (this.cols[p] as number) - 0.5;
      const v = (this.rows[p] as number) - 0.5;
      const c0 = Math.floor(u);
      const r0 = Math.floor(v);
      if (c0 < -1 || r0 < -1 || c0 >= width || r0 >= height) continue;
      const fx = u - c0;
      const fy = v - r0;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let k = 0; k < 4; k += 1) {
        const c = c0 + (k & 1);
        const row = r0 + (k >> 1);
        if (c < 0 || row < 0 || c >= width || row >= height) continue;
        const w = ((k & 1) === 1 ? fx : 1 - fx) * (k >> 1 === 1 ? fy : 1 - fy);
        const s = (row * width + c) * 4;
        const wa = w * (src[s + 3] as number);
        r += (src[s] as number) * wa;
        g += (src[s + 1] as number) * wa;
        b += (src[s + 2] as number) * wa;
        a += wa;
      }
      if (a < 0.5) continue;
      const o = p * 4;
      out[o] = Math.round(r / a);
      out[o + 1] = Math.round(g / a);
      out[o + 2] = Math.round(b / a);
      out[o + 3] = Math.round(a);
      any = true;
    }
    return any ? out : null;
  }
}

/**
 * A parent tile from its four children (top-left, top-right, bottom-left,
 * bottom-right; null for none): each output pixel the alpha-weighted mean of
 * a 2 × 2 block, as `gdaladdo -r average` does. Null when all are null.
 */
export function downsampleChildren(children: readonly (Uint8Array | null)[]): Uint8Array | null {
  if (children.every((c) => c === null)) return null;
  const n = TILE_PX;
  const half = n / 2;
  const out = new Uint8Array(n * n * 4);
  for (let q = 0; q < 4; q += 1) {
    const child = children[q];
    if (!child) continue;
    const offsetX = (q & 1) * half;
    const offsetY = (q >> 1) * half;
    for (let j = 0; j < half; j += 1) {
      for (let i = 0; i < half; i += 1) {
        let r = 0;
        let g = 0;
        let b = 0;
        let a = 0;
        for (let k = 0; k < 4; k += 1) {
          const s = ((2 * j + (k >> 1)) * n + 2 * i + (k & 1)) * 4;
          const alpha = child[s + 3] as number;
          r += (child[s] as number) * alpha;
          g += (child[s + 1] as number) * alpha;
          b += (child[s + 2] as number) * alpha;
          a += alpha;
        }
        if (a === 0) continue;
        const o = ((offsetY + j) * n + offsetX + i) * 4;
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round(a / 4);
      }
    }
  }
  return out;
}
