import type { HazardLevel } from '../../../shared/domain/hazard.js';

/**
 * A hatch per level on top of its colour, so the charts and badges still
 * read in greyscale, printed on a black-and-white printer or by someone who
 * cannot tell the palette's hues apart (WCAG 1.4.1 "Use of colour"):
 * Bajo plain, Medio dots, Alto diagonal lines, Muy alto cross-hatch (in a
 * light ink that shows on its dark brown), no data short dashes: the more
 * ink, the higher the level. The colours are the map's (LEVEL_COLOURS in
 * renderer/features/layers/level-colours.ts). The same tile fills chart bars
 * (CanvasPattern) and legend and badge swatches (data: URL).
 */
export type LevelSlot = HazardLevel | 'none';

const TILE_PX = 8;
const INK = 'rgba(0, 0, 0, 0.45)';
const LIGHT_INK = 'rgba(255, 255, 255, 0.6)';

function paintTile(context: CanvasRenderingContext2D, slot: LevelSlot, colour: string, scale: number): void {
  const size = TILE_PX * scale;
  context.fillStyle = colour;
  context.fillRect(0, 0, size, size);
  const ink = slot === 'muy_alto' ? LIGHT_INK : INK;
  context.strokeStyle = ink;
  context.fillStyle = ink;
  context.lineWidth = 1.2 * scale;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    context.beginPath();
    context.moveTo(x1 * scale, y1 * scale);
    context.lineTo(x2 * scale, y2 * scale);
    context.stroke();
  };
  switch (slot) {
    case 'bajo':
      return;
    case 'medio':
      context.beginPath();
      context.arc(4 * scale, 4 * scale, 1.2 * scale, 0, Math.PI * 2);
      context.fill();
      return;
    case 'alto':
      // Drawn past the tile's corners so neighbouring tiles join into continuous lines.
      line(-1, -1, 9, 9);
      line(-1, 7, 1, 9);
      line(7, -1, 9, 1);
      return;
    case 'muy_alto':
      // Alto's lines plus the other diagonal: the densest hatch for the highest level.
      line(-1, -1, 9, 9);
      line(-1, 7, 1, 9);
      line(7, -1, 9, 1);
      line(-1, 9, 9, -1);
      line(-1, 1, 1, -1);
      line(7, 9, 9, 7);
      return;
    case 'none':
      line(1, 4, 5, 4);
      return;
    default: {
      const never: never = slot;
      throw new Error(`Unhandled level slot ${String(never)}`);
    }
  }
}

function tile(slot: LevelSlot, colour: string, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = TILE_PX * scale;
  canvas.height = TILE_PX * scale;
  const context = canvas.getContext('2d');
  if (context) paintTile(context, slot, colour, scale);
  return canvas;
}

const patternCache = new Map<string, CanvasPattern | string>();

/** A fill for chart.js: the colour with the level's hatch (the plain colour if canvas patterns fail). */
export function levelPattern(slot: LevelSlot, colour: string): CanvasPattern | string {
  const scale = Math.max(1, Math.round(window.devicePixelRatio || 1));
  const key = `${slot}|${colour}|${scale}`;
  const cached = patternCache.get(key);
  if (cached) return cached;
  const context = document.createElement('canvas').getContext('2d');
  const pattern = context?.createPattern(tile(slot, colour, scale), 'repeat') ?? colour;
  if (typeof pattern !== 'string' && scale > 1) pattern.setTransform(new DOMMatrix().scale(1 / scale));
  patternCache.set(key, pattern);
  return pattern;
}

const urlCache = new Map<string, string>();

/** The same tile as a CSS background (`url(data:…)`) for HTML swatches. */
export function levelPatternUrl(slot: LevelSlot, colour: string): string {
  const key = `${slot}|${colour}`;
  const cached = urlCache.get(key);
  if (cached) return cached;
  const url = `url(${tile(slot, colour, 2).toDataURL('image/png')})`;
  urlCache.set(key, url);
  return url;
}
