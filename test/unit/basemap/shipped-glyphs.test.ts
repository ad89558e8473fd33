import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGlyphPbf } from '../../helpers/glyph-pbf-reader.js';
import type { DecodedGlyph } from '../../helpers/glyph-pbf-reader.js';

const glyphDir = path.resolve(import.meta.dirname, '..', '..', '..', 'resources', 'glyphs');
const STACKS = ['Noto Sans Regular', 'Noto Sans Bold'] as const;
const RANGES = ['0-255', '256-511', '8192-8447'] as const;
/** Distance-field byte at the glyph edge: 255 × (1 − cutoff 0.25), the level MapLibre's SDF shader draws at. */
const EDGE = 191;
/** Text the base map and its users need: Spanish names, punctuation, and the upper case country labels. */
const SAMPLE =
  'Cajamarca Jaén San Ignacio Perú Océano Pacífico ¿¡ñÑ áéíóúü ÁÉÍÓÚÜ PERÚ OCÉANO PACÍFICO Celendín Contumazá';

function glyphsOf(stack: string): Map<number, DecodedGlyph> {
  const all = new Map<number, DecodedGlyph>();
  for (const range of RANGES) {
    for (const fontstack of decodeGlyphPbf(fs.readFileSync(path.join(glyphDir, stack, `${range}.pbf`)))) {
      for (const glyph of fontstack.glyphs) all.set(glyph.id, glyph);
    }
  }
  return all;
}

const glyph = (glyphs: Map<number, DecodedGlyph>, char: string): DecodedGlyph => {
  const found = glyphs.get(char.codePointAt(0) ?? -1);
  if (!found) throw new Error(`No glyph for ${char}`);
  return found;
};

describe('shipped glyph PBFs', () => {
  for (const stack of STACKS) {
    for (const range of RANGES) {
      it(`${stack} ${range} decodes to one fontstack of well-formed SDF glyphs`, () => {
        const bytes = fs.readFileSync(path.join(glyphDir, stack, `${range}.pbf`));
        expect(bytes.length).toBeLessThan(160 * 1024);
        const stacks = decodeGlyphPbf(bytes);
        expect(stacks).toHaveLength(1);
        const [only] = stacks;
        expect(only?.name).toBe(stack);
        expect(only?.range).toBe(range);
        const [start, end] = range.split('-').map(Number) as [number, number];
        const ids = only?.glyphs.map((g) => g.id) ?? [];
        expect(ids.length).toBeGreaterThan(40);
        expect(new Set(ids).size).toBe(ids.length);
        for (const g of only?.glyphs ?? []) {
          expect(g.id).toBeGreaterThanOrEqual(start);
          expect(g.id).toBeLessThanOrEqual(end);
          expect(g.advance).toBeLessThanOrEqual(40);
          if (g.width === 0 || g.height === 0) {
            expect(g.bitmap.length).toBe(0); // a space: metrics only, like node-fontnik writes it
            continue;
          }
          // MapLibre reads (width + 6) × (height + 6): a 3 px border on every side.
          expect(g.bitmap.length).toBe((g.width + 6) * (g.height + 6));
          expect(Math.max(...g.bitmap)).toBeGreaterThan(EDGE); // some pixel is inside the letter
          expect(Math.max(...g.bitmap.subarray(0, g.width + 6))).toBeLessThan(EDGE); // the top border is outside
          // From above the ascender (Ñ, É) down to ink that starts under the baseline (the underscore).
          expect(g.top).toBeGreaterThanOrEqual(-26 - 6);
          expect(g.top).toBeLessThanOrEqual(6);
        }
      });
    }
  }

  it('has every character of the labels, in both weights', () => {
    for (const stack of STACKS) {
      const glyphs = glyphsOf(stack);
      const missing = [...SAMPLE].filter((char) => !glyphs.has(char.codePointAt(0) ?? -1));
      expect(missing, stack).toEqual([]);
    }
  });

  it('puts letters on one baseline with node-fontnik metrics (top = ink top − 26 px ascender)', () => {
    const regular = glyphsOf('Noto Sans Regular');
    const bold = glyphsOf('Noto Sans Bold');
    // Noto Sans: cap height 714, x-height 536, hhea ascender 1069 per 1000 units; at 24 px: 17.1, 12.9, 25.7 → 26.
    for (const glyphs of [regular, bold]) {
      const H = glyph(glyphs, 'H');
      expect(H.top + 26).toBeGreaterThanOrEqual(17);
      expect(H.top + 26).toBeLessThanOrEqual(18);
      expect(H.height).toBe(H.top + 26); // sits on the baseline, nothing below
      const x = glyph(glyphs, 'x');
      expect(x.top + 26).toBe(13);
      const p = glyph(glyphs, 'p');
      expect(p.top).toBe(x.top);
      expect(p.height - (p.top + 26)).toBeGreaterThanOrEqual(5); // the descender goes below the baseline
      expect(glyph(glyphs, 'É').top).toBeGreaterThan(H.top); // the accent rises above the capital
      expect(glyph(glyphs, '¿').height - (glyph(glyphs, '¿').top + 26)).toBeGreaterThan(3); // ¿ hangs below
    }
    // Advances are the font's hmtx widths at 24 px, rounded: a 561 → 13.46, H 741 → 17.78, space 260 → 6.24;
    // Bold H 765 → 18.36.
    expect(glyph(regular, 'a').advance).toBe(13);
    expect(glyph(regular, 'H').advance).toBe(18);
    expect(glyph(regular, ' ')).toMatchObject({ width: 0, height: 0, advance: 6 });
    expect(glyph(bold, 'H').advance).toBe(18);
    expect(glyph(bold, 'H').width).toBeGreaterThan(glyph(regular, 'H').width);
  });

  it('ships the SIL Open Font License beside the glyphs', () => {
    const licence = fs.readFileSync(path.join(glyphDir, 'OFL.txt'), 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(licence).toContain('The Noto Project Authors');
  });
});
