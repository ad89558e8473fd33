import fs from 'node:fs';
import path from 'node:path';

/** Plain rectangle, so this module needs no `electron` import and tests run in Node. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

/** How much of a window must remain on some display for its position to be kept. */
const MIN_VISIBLE_PX = 100;

const isFiniteInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** The saved state, or `null` when the file is missing, unreadable or malformed. */
export function readWindowState(file: string): WindowState | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { x, y, width, height, maximized } = parsed as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteInt) || typeof maximized !== 'boolean') return null;
  return { x, y, width, height, maximized } as WindowState;
}

/** Best effort: losing the window position must never stop the app from quitting. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(state)}\n`);
  } catch {
    // A read-only profile folder only costs the remembered position.
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Bounds that are certainly on screen. A remembered window keeps its place if
 * at least 100×100 px of it lies on a display (a monitor may have been
 * unplugged since); otherwise it is centred on the primary display. Sizes
 * never exceed the display's work area.
 */
export function visibleBounds(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowState {
  const fitTo = (area: Rect, width: number, height: number): { width: number; height: number } => ({
    width: Math.max(Math.min(width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(height, area.height), Math.min(MIN_SIZE.height, area.height)),
  });
  if (saved) {
    const host = workAreas.find((area) => {
      const o = overlap(saved, area);
      return o.width >= MIN_VISIBLE_PX && o.height >= MIN_VISIBLE_PX;
    });
    if (host) {
      const size = fitTo(host, saved.width, saved.height);
      // Keep the title bar reachable: pull the window back inside the host display.
      const x = Math.min(Math.max(saved.x, host.x), host.x + host.width - size.width);
      const y = Math.min(Math.max(saved.y, host.y), host.y + host.height - size.height);
      return { x, y, ...size, maximized: saved.maximized };
    }
  }
  const size = fitTo(primary, saved?.width ?? DEFAULT_SIZE.width, saved?.height ?? DEFAULT_SIZE.height);
  return {
    x: primary.x + Math.round((primary.width - size.width) / 2),
    y: primary.y + Math.round((primary.height - size.height) / 2),
    ...size,
    maximized: saved?.maximized ?? false,
  };
}
