import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

/** What TinySDF's `draw()` returns, as plain data out of the page. */
export interface TinySdfGlyph {
  readonly id: number;
  /** (glyphWidth + 2·buffer) × (glyphHeight + 2·buffer) signed-distance bytes. */
  readonly data: number[];
  readonly glyphWidth: number;
  readonly glyphHeight: number;
  /** Pixels from the alphabetic baseline up to the ink's top (ceil of actualBoundingBoxAscent). */
  readonly glyphTop: number;
  readonly glyphLeft: number;
  /** measureText().width: unrounded advance in pixels. */
  readonly glyphAdvance: number;
}

/**
 * MapLibre's own settings for glyphs it draws with TinySDF (maplibre-gl
 * src/render/glyph_manager.ts, `_createTinySDF`, at textureScale 1): 24 px em,
 * a 3 px buffer (= GLYPH_PBF_BORDER), radius 8, cutoff 0.25 — the same
 * distance encoding node-fontnik writes (RenderSDF(glyph, 24, 3, 0.25)).
 */
export const SDF_OPTIONS = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 } as const;

export interface ChromiumTinySdf {
  /** Loads a font file into the page under a family name of our choosing. */
  addFont(family: string, file: Uint8Array): Promise<void>;
  draw(family: string, codePoints: readonly number[]): Promise<TinySdfGlyph[]>;
  close(): Promise<void>;
}

type Drawn = Omit<TinySdfGlyph, 'id' | 'data'> & { data: Uint8ClampedArray };

/**
 * The few page globals the functions below use. NOTE: typed here because the
 * tools project compiles without the DOM library; these functions run in the page.
 */
interface PageGlobals {
  TinySDF?: new (options: object) => { draw(text: string): Drawn };
  OffscreenCanvas?: unknown;
  FontFace: new (family: string, source: Uint8Array) => { load(): Promise<unknown> };
  document: { fonts: { add(face: unknown): void; check(font: string): boolean } };
  atob(base64: string): string;
}

const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A blank headless Chromium page with @mapbox/tiny-sdf loaded: the browser's
 * own text engine rasterises each glyph from the font files we give it, never
 * a system font (the caller checks the advances against the font's hmtx).
 */
export async function openChromiumTinySdf(): Promise<ChromiumTinySdf> {
  const { chromium } = await import('playwright-core');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-dev-shm-usage', '--disable-background-networking', ...(asRoot ? ['--no-sandbox'] : [])],
  });
  const page: Page = await browser.newPage();
  // Offline: nothing is fetched; the page only runs what we hand it.
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  const require = createRequire(import.meta.url);
  const tinySdfSource = fs.readFileSync(require.resolve('@mapbox/tiny-sdf'), 'utf8');
  await page.addScriptTag({ type: 'module', content: `${tinySdfSource}\nwindow.TinySDF = TinySDF;` });
  await page.waitForFunction(() => 'TinySDF' in globalThis);

  return {
    async addFont(family, file) {
      await page.evaluate(
        async ({ family, base64 }) => {
          const page = globalThis as unknown as PageGlobals;
          const bytes = Uint8Array.from(page.atob(base64), (c) => c.charCodeAt(0));
          const face = new page.FontFace(family, bytes);
          await face.load();
          page.document.fonts.add(face);
          if (!page.document.fonts.check(`24px "${family}"`)) throw new Error(`Font ${family} did not load.`);
        },
        { family, base64: Buffer.from(file).toString('base64') },
      );
    },
    draw(family, codePoints) {
      return page.evaluate(
        ({ family, codePoints, options }) => {
          const page = globalThis as unknown as PageGlobals;
          // NOTE: force an HTML canvas: fonts added to document.fonts are certain to reach it.
          page.OffscreenCanvas = undefined;
          const TinySDF = page.TinySDF;
          if (!TinySDF) throw new Error('tiny-sdf is not loaded in the page.');
          const sdf = new TinySDF({ ...options, fontFamily: `"${family}"`, fontWeight: 'normal' });
          return codePoints.map((id) => {
            const g = sdf.draw(String.fromCodePoint(id));
            return {
              id,
              data: Array.from(g.data),
              glyphWidth: g.glyphWidth,
              glyphHeight: g.glyphHeight,
              glyphTop: g.glyphTop,
              glyphLeft: g.glyphLeft,
              glyphAdvance: g.glyphAdvance,
            };
          });
        },
        { family, codePoints: [...codePoints], options: SDF_OPTIONS },
      );
    },
    close: () => browser.close(),
  };
}
