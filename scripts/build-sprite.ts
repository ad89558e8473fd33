/**
 * Builds the base map's sprite sheet, at 1× and 2× pixel ratio:
 *
 *   npx tsx scripts/build-sprite.ts
 *
 * writes resources/sprites/cafetal{,@2x}.{png,json} (MapLibre's sprite
 * format: one PNG, and a JSON index of `{ x, y, width, height, pixelRatio }`
 * per icon). Icons are drawn from geometry (scripts/sprites/town-icons.ts)
 * with 8×8 supersampling per pixel; no image is copied from anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { TOWN_ICONS } from './sprites/town-icons.js';
import type { Disc, SpriteIcon } from './sprites/town-icons.js';

const outDir = path.resolve(import.meta.dirname, '..', 'resources', 'sprites');
const GAP_PX = 2;
const SAMPLES = 8;

/** Share of the pixel (px, py) a disc covers, icon centre at (c, c); all in device pixels. */
function coverage(disc: Disc, px: number, py: number, c: number, ratio: number): number {
  const outer = disc.radius * ratio;
  const inner = (disc.innerRadius ?? 0) * ratio;
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const dx = px + (sx + 0.5) / SAMPLES - c;
      const dy = py + (sy + 0.5) / SAMPLES - c;
      const d = Math.hypot(dx, dy);
      if (d <= outer && d >= inner) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** Straight (not premultiplied) RGBA, as PNG stores it: each disc composited "over" the ones below. */
function paintIcon(png: PNG, icon: SpriteIcon, x0: number, ratio: number): void {
  const side = icon.sizePx * ratio;
  const c = side / 2;
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const disc of icon.discs) {
        const alpha = coverage(disc, px, py, c, ratio);
        if (alpha === 0) continue;
        const outA = alpha + a * (1 - alpha);
        r = (disc.rgb[0] * alpha + r * a * (1 - alpha)) / outA;
        g = (disc.rgb[1] * alpha + g * a * (1 - alpha)) / outA;
        b = (disc.rgb[2] * alpha + b * a * (1 - alpha)) / outA;
        a = outA;
      }
      const o = (py * png.width + x0 + px) * 4;
      png.data[o] = Math.round(r);
      png.data[o + 1] = Math.round(g);
      png.data[o + 2] = Math.round(b);
      png.data[o + 3] = Math.round(a * 255);
    }
  }
}

function buildSheet(ratio: 1 | 2): { png: Buffer; index: Record<string, object> } {
  const width = TOWN_ICONS.reduce((sum, icon) => sum + (icon.sizePx + GAP_PX) * ratio, 0);
  const height = Math.max(...TOWN_ICONS.map((icon) => icon.sizePx)) * ratio;
  const png = new PNG({ width, height });
  png.data.fill(0);
  const index: Record<string, object> = {};
  let x = 0;
  for (const icon of TOWN_ICONS) {
    paintIcon(png, icon, x, ratio);
    const side = icon.sizePx * ratio;
    index[icon.name] = { x, y: 0, width: side, height: side, pixelRatio: ratio };
    x += side + GAP_PX * ratio;
  }
  return { png: PNG.sync.write(png), index };
}

fs.mkdirSync(outDir, { recursive: true });
for (const ratio of [1, 2] as const) {
  const suffix = ratio === 1 ? '' : `@${ratio}x`;
  const { png, index } = buildSheet(ratio);
  fs.writeFileSync(path.join(outDir, `cafetal${suffix}.png`), png);
  fs.writeFileSync(path.join(outDir, `cafetal${suffix}.json`), `${JSON.stringify(index, null, 2)}\n`);
  console.log(`resources/sprites/cafetal${suffix}.png: ${png.length} bytes; ${Object.keys(index).join(', ')}`);
}
