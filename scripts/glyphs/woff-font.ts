import { inflateSync } from 'node:zlib';

/** What the glyph builder needs to know about one font file, read from its own tables. */
export interface FontFacts {
  /** Code points the font's `cmap` maps to a real glyph (not `.notdef`), with that glyph's id. */
  readonly glyphIds: ReadonlyMap<number, number>;
  readonly unitsPerEm: number;
  /** `hhea.ascender` in font units: FreeType's `face->ascender`, which node-fontnik subtracts from `top`. */
  readonly ascender: number;
  /** `hmtx` advance width of a glyph, in font units. */
  readonly advanceWidth: (glyphId: number) => number;
}

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const tagOf = (n: number): string => String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);

/**
 * The uncompressed sfnt tables of a WOFF 1.0 file (W3C WOFF 1.0 §4–5: a
 * 44-byte header, then 20-byte directory entries; a table whose compLength is
 * below its origLength is zlib-compressed).
 */
export function woffTables(file: Uint8Array): Map<string, DataView> {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('Not a WOFF 1.0 file (wOFF signature missing).');
  const numTables = view.getUint16(12);
  const tables = new Map<string, DataView>();
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tag = tagOf(view.getUint32(entry));
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const raw = file.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.byteLength !== origLength)
      throw new Error(`WOFF table ${tag}: ${data.byteLength} bytes, expected ${origLength}.`);
    tables.set(tag, new DataView(data.buffer, data.byteOffset, data.byteLength));
  }
  return tables;
}

function table(tables: Map<string, DataView>, tag: string): DataView {
  const found = tables.get(tag);
  if (!found) throw new Error(`The font has no '${tag}' table.`);
  return found;
}

/** cmap format 4 (BMP segments), OpenType spec "cmap — Format 4: Segment mapping to delta values". */
function format4(cmap: DataView, at: number, out: Map<number, number>): void {
  const segCount = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = cmap.getUint16(ends + s * 2);
    const start = cmap.getUint16(starts + s * 2);
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = cmap.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        glyph = cmap.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) out.set(c, glyph);
    }
  }
}

/** cmap format 12 (segmented coverage, full Unicode). */
function format12(cmap: DataView, at: number, out: Map<number, number>): void {
  const groups = cmap.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = cmap.getUint32(group);
    const end = cmap.getUint32(group + 4);
    const firstGlyph = cmap.getUint32(group + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) out.set(c, firstGlyph + (c - start));
  }
}

/** The code points a font covers: its Unicode cmap subtable (Windows 3/10 or 3/1, else Unicode platform 0). */
function coveredCodePoints(cmap: DataView): Map<number, number> {
  const count = cmap.getUint16(2);
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    const record = 4 + i * 8;
    subtables.push({
      platform: cmap.getUint16(record),
      encoding: cmap.getUint16(record + 2),
      offset: cmap.getUint32(record + 4),
    });
  }
  const rank = (s: { platform: number; encoding: number }): number =>
    s.platform === 3 && s.encoding === 10 ? 0 : s.platform === 3 && s.encoding === 1 ? 1 : s.platform === 0 ? 2 : 9;
  const best = subtables.filter((s) => rank(s) < 9).sort((a, b) => rank(a) - rank(b))[0];
  if (!best) throw new Error('The font has no Unicode cmap subtable.');
  const out = new Map<number, number>();
  const format = cmap.getUint16(best.offset);
  if (format === 4) format4(cmap, best.offset, out);
  else if (format === 12) format12(cmap, best.offset, out);
  else throw new Error(`cmap subtable format ${format} is not supported.`);
  return out;
}

/** Reads coverage and vertical metrics from a WOFF 1.0 font file. */
export function readWoffFacts(file: Uint8Array): FontFacts {
  const tables = woffTables(file);
  const hhea = table(tables, 'hhea');
  const hmtx = table(tables, 'hmtx');
  // OpenType 'hhea': numberOfHMetrics is the uint16 at byte 34; glyphs past it repeat the last advance.
  const longMetrics = hhea.getUint16(34);
  return {
    glyphIds: coveredCodePoints(table(tables, 'cmap')),
    // OpenType 'head': unitsPerEm is the uint16 at byte 18; 'hhea': ascender is the int16 at byte 4.
    unitsPerEm: table(tables, 'head').getUint16(18),
    ascender: hhea.getInt16(4),
    advanceWidth: (glyphId) => hmtx.getUint16(Math.min(glyphId, longMetrics - 1) * 4),
  };
}
