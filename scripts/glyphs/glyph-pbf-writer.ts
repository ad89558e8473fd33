import { PbfWriter } from 'pbf';

/**
 * One SDF glyph as MapLibre reads it from a glyph PBF
 * (maplibre-gl src/style/parse_glyph_pbf.ts): metrics in pixels at the 24 px
 * em, `bitmap` is (width + 6) × (height + 6) bytes (a 3 px border).
 */
export interface SdfGlyph {
  readonly id: number;
  readonly bitmap: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly advance: number;
}

export interface GlyphRange {
  readonly fontstack: string;
  /** First code point of the 256-code-point range (0, 256, 512, …). */
  readonly start: number;
  readonly glyphs: readonly SdfGlyph[];
}

/** The glyph border MapLibre assumes around every bitmap (GLYPH_PBF_BORDER). */
export const GLYPH_BORDER_PX = 3;

function writeGlyph(glyph: SdfGlyph, pbf: PbfWriter): void {
  pbf.writeVarintField(1, glyph.id);
  // Like node-fontnik, an empty glyph (a space) carries no bitmap at all.
  if (glyph.width > 0 && glyph.height > 0) pbf.writeBytesField(2, glyph.bitmap);
  pbf.writeVarintField(3, glyph.width);
  pbf.writeVarintField(4, glyph.height);
  pbf.writeSVarintField(5, glyph.left);
  pbf.writeSVarintField(6, glyph.top);
  pbf.writeVarintField(7, glyph.advance);
}

/**
 * Encodes one range in the `glyphs.proto` layout MapLibre and Mapbox use:
 * `glyphs { repeated fontstack stacks = 1 }`, `fontstack { name = 1; range = 2;
 * repeated glyph glyphs = 3 }`, `glyph { id = 1; bitmap = 2; width = 3;
 * height = 4; sint32 left = 5; sint32 top = 6; advance = 7 }`.
 */
export function encodeGlyphRange(range: GlyphRange): Uint8Array {
  for (const glyph of range.glyphs) {
    const expected = glyph.width > 0 && glyph.height > 0 ? (glyph.width + 6) * (glyph.height + 6) : 0;
    if (glyph.width > 0 && glyph.height > 0 && glyph.bitmap.length !== expected) {
      throw new Error(`Glyph ${glyph.id}: bitmap has ${glyph.bitmap.length} bytes, expected ${expected}.`);
    }
    if (glyph.id < range.start || glyph.id > range.start + 255)
      throw new Error(`Glyph ${glyph.id} is outside the range.`);
  }
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (stack: GlyphRange, writer: PbfWriter) => {
      writer.writeStringField(1, stack.fontstack);
      writer.writeStringField(2, `${stack.start}-${stack.start + 255}`);
      for (const glyph of stack.glyphs) writer.writeMessage(3, writeGlyph, glyph);
    },
    range,
  );
  return pbf.finish();
}
