import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, readWindowState, visibleBounds, writeWindowState } from '../../electron/shell/window-state.js';
import type { Rect, WindowState } from '../../electron/shell/window-state.js';
import { tempDir } from '../helpers/temp-dir.js';

const laptop: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const external: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('visibleBounds', () => {
  it('centres a default-size window on the primary display the first time', () => {
    expect(visibleBounds(null, [laptop], laptop)).toEqual({
      x: Math.round((1366 - DEFAULT_SIZE.width) / 2),
      y: 0, // 800 px does not fit in 728: the height shrinks to the work area
      width: DEFAULT_SIZE.width,
      height: 728,
      maximized: false,
    });
  });

  it('keeps a remembered window that is on a display', () => {
    const saved: WindowState = { x: 1500, y: 100, width: 1200, height: 800, maximized: true };
    expect(visibleBounds(saved, [laptop, external], laptop)).toEqual(saved);
  });

  it('moves a window from an unplugged monitor back to the primary display', () => {
    const saved: WindowState = { x: 1500, y: 100, width: 1200, height: 700, maximized: false };
    const bounds = visibleBounds(saved, [laptop], laptop);
    expect(bounds).toEqual({ x: 83, y: 14, width: 1200, height: 700, maximized: false });
  });

  it('pulls a window hanging off the top-left back so its title bar is reachable', () => {
    const saved: WindowState = { x: -300, y: -50, width: 1000, height: 600, maximized: false };
    expect(visibleBounds(saved, [laptop], laptop)).toMatchObject({ x: 0, y: 0, width: 1000, height: 600 });
  });

  it('treats a sliver of less than 100 px on screen as off screen', () => {
    const saved: WindowState = { x: 1300, y: 0, width: 1000, height: 600, maximized: false };
    expect(visibleBounds(saved, [laptop], laptop)).toMatchObject({ x: 183, y: 64 });
  });
});

describe('window-state.json', () => {
  it('round-trips and ignores damaged files', () => {
    const file = path.join(tempDir(), 'nested', 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    const state: WindowState = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);

    fs.writeFileSync(file, '{"x": 1, "y": 2');
    expect(readWindowState(file)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ ...state, width: '1000' }));
    expect(readWindowState(file)).toBeNull();
    fs.writeFileSync(file, 'null');
    expect(readWindowState(file)).toBeNull();
  });
});
