import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.js';
import { readGeoTiff } from '../../../electron/core/raster/read-geotiff.js';
import { planeValues, writeGeoTiff } from '../../helpers/geotiff.js';
import { tempDir } from '../../helpers/temp-dir.js';

const hasGdal = (() => {
  try {
    execFileSync('gdalinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const utmPlane = (extra: Partial<Parameters<typeof writeGeoTiff>[0]> = {}) =>
  writeGeoTiff({
    width: 6,
    height: 4,
    values: planeValues(6, 4, 30, 1000, 0.2),
    originX: 750_000,
    originY: 9_300_000,
    pixelWidth: 30,
    pixelHeight: -30,
    epsg: 32717,
    ...extra,
  });

async function refusal(bytes: Uint8Array): Promise<{ code: string; details: Record<string, unknown> }> {
  try {
    await readGeoTiff(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return { code: (error as ApiError).code, details: (error as ApiError).details as Record<string, unknown> };
  }
  throw new Error('expected a refusal');
}

/** Sets a SHORT tag's value in the first IFD of a big-endian TIFF (geotiff.js writes "MM"). */
function patchShortTag(bytes: Uint8Array, tag: number, value: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const ifd = view.getUint32(4);
  const count = view.getUint16(ifd);
  for (let k = 0; k < count; k += 1) {
    const entry = ifd + 2 + k * 12;
    if (view.getUint16(entry) === tag) {
      view.setUint16(entry + 8, value);
      return out;
    }
  }
  throw new Error(`tag ${tag} not found`);
}

describe('readGeoTiff', () => {
  it('reads a UTM 17S Float32 GeoTIFF: size, geotransform, CRS and values', async () => {
    const grid = await readGeoTiff(utmPlane());
    expect(grid).toMatchObject({ width: 6, height: 4, crsCode: 32717, noData: null });
    expect(grid.geoTransform).toEqual([750_000, 30, 0, 9_300_000, 0, -30]);
    // z = 1000 + 0.2 · (x − 750,000) at pixel centres: column 0 → 1003, column 5 → 1033.
    expect(grid.values[0]).toBeCloseTo(1003, 4);
    expect(grid.values[5]).toBeCloseTo(1033, 4);
    expect(grid.values[3 * 6 + 2]).toBeCloseTo(1015, 4);
  });

  it('turns the GDAL_NODATA value (and NaN) into NaN and reports the declared value', async () => {
    const values = [1, -9999, 3, Number.NaN, 5, 6];
    const grid = await readGeoTiff(
      writeGeoTiff({
        width: 3,
        height: 2,
        values,
        originX: -79,
        originY: -5,
        pixelWidth: 0.01,
        pixelHeight: -0.01,
        epsg: 4326,
        noData: -9999,
      }),
    );
    expect(grid.noData).toBe(-9999);
    expect(grid.crsCode).toBe(4326);
    expect(Array.from(grid.values)).toEqual([1, Number.NaN, 3, Number.NaN, 5, 6]);
  });

  it('reads band 1 of a raster whose band 2 is alpha, alpha 0 becoming noData', async () => {
    const grid = await readGeoTiff(
      utmPlane({ width: 2, height: 1, values: [10, 255, 20, 0], bands: 2, extraSamples: [2] }),
    );
    expect(Array.from(grid.values)).toEqual([10, Number.NaN]);
  });

  it('refuses what is not a GeoTIFF, with its reason', async () => {
    expect(await refusal(new Uint8Array())).toMatchObject({
      code: 'FILE_UNREADABLE',
      details: { reason: 'EMPTY_FILE' },
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(await refusal(png)).toMatchObject({ code: 'FILE_UNREADABLE', details: { reason: 'NOT_GEOTIFF' } });
    const cut = utmPlane().slice(0, 6);
    expect((await refusal(cut)).details.reason).toBe('NOT_GEOTIFF');
  });

  it('refuses a multi-band raster, saying how many bands', async () => {
    const rgb = utmPlane({ width: 2, height: 1, values: [1, 2, 3, 4, 5, 6], bands: 3 });
    expect(await refusal(rgb)).toMatchObject({
      code: 'FILE_UNREADABLE',
      details: { reason: 'GEOTIFF_MULTIBAND', bands: 3 },
    });
  });

  it('refuses a CRS Cafetal does not know (Web Mercator), naming its code', async () => {
    expect(await refusal(utmPlane({ epsg: 3857 }))).toMatchObject({
      code: 'FILE_UNREADABLE',
      details: { reason: 'GEOTIFF_UNSUPPORTED_CRS', code: 3857 },
    });
  });

  it('refuses a rotated raster', async () => {
    // x = 30·col + 5·row + 750,000; y = 5·col − 30·row + 9,300,000: a grid turned by ~9.5°.
    const rotated = utmPlane({
      modelTransformation: [30, 5, 0, 750_000, 5, -30, 0, 9_300_000, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    expect((await refusal(rotated)).details.reason).toBe('GEOTIFF_ROTATED');
  });

  it('refuses more than 400 megapixels before reading any pixel', async () => {
    const huge = patchShortTag(patchShortTag(utmPlane(), 256, 30_000), 257, 20_000);
    expect(await refusal(huge)).toMatchObject({
      code: 'FILE_UNREADABLE',
      details: { reason: 'GEOTIFF_TOO_LARGE', megapixels: 600, maxMegapixels: 400 },
    });
  });

  it('refuses a raster whose every pixel is noData', async () => {
    const empty = utmPlane({ values: new Float32Array(24).fill(-1), noData: -1 });
    expect((await refusal(empty)).details.reason).toBe('GEOTIFF_ALL_NODATA');
  });

  it.skipIf(!hasGdal)('writes GeoTIFFs that GDAL reads as georeferenced Float32 with the same numbers', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plane.tif');
    fs.writeFileSync(file, utmPlane({ noData: -9999 }));
    const info = JSON.parse(execFileSync('gdalinfo', ['-json', '-stats', file]).toString()) as {
      geoTransform: number[];
      size: number[];
      coordinateSystem: { wkt: string };
      bands: { type: string; noDataValue: number; minimum: number; maximum: number }[];
    };
    expect(info.size).toEqual([6, 4]);
    expect(info.geoTransform).toEqual([750_000, 30, 0, 9_300_000, 0, -30]);
    expect(info.coordinateSystem.wkt).toContain('ID["EPSG",32717]');
    expect(info.bands[0]).toMatchObject({ type: 'Float32', noDataValue: -9999, minimum: 1003, maximum: 1033 });
  });

  it.skipIf(!hasGdal)('reads GDAL-written files: tiled, DEFLATE, Int16 with noData, PixelIsPoint', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'plane.tif');
    fs.writeFileSync(source, utmPlane());
    const int16 = path.join(dir, 'int16.tif');
    execFileSync('gdal_translate', [
      '-q',
      '-ot',
      'Int16',
      '-a_nodata',
      '1003',
      '-co',
      'TILED=YES',
      '-co',
      'BLOCKXSIZE=16',
      '-co',
      'BLOCKYSIZE=16',
      '-co',
      'COMPRESS=DEFLATE',
      '-co',
      'PREDICTOR=2',
      '-mo',
      'AREA_OR_POINT=Point',
      source,
      int16,
    ]);
    const gdal = JSON.parse(execFileSync('gdalinfo', ['-json', int16]).toString()) as { geoTransform: number[] };
    const grid = await readGeoTiff(new Uint8Array(fs.readFileSync(int16)));
    expect(grid.geoTransform).toEqual(gdal.geoTransform);
    expect(grid.crsCode).toBe(32717);
    expect(grid.noData).toBe(1003);
    // Column 0 was 1003, now noData; the rest are 1009, 1015… as integers.
    expect(Number.isNaN(grid.values[0])).toBe(true);
    expect(grid.values[1]).toBe(1009);
    expect(grid.values[23]).toBe(1033);
  });

  it.skipIf(!hasGdal)('reads a GDAL geographic raster (EPSG:4326) with LZW', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'plane.tif');
    fs.writeFileSync(source, utmPlane());
    const wgs84 = path.join(dir, 'wgs84.tif');
    execFileSync('gdalwarp', ['-q', '-t_srs', 'EPSG:4326', '-co', 'COMPRESS=LZW', source, wgs84]);
    const gdal = JSON.parse(execFileSync('gdalinfo', ['-json', wgs84]).toString()) as {
      geoTransform: number[];
      size: number[];
    };
    const grid = await readGeoTiff(new Uint8Array(fs.readFileSync(wgs84)));
    expect(grid.crsCode).toBe(4326);
    expect([grid.width, grid.height]).toEqual(gdal.size);
    grid.geoTransform.forEach((v, i) => expect(v).toBeCloseTo(gdal.geoTransform[i] as number, 12));
  });
});
