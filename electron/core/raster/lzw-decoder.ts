import { addDecoder, BaseDecoder } from 'geotiff';

/** TIFF 6.0 §13: LZW codes are 9 to 12 bits, most significant bit first; 256 clears the table, 257 ends the data. */
const CLEAR = 256;
const END = 257;
const FIRST_FREE = 258;
const MAX_CODES = 4096;
const MIN_WIDTH = 9;
const MAX_WIDTH = 12;
/** One 12-bit code stands for at most 4,095 bytes: no LZW data decodes to more than this many times its size. */
const MAX_EXPANSION = Math.ceil(4095 / 1.5);

/** The most bytes one strip or tile can hold (TIFF 6.0 §3 and §15): what a block may decode to. */
export function blockBytes(fd: Record<string, unknown>): number {
  const first = (v: unknown): number => (typeof v === 'number' ? v : Number((v as ArrayLike<number> | undefined)?.[0]));
  const tiled = fd.TileWidth !== undefined;
  const width = first(tiled ? fd.TileWidth : fd.ImageWidth);
  const rows = tiled ? first(fd.TileLength) : Math.min(first(fd.RowsPerStrip ?? Infinity), first(fd.ImageLength));
  const bits = fd.BitsPerSample as ArrayLike<number> | number | undefined;
  const pixelBits = typeof bits === 'number' ? bits : Array.from(bits ?? [8]).reduce((sum, b) => sum + b, 0);
  const bytes = Math.ceil((width * pixelBits) / 8) * rows;
  return Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
}

/**
 * LZW as TIFF writes it (the code width grows one code early, as libtiff
 * does). Replaces geotiff.js's decoder, which on damaged data walks its table
 * past the end and grows an array until the process runs out of memory
 * (found by fuzzing: a 1 kB GeoTIFF crashed the process). Here a code the
 * table does not hold is an error, and so is output past the block's size.
 */
export function decodeLzw(input: Uint8Array, maxBytes: number): Uint8Array {
  const prefix = new Int16Array(MAX_CODES);
  const suffix = new Uint8Array(MAX_CODES);
  const length = new Uint16Array(MAX_CODES);
  for (let i = 0; i < 256; i += 1) {
    prefix[i] = -1;
    suffix[i] = i;
    length[i] = 1;
  }
  const out = new Uint8Array(maxBytes);
  let written = 0;
  let next = FIRST_FREE;
  let width = MIN_WIDTH;
  let previous = -1;
  let bit = 0;
  const totalBits = input.length * 8;

  const read = (): number => {
    if (bit + width > totalBits) return END;
    let code = 0;
    for (let i = 0; i < width; i += 1) {
      const b = bit + i;
      code = (code << 1) | (((input[b >> 3] as number) >> (7 - (b & 7))) & 1);
    }
    bit += width;
    return code;
  };
  const emit = (code: number): void => {
    const n = length[code] as number;
    if (written + n > maxBytes) throw new Error(`LZW data decodes to more than its block's ${maxBytes} bytes`);
    for (let c = code, at = written + n - 1; c >= 0; c = prefix[c] as number, at -= 1) out[at] = suffix[c] as number;
    written += n;
  };
  const firstByte = (code: number): number => {
    let c = code;
    while ((prefix[c] as number) >= 0) c = prefix[c] as number;
    return suffix[c] as number;
  };
  const add = (byte: number): void => {
    if (next >= MAX_CODES) return;
    prefix[next] = previous;
    suffix[next] = byte;
    length[next] = (length[previous] as number) + 1;
    next += 1;
  };

  for (let code = read(); code !== END; code = read()) {
    if (code === CLEAR) {
      next = FIRST_FREE;
      width = MIN_WIDTH;
      previous = -1;
      continue;
    }
    if (previous < 0) {
      if (code > 255) throw new Error(`LZW data starts with code ${code}`);
      emit(code);
    } else if (code < next) {
      emit(code);
      add(firstByte(code));
    } else if (code === next && next < MAX_CODES) {
      // The string being defined is the one read ("KwKwK"): the previous string and its own first byte.
      add(firstByte(previous));
      emit(code);
    } else {
      throw new Error(`LZW code ${code} is not in the table (${next} codes)`);
    }
    previous = code;
    if (next + 1 >= 1 << width && width < MAX_WIDTH) width += 1;
  }
  return written === maxBytes ? out : out.slice(0, written);
}

class BoundedLzwDecoder extends BaseDecoder {
  private readonly maxBytes: number;

  constructor(fileDirectory: Record<string, unknown>) {
    super();
    this.maxBytes = blockBytes(fileDirectory);
  }

  decodeBlock(buffer: ArrayBuffer): ArrayBuffer {
    const input = new Uint8Array(buffer);
    const decoded = decodeLzw(input, this.maxBytes || input.length * MAX_EXPANSION);
    return decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.byteLength) as ArrayBuffer;
  }
}

/** Compression 5 (LZW) is read by the bounded decoder above, for every GeoTIFF this process opens. */
addDecoder(5, () => Promise.resolve(BoundedLzwDecoder as unknown as typeof BaseDecoder));
