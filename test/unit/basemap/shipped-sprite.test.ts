import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const spriteDir = path.resolve(import.meta.dirname, '..', '..', '..', 'resources', 'sprites');

interface SpriteEntry {
  x: number;
  y: number;
  width: number;
  height: number;
  pixelRatio: number;
}

function readSheet(suffix: '' | '@2x'): { png: PNG; index: Record<string, SpriteEntry> } {
  const png = PNG.sync.read(fs.readFileSync(path.join(spriteDir, `cafetal${suffix}.png`)));
  const index = JSON.parse(fs.readFileSync(path.join(spriteDir, `cafetal${suffix}.json`), 'utf8')) as Record<
    string,
    SpriteEntry
  >;
  return { png, index };
}

const pixel = (png: PNG, x: number, y: number): number[] => {
  const o = (y * png.width + x) * 4;
  return [...png.data.subarray(o, o + 4)];
};

describe('shipped sprite sheet', () => {
  for (const [suffix, ratio] of [
    ['', 1],
    ['@2x', 2],
  ] as const) {
    it(`cafetal${suffix}: every icon is a rectangle inside the PNG, none overlapping`, () => {
      const { png, index } = readSheet(suffix);
      expect(Object.keys(index).sort()).toEqual(['town', 'town-capital']);
      const entries = Object.values(index);
      for (const e of entries) {
        expect(e.pixelRatio).toBe(ratio);
        expect(e.x).toBeGreaterThanOrEqual(0);
        expect(e.y).toBeGreaterThanOrEqual(0);
        expect(e.width).toBeGreaterThan(0);
        expect(e.height).toBeGreaterThan(0);
        expect(e.x + e.width).toBeLessThanOrEqual(png.width);
        expect(e.y + e.height).toBeLessThanOrEqual(png.height);
      }
      for (const a of entries) {
        for (const b of entries) {
          if (a === b) continue;
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart).toBe(true);
        }
      }
    });

    it(`cafetal${suffix}: each icon is a dark dot in a white rim on a transparent square`, () => {
      const { png, index } = readSheet(suffix);
      for (const e of Object.values(index)) {
        const [r, g, b, a] = pixel(png, e.x + e.width / 2, e.y + e.height / 2);
        expect(a).toBe(255);
        expect(Math.max(r ?? 255, g ?? 255, b ?? 255)).toBeLessThan(100); // the coffee-brown centre
        expect(pixel(png, e.x, e.y)[3]).toBe(0); // corners stay transparent
        // Walking in from the left edge along the middle row, an opaque light rim comes before the dark dot.
        const row = Array.from({ length: e.width / 2 }, (_, i) => pixel(png, e.x + i, e.y + e.height / 2));
        const firstDark = row.findIndex(([r = 255, g = 255, b = 255, a = 0]) => a === 255 && Math.max(r, g, b) < 100);
        const rim = row
          .slice(0, firstDark)
          .filter(([r = 0, g = 0, b = 0, a = 0]) => a === 255 && Math.min(r, g, b) >= 200);
        expect(firstDark).toBeGreaterThan(0);
        expect(rim.length).toBeGreaterThanOrEqual(1);
      }
    });
  }

  it('@2x has the same icons at twice the size', () => {
    const one = readSheet('').index;
    const two = readSheet('@2x').index;
    for (const [name, e] of Object.entries(one)) {
      expect(two[name]?.width).toBe(e.width * 2);
      expect(two[name]?.height).toBe(e.height * 2);
    }
  });
});
