import { getDecoder, type GeoTIFFImage } from 'geotiff';

type Numbers =
  Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
type NumbersConstructor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => Numbers;

/** TIFF SampleFormat (1 unsigned, 2 signed, 3 IEEE float) × bits → the typed array that holds it. */
function arrayTypeFor(format: number, bits: number): NumbersConstructor | null {
  if (format === 1) return bits === 8 ? Uint8Array : bits === 16 ? Uint16Array : bits === 32 ? Uint32Array : null;
  if (format === 2) return bits === 8 ? Int8Array : bits === 16 ? Int16Array : bits === 32 ? Int32Array : null;
  if (format === 3) return bits === 32 ? Float32Array : bits === 64 ? Float64Array : null;
  return null;
}

const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A block's samples as numbers: a typed view when the file's byte order is the machine's, else read one by one. */
function blockValues(data: ArrayBuffer, type: NumbersConstructor, littleEndian: boolean): Numbers {
  const size = (type as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
  const length = Math.floor(data.byteLength / size);
  if (littleEndian === littleEndianHost) return new type(data, 0, length);
  const out = new type(new ArrayBuffer(length * size), 0, length);
  const view = new DataView(data);
  // One loop per type keeps each monomorphic.
  if (out instanceof Float32Array) for (let i = 0; i < length; i += 1) out[i] = view.getFloat32(i * 4, littleEndian);
  else if (out instanceof Float64Array)
    for (let i = 0; i < length; i += 1) out[i] = view.getFloat64(i * 8, littleEndian);
  else if (out instanceof Int16Array) for (let i = 0; i < length; i += 1) out[i] = view.getInt16(i * 2, littleEndian);
  else if (out instanceof Uint16Array) for (let i = 0; i < length; i += 1) out[i] = view.getUint16(i * 2, littleEndian);
  else if (out instanceof Int32Array) for (let i = 0; i < length; i += 1) out[i] = view.getInt32(i * 4, littleEndian);
  else if (out instanceof Uint32Array) for (let i = 0; i < length; i += 1) out[i] = view.getUint32(i * 4, littleEndian);
  else return new type(data, 0, length); // one byte: no order
  return out;
}

/**
 * One band of an image as Float32, row-major, decoding each strip or tile
 * with geotiff.js's own decoders (compression and predictor included) and
 * copying whole typed-array blocks. geotiff.js's `readRasters` reads every
 * sample through a DataView call, ~1 s for 25 Mpx; this takes a fraction of
 * that. Returns null for layouts it does not handle (samples of mixed or
 * non-byte sizes, 16-bit floats…): the caller then uses `readRasters`.
 */
export async function readBandFloat32(image: GeoTIFFImage, sample: number): Promise<Float32Array | null> {
  const fd = image.getFileDirectory() as { BitsPerSample: ArrayLike<number> };
  const samplesPerPixel = image.getSamplesPerPixel();
  const bits = Number(image.getBitsPerSample(sample));
  const type = arrayTypeFor(Number(image.getSampleFormat(sample)), bits);
  if (!type) return null;
  for (let s = 0; s < samplesPerPixel; s += 1) if (fd.BitsPerSample[s] !== bits) return null;
  const planar = image.planarConfiguration === 2;
  const stride = planar ? 1 : samplesPerPixel;
  const offset = planar ? 0 : sample;
  const width = image.getWidth();
  const height = image.getHeight();
  const blockWidth = image.getTileWidth();
  const blockHeight = image.getTileHeight();
  // RowsPerStrip = 0 (a damaged or hostile file) would make the block loop below run for ever.
  if (!(blockWidth >= 1 && blockHeight >= 1)) throw new Error(`Blocks of ${blockWidth} × ${blockHeight} pixels`);
  const decoder: unknown = await getDecoder(image.getFileDirectory());
  const out = new Float32Array(width * height);
  for (let by = 0; by * blockHeight < height; by += 1) {
    for (let bx = 0; bx * blockWidth < width; bx += 1) {
      const block = (await image.getTileOrStrip(bx, by, planar ? sample : 0, decoder)) as unknown as {
        data: ArrayBuffer;
      };
      const values = blockValues(block.data, type, image.littleEndian);
      const rows = Math.min(blockHeight, height - by * blockHeight);
      const cols = Math.min(blockWidth, width - bx * blockWidth);
      for (let r = 0; r < rows; r += 1) {
        const target = (by * blockHeight + r) * width + bx * blockWidth;
        const source = r * blockWidth * stride + offset;
        if (stride === 1 && values instanceof Float32Array) {
          out.set(values.subarray(source, source + cols), target);
          continue;
        }
        for (let c = 0; c < cols; c += 1) out[target + c] = values[source + c * stride] as number;
      }
    }
  }
  return out;
}
