import { PbfReader } from 'pbf';

export interface DecodedGlyph {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

export interface DecodedFontstack {
  name: string;
  range: string;
  glyphs: DecodedGlyph[];
}

/**
 * Reads a glyph PBF field by field, written independently of the encoder in
 * scripts/glyphs so the tests check the file, not the code that wrote it.
 * Field numbers and wire types follow MapLibre's reader
 * (maplibre-gl src/style/parse_glyph_pbf.ts).
 */
export function decodeGlyphPbf(data: Uint8Array): DecodedFontstack[] {
  const readGlyph = (tag: number, glyph: DecodedGlyph, pbf: PbfReader): void => {
    if (tag === 1) glyph.id = pbf.readVarint();
    else if (tag === 2) glyph.bitmap = pbf.readBytes();
    else if (tag === 3) glyph.width = pbf.readVarint();
    else if (tag === 4) glyph.height = pbf.readVarint();
    else if (tag === 5) glyph.left = pbf.readSVarint();
    else if (tag === 6) glyph.top = pbf.readSVarint();
    else if (tag === 7) glyph.advance = pbf.readVarint();
  };
  const readStack = (tag: number, stack: DecodedFontstack, pbf: PbfReader): void => {
    if (tag === 1) stack.name = pbf.readString();
    else if (tag === 2) stack.range = pbf.readString();
    else if (tag === 3) {
      const empty: DecodedGlyph = {
        id: -1,
        bitmap: new Uint8Array(0),
        width: 0,
        height: 0,
        left: 0,
        top: 0,
        advance: 0,
      };
      stack.glyphs.push(pbf.readMessage(readGlyph, empty));
    }
  };
  return new PbfReader(data).readFields((tag: number, stacks: DecodedFontstack[], pbf: PbfReader) => {
    if (tag === 1) stacks.push(pbf.readMessage(readStack, { name: '', range: '', glyphs: [] }));
  }, [] as DecodedFontstack[]);
}
