import type { HazardLevel } from '../../../../shared/domain/hazard.js';
import { LEVEL_COLOURS, NO_LEVEL_COLOUR } from '../../layers/level-colours.js';

/**
 * Hatches drawn as real lines, clipped to the shape, rather than SVG
 * `<pattern>` fills: Chromium's PDF backend (Skia) turns every pattern use
 * into a raster image (≈ 200 KB each, blurred when zoomed), while lines stay
 * vector, small and sharp on any printer. Lines sit on a grid shared by the
 * whole drawing, so the hatches of neighbouring shapes line up.
 */
export type HatchKind = 'plain' | 'dots' | 'diagonal' | 'cross' | 'dashes';

export interface FillStyle {
  readonly background: string;
  readonly hatch: HatchKind;
  readonly ink: string;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const DARK_INK = 'rgba(0,0,0,0.6)';
const LIGHT_INK = 'rgba(255,255,255,0.8)';

/**
 * The levels as on screen (renderer/features/risk/level-patterns.ts): Bajo
 * plain, Medio dots, Alto diagonal lines, Muy alto cross-hatch in a light ink
 * on its dark brown, no data short dashes; more ink for a higher level.
 */
export function levelFillStyle(level: HazardLevel | null): FillStyle {
  switch (level) {
    case null:
      return { background: NO_LEVEL_COLOUR, hatch: 'dashes', ink: DARK_INK };
    case 'bajo':
      return { background: LEVEL_COLOURS.bajo, hatch: 'plain', ink: DARK_INK };
    case 'medio':
      return { background: LEVEL_COLOURS.medio, hatch: 'dots', ink: DARK_INK };
    case 'alto':
      return { background: LEVEL_COLOURS.alto, hatch: 'diagonal', ink: DARK_INK };
    case 'muy_alto':
      return { background: LEVEL_COLOURS.muy_alto, hatch: 'cross', ink: LIGHT_INK };
    default: {
      const never: never = level;
      throw new Error(`Unknown level ${String(never)}`);
    }
  }
}

/** Series of a chart that must read in greyscale: dark, light, hatched, dotted, cross-hatched, white. */
const SERIES_STYLES: readonly FillStyle[] = [
  { background: '#3a3a3a', hatch: 'plain', ink: '#000' },
  { background: '#b5b5b5', hatch: 'plain', ink: '#000' },
  { background: '#ffffff', hatch: 'diagonal', ink: '#000' },
  { background: '#ffffff', hatch: 'dots', ink: '#000' },
  { background: '#e0e0e0', hatch: 'cross', ink: '#000' },
  { background: '#ffffff', hatch: 'plain', ink: '#000' },
];
export const seriesFillStyle = (index: number): FillStyle =>
  SERIES_STYLES[((index % SERIES_STYLES.length) + SERIES_STYLES.length) % SERIES_STYLES.length] ?? SERIES_STYLES[0]!;

const r1 = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * The hatch lines covering `box`, on a grid of `spacing` units, as one path
 * (to be clipped to the shape). Dots and dashes are short strokes of it:
 * draw them with `hatchStroke(kind, spacing)`'s dash pattern.
 */
export function hatchPath(kind: HatchKind, box: Box, spacing: number): string {
  if (kind === 'plain' || !(box.width > 0) || !(box.height > 0) || !(spacing > 0)) return '';
  const x0 = box.x;
  const y0 = box.y;
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  const parts: string[] = [];
  if (kind === 'dots' || kind === 'dashes') {
    // Rows through the middle of each grid cell, starting on the grid so rows and dashes line up across shapes.
    const startX = Math.floor(x0 / spacing) * spacing;
    for (let y = Math.floor(y0 / spacing) * spacing + spacing / 2; y < y1; y += spacing) {
      if (y > y0) parts.push(`M${r1(startX)},${r1(y)}H${r1(x1 + spacing)}`);
    }
    return parts.join('');
  }
  // "/" lines: x + y = c; "\" lines: y − x = c; c on the grid.
  for (let c = Math.floor((x0 + y0) / spacing) * spacing; c <= x1 + y1; c += spacing) {
    parts.push(`M${r1(c - y0)},${r1(y0)}L${r1(c - y1)},${r1(y1)}`);
  }
  if (kind === 'cross') {
    for (let c = Math.floor((y0 - x1) / spacing) * spacing; c <= y1 - x0; c += spacing) {
      parts.push(`M${r1(x0)},${r1(x0 + c)}L${r1(x1)},${r1(x1 + c)}`);
    }
  }
  return parts.join('');
}

/** How the hatch path is stroked: dots are short dashes as long as the line is thick; dashes longer. */
export function hatchStroke(
  kind: HatchKind,
  spacing: number,
): { strokeWidth: number; strokeDasharray?: string; strokeDashoffset?: number } {
  switch (kind) {
    case 'dots':
      return {
        strokeWidth: spacing * 0.28,
        strokeDasharray: `${r1(spacing * 0.28)} ${r1(spacing * 0.72)}`,
        strokeDashoffset: -spacing * 0.36,
      };
    case 'dashes':
      return { strokeWidth: spacing * 0.14, strokeDasharray: `${r1(spacing * 0.5)} ${r1(spacing * 0.5)}` };
    case 'diagonal':
    case 'cross':
      return { strokeWidth: spacing * 0.15 };
    case 'plain':
      return { strokeWidth: 0 };
    default: {
      const never: never = kind;
      throw new Error(`Unknown hatch ${String(never)}`);
    }
  }
}

/**
 * The bounding box of an SVG path made of M, L, H, V and Z commands
 * (absolute or relative), as the maps and charts write them; null for
 * anything else (curves, arcs), where the caller gives the box.
 */
export function pathBox(d: string): Box | null {
  const tokens = d.match(/[MLHVZmlhvz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g);
  if (!tokens || /[^MLHVZmlhvz\d\s,.eE+-]/.test(d)) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = 'M';
  const see = () => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  };
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] ?? '';
    if (/[A-Za-z]/.test(token)) {
      command = token;
      i += 1;
      if (command === 'Z' || command === 'z') {
        x = startX;
        y = startY;
      }
      continue;
    }
    const a = Number(token);
    const relative = command === command.toLowerCase();
    switch (command.toUpperCase()) {
      case 'M':
      case 'L': {
        const b = Number(tokens[i + 1]);
        x = relative ? x + a : a;
        y = relative ? y + b : b;
        if (command.toUpperCase() === 'M') {
          startX = x;
          startY = y;
          // Further pairs after M are line-tos.
          command = relative ? 'l' : 'L';
        }
        i += 2;
        break;
      }
      case 'H':
        x = relative ? x + a : a;
        i += 1;
        break;
      case 'V':
        y = relative ? y + a : a;
        i += 1;
        break;
      default:
        return null;
    }
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    see();
  }
  return minX <= maxX ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null;
}
