import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { RasterInfo } from '../../../shared/domain/layer.js';
import { rasterProjection } from './raster-projection.js';
import { validRange, type RasterGrid, type RasterGridHeader } from './raster-grid.js';

/**
 * A raster layer on disk, in `<dataDir>/layers/`:
 * - `<id>.tif`: the file as imported, byte for byte (exported as it came);
 * - `<id>.f32`: band 1 as Float32 little-endian, row-major, noData as NaN,
 *   read back into memory in one go without decoding;
 * - `<id>.grid.json`: the grid header and its RasterInfo. Written last, so a
 *   raster without it was never completely saved.
 */
export interface RasterPaths {
  tif: string;
  f32: string;
  grid: string;
}

/** What `<id>.grid.json` holds. */
interface GridFile extends RasterGridHeader {
  info: RasterInfo;
}

/** Points per grid edge when projecting the outline to WGS84: UTM edges are curves in lon/lat. */
const EDGE_POINTS = 32;

export function rasterPaths(dataDir: string, layerId: string): RasterPaths {
  const dir = path.join(dataDir, 'layers');
  return {
    tif: path.join(dir, `${layerId}.tif`),
    f32: path.join(dir, `${layerId}.f32`),
    grid: path.join(dir, `${layerId}.grid.json`),
  };
}

/** [west, south, east, north] of the grid in WGS84, from EDGE_POINTS points along each of its four edges. */
export function wgs84Bounds(
  grid: Pick<RasterGrid, 'width' | 'height' | 'geoTransform' | 'crsCode'>,
): [number, number, number, number] {
  const projection = rasterProjection(grid.crsCode);
  const [ox, pw, , oy, , ph] = grid.geoTransform;
  const ex = ox + grid.width * pw;
  const ey = oy + grid.height * ph;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number): void => {
    const [lon, lat] = projection.toLonLat(x, y);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  for (let k = 0; k <= EDGE_POINTS; k += 1) {
    const f = k / EDGE_POINTS;
    add(ox + (ex - ox) * f, oy);
    add(ox + (ex - ox) * f, ey);
    add(ox, oy + (ey - oy) * f);
    add(ex, oy + (ey - oy) * f);
  }
  return [west, south, east, north];
}

/** The RasterInfo a layer stores: size, WGS84 bounds, CRS, noData and the range of valid values. */
export function rasterInfo(grid: RasterGrid): RasterInfo {
  const range = validRange(grid.values);
  if (!range) throw new ApiError('VALIDATION', 'The raster has no valid value');
  const offEarth = new ApiError('FILE_UNREADABLE', 'The raster does not lie on the Earth: its georeference is wrong', {
    reason: 'GEOTIFF_NO_GEOREFERENCE',
  });
  let bounds: [number, number, number, number];
  try {
    bounds = wgs84Bounds(grid);
  } catch {
    // proj4 refuses coordinates it cannot place (infinite after a huge extent): the same answer.
    throw offEarth;
  }
  const [west, south, east, north] = bounds;
  // A georeference in the wrong units or damaged (degrees read as metres, 1e300) puts the grid off the Earth.
  if (!(west >= -180 && east <= 180 && south >= -90 && north <= 90 && west < east && south < north)) throw offEarth;
  return {
    width: grid.width,
    height: grid.height,
    bounds,
    crsCode: grid.crsCode,
    noData: grid.noData,
    min: range.min,
    max: range.max,
  };
}

const littleEndianHost = new Uint8Array(new Float32Array([1]).buffer)[3] === 0x3f;

function float32LittleEndian(values: Float32Array): Uint8Array {
  if (littleEndianHost) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i += 1) view.setFloat32(i * 4, values[i] as number, true);
  return out;
}

/** Writes to a temporary name and renames, so a crash never leaves a half-written file under the real name. */
function writeAtomic(file: string, data: Uint8Array | string): void {
  const temp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Stores a raster layer's files (see RasterPaths) and returns its RasterInfo. */
export function saveRasterFiles(
  dataDir: string,
  layerId: string,
  grid: RasterGrid,
  originalBytes: Uint8Array,
): RasterInfo {
  if (grid.values.length !== grid.width * grid.height) {
    throw new ApiError('VALIDATION', `Expected ${grid.width * grid.height} values, got ${grid.values.length}`);
  }
  const info = rasterInfo(grid);
  const paths = rasterPaths(dataDir, layerId);
  fs.mkdirSync(path.dirname(paths.grid), { recursive: true });
  writeAtomic(paths.tif, originalBytes);
  writeAtomic(paths.f32, float32LittleEndian(grid.values));
  const header: GridFile = {
    width: grid.width,
    height: grid.height,
    geoTransform: grid.geoTransform,
    crsCode: grid.crsCode,
    noData: grid.noData,
    info,
  };
  writeAtomic(paths.grid, JSON.stringify(header, null, 2));
  return info;
}

/** Deletes a raster layer's files; missing files are fine (the header goes first, so a half-deleted raster is unused). */
export function removeRasterFiles(dataDir: string, layerId: string): void {
  const paths = rasterPaths(dataDir, layerId);
  for (const file of [paths.grid, paths.f32, paths.tif]) fs.rmSync(file, { force: true });
}

/** Reads a saved raster back: its grid (values from `.f32`) and its RasterInfo. NOT_FOUND when it was never saved. */
export function loadRasterFiles(dataDir: string, layerId: string): { grid: RasterGrid; info: RasterInfo } {
  const paths = rasterPaths(dataDir, layerId);
  let header: GridFile;
  let bytes: Buffer;
  try {
    header = JSON.parse(fs.readFileSync(paths.grid, 'utf8')) as GridFile;
    bytes = fs.readFileSync(paths.f32);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ApiError('NOT_FOUND', `Raster files of layer ${layerId} not found`, { layerId });
    }
    throw error;
  }
  const count = header.width * header.height;
  if (bytes.length !== count * 4) {
    throw new ApiError('INTERNAL', `${paths.f32} holds ${bytes.length} bytes, expected ${count * 4}`);
  }
  const values = new Float32Array(count);
  if (littleEndianHost) new Uint8Array(values.buffer).set(bytes);
  else for (let i = 0; i < count; i += 1) values[i] = bytes.readFloatLE(i * 4);
  const grid: RasterGrid = {
    width: header.width,
    height: header.height,
    values,
    geoTransform: header.geoTransform,
    crsCode: header.crsCode,
    noData: header.noData,
  };
  return { grid, info: header.info };
}
