/**
 * Builds the MapLibre glyph PBFs the offline base map ships with, from the
 * Noto Sans files in @fontsource/noto-sans (SIL OFL 1.1):
 *
 *   npx tsx scripts/build-glyphs.ts
 *
 * writes resources/glyphs/{fontstack}/{start}-{end}.pbf and OFL.txt. Each
 * glyph is rasterised by Debian's Chromium (CHROMIUM_PATH) with
 * @mapbox/tiny-sdf, MapLibre's own SDF rasteriser, and encoded with `pbf`.
 * Re-run it only when the font package or the ranges change; the output is
 * committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openChromiumTinySdf, SDF_OPTIONS } from './glyphs/chromium-tiny-sdf.js';
import type { TinySdfGlyph } from './glyphs/chromium-tiny-sdf.js';
import { encodeGlyphRange } from './glyphs/glyph-pbf-writer.js';
import type { SdfGlyph } from './glyphs/glyph-pbf-writer.js';
import { readWoffFacts } from './glyphs/woff-font.js';
import type { FontFacts } from './glyphs/woff-font.js';

const root = path.resolve(import.meta.dirname, '..');
const fontDir = path.join(root, 'node_modules', '@fontsource', 'noto-sans');
const outDir = path.join(root, 'resources', 'glyphs');

/** The fontstacks the base style names in `text-font`, and the weight of the files behind each. */
const FONTSTACKS = [
  { name: 'Noto Sans Regular', weight: 400 },
  { name: 'Noto Sans Bold', weight: 700 },
] as const;

/** fontsource's per-script subsets, first match wins (unicode.json lists what each holds). */
const SUBSETS = ['latin', 'latin-ext'] as const;

/**
 * Ranges shipped: Basic Latin + Latin-1 (Spanish: á é í ó ú ñ ü ¿ ¡), Latin
 * Extended-A/B (names of other languages in imported data), and General
 * Punctuation (– — ‘ ’ “ ” … •). MapLibre asks for a range only when a label
 * needs one of its code points.
 */
const RANGE_STARTS = [0, 256, 8192] as const;

/**
 * Never drawn: C0/C1 controls, and the default-ignorable code points of this
 * set (soft hyphen, zero-width and bidi controls; Unicode
 * DerivedCoreProperties "Default_Ignorable_Code_Point"), which Chromium lays
 * out with no width and MapLibre needs no glyph for.
 */
const isSkipped = (cp: number): boolean =>
  cp < 0x20 ||
  (cp >= 0x7f && cp <= 0x9f) ||
  cp === 0xad ||
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x202a && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x206f);

interface Source {
  readonly family: string;
  readonly facts: FontFacts;
}

/**
 * node-fontnik's convention, which MapLibre's shaping expects of server glyphs:
 * `top` = glyph top above the baseline − the face's ascender, both in pixels
 * at 24 px (node-fontnik src/glyphs.cpp: `glyph.top - glyph.ascender`, where
 * FreeType rounds `hhea.ascender × 24 / unitsPerEm` to whole pixels).
 */
function toPbfGlyph(drawn: TinySdfGlyph, ascenderPx: number): SdfGlyph {
  const empty = drawn.glyphWidth === 0 || drawn.glyphHeight === 0;
  return {
    id: drawn.id,
    bitmap: empty ? new Uint8Array(0) : Uint8Array.from(drawn.data),
    width: empty ? 0 : drawn.glyphWidth,
    height: empty ? 0 : drawn.glyphHeight,
    left: drawn.glyphLeft,
    top: drawn.glyphTop - ascenderPx,
    advance: Math.round(drawn.glyphAdvance),
  };
}

async function main(): Promise<void> {
  const chromium = await openChromiumTinySdf();
  const report: string[] = [];
  try {
    for (const stack of FONTSTACKS) {
      const sources: Source[] = [];
      for (const subset of SUBSETS) {
        const file = fs.readFileSync(path.join(fontDir, 'files', `noto-sans-${subset}-${stack.weight}-normal.woff`));
        const family = `Glyph source ${subset} ${stack.weight}`;
        await chromium.addFont(family, file);
        sources.push({ family, facts: readWoffFacts(file) });
      }
      const first = sources[0];
      if (!first) throw new Error('No font subsets.');
      const ascenderPx = Math.round((first.facts.ascender * SDF_OPTIONS.fontSize) / first.facts.unitsPerEm);

      for (const start of RANGE_STARTS) {
        const glyphs: SdfGlyph[] = [];
        for (const source of sources) {
          const already = new Set(glyphs.map((g) => g.id));
          const wanted: number[] = [];
          for (let cp = start; cp < start + 256; cp++) {
            if (!isSkipped(cp) && !already.has(cp) && source.facts.glyphIds.has(cp)) wanted.push(cp);
          }
          for (const drawn of await chromium.draw(source.family, wanted)) {
            // The advance Chromium measured must be the font's own (hmtx): proof it drew this font, not a fallback.
            const glyphId = source.facts.glyphIds.get(drawn.id) ?? 0;
            const expected = (source.facts.advanceWidth(glyphId) * SDF_OPTIONS.fontSize) / source.facts.unitsPerEm;
            if (Math.abs(drawn.glyphAdvance - expected) > 0.05) {
              throw new Error(
                `${stack.name} U+${drawn.id.toString(16).toUpperCase()}: Chromium measured ${drawn.glyphAdvance} px, the font says ${expected} px.`,
              );
            }
            glyphs.push(toPbfGlyph(drawn, ascenderPx));
          }
        }
        glyphs.sort((a, b) => a.id - b.id);
        const bytes = encodeGlyphRange({ fontstack: stack.name, start, glyphs });
        const file = path.join(outDir, stack.name, `${start}-${start + 255}.pbf`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, bytes);
        report.push(`${path.relative(root, file)}: ${glyphs.length} glyphs, ${(bytes.length / 1024).toFixed(1)} KiB`);
      }
      report.push(`${stack.name}: ascender ${ascenderPx} px at ${SDF_OPTIONS.fontSize} px`);
    }
  } finally {
    await chromium.close();
  }
  // SIL OFL 1.1 §2: the copyright notice and licence travel with the font software (the glyphs are derived from it).
  fs.copyFileSync(path.join(fontDir, 'LICENSE'), path.join(outDir, 'OFL.txt'));
  for (const line of report) console.log(line);
}

await main();
