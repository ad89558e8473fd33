import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fromArrayBuffer } from 'geotiff';
import { describe, expect, it } from 'vitest';
import { readBandFloat32 } from '../../../electron/core/raster/read-band.js';
import { writeGeoTiff } from '../../helpers/geotiff.js';
import { tempDir } from '../../helpers/temp-dir.js';

const hasGdal = (() => {
  try {
    execFileSync('gdalinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Our block reader against geotiff.js's own readRasters, sample by sample. */
async function expectSameAsReadRasters(bytes: Uint8Array): Promise<number> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const image = await (await fromArrayBuffer(buffer)).getImage(0);
  const samples = image.getSamplesPerPixel();
  for (let sample = 0; sample < samples; sample += 1) {
    const ours = await readBandFloat32(image, sample);
    expect(ours, `sample ${sample} handled`).not.toBeNull();
    const [theirs] = (await image.readRasters({
      interleave: false,
      samples: [sample],
    })) as unknown as ArrayLike<number>[];
    expect(Array.from(ours!)).toEqual(Array.from(new Float32Array(theirs!)));
  }
  return samples;
}

/** 37 × 23 (not a multiple of any tile size), values with a fraction and negatives. */
const [W, H] = [37, 23];
const values = Float32Array.from({ length: W * H * 3 }, (_, i) => Math.round((Math.sin(i) * 3000 + 100) * 4) / 4);

describe('readBandFloat32', () => {
  it('reads the big-endian single strip our writer makes, and pixel-interleaved bands', async () => {
    const common = { width: W, height: H, originX: 750_000, originY: 9_300_000, pixelWidth: 30, pixelHeight: -30 };
    await expectSameAsReadRasters(writeGeoTiff({ ...common, values: values.subarray(0, W * H), epsg: 32717 }));
    expect(await expectSameAsReadRasters(writeGeoTiff({ ...common, values, bands: 3, epsg: 32717 }))).toBe(3);
  });

  it.skipIf(!hasGdal)(
    'reads what GDAL writes: tiles with partial edges, strips, band-planar, predictors, every integer and float type',
    async () => {
      const dir = tempDir();
      const source = path.join(dir, 'source.tif');
      fs.writeFileSync(
        source,
        writeGeoTiff({
          width: W,
          height: H,
          values,
          bands: 3,
          originX: 750_000,
          originY: 9_300_000,
          pixelWidth: 30,
          pixelHeight: -30,
          epsg: 32717,
        }),
      );
      const variants: [string, string[]][] = [
        [
          'int16-tiled-deflate',
          [
            '-ot',
            'Int16',
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
          ],
        ],
        ['uint16-strips-lzw', ['-ot', 'UInt16', '-co', 'COMPRESS=LZW', '-co', 'BLOCKYSIZE=5']],
        ['byte-band-planar', ['-ot', 'Byte', '-scale', '-co', 'INTERLEAVE=BAND']],
        ['int32-packbits', ['-ot', 'Int32', '-co', 'COMPRESS=PACKBITS']],
        ['uint32', ['-ot', 'UInt32']],
        [
          'float32-predictor3',
          [
            '-ot',
            'Float32',
            '-co',
            'COMPRESS=DEFLATE',
            '-co',
            'PREDICTOR=3',
            '-co',
            'TILED=YES',
            '-co',
            'BLOCKXSIZE=32',
            '-co',
            'BLOCKYSIZE=32',
          ],
        ],
        ['float64-band-planar', ['-ot', 'Float64', '-co', 'INTERLEAVE=BAND', '-co', 'COMPRESS=DEFLATE']],
        ['signed-byte', ['-ot', 'Byte', '-co', 'PIXELTYPE=SIGNEDBYTE', '-scale', '-3000', '3200', '-100', '100']],
      ];
      for (const [name, options] of variants) {
        const file = path.join(dir, `${name}.tif`);
        execFileSync('gdal_translate', ['-q', ...options, source, file], { stdio: 'ignore' });
        expect(await expectSameAsReadRasters(new Uint8Array(fs.readFileSync(file))), name).toBe(3);
      }
    },
  );
});
