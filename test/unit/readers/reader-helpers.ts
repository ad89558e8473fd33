import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Position } from 'geojson';
import { expect } from 'vitest';
import { ApiError } from '../../../shared/api/errors.js';
import type { UnreadableReason } from '../../../electron/core/import/source-types.js';

/** Real third-party files, shared by every worktree: read in place, never copied into the repo. */
export const fixturesDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures');

export function fixture(relativePath: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(fixturesDir, relativePath)));
}

/** The ApiError `run` throws; fails the test when it returns or throws anything else. */
export function unreadableError(run: () => unknown): ApiError & { details: { reason: UnreadableReason } } {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected FILE_UNREADABLE').toBeInstanceOf(ApiError);
  const error = thrown as ApiError & { details: { reason: UnreadableReason } };
  expect(error.code).toBe('FILE_UNREADABLE');
  return error;
}

export function expectUnreadable(run: () => unknown, reason: UnreadableReason): ApiError {
  const error = unreadableError(run);
  expect(error.details.reason).toBe(reason);
  return error;
}

/** What GDAL reads from a file, as GeoJSON features (no reprojection, rings in file order). */
export function gdalFeatures(
  source: string,
): { properties: Record<string, unknown>; geometry: GeoJsonGeometry | null }[] {
  const out = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', source], { maxBuffer: 256 * 1024 * 1024 });
  return (JSON.parse(out.toString('utf8')) as { features: ReturnType<typeof gdalFeatures> }).features;
}

export type GeoJsonGeometry = { type: string; coordinates: unknown };

/** Runs a GDAL command-line tool (installed in development and CI: apt install gdal-bin). */
export function gdal(tool: 'ogr2ogr' | 'ogrinfo', args: string[]): string {
  return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

/** Twice the signed planar area of a ring; positive when counter-clockwise. */
export function ringArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [ax, ay] = ring[j] as [number, number];
    const [bx, by] = ring[i] as [number, number];
    sum += ax * by - bx * ay;
  }
  return sum;
}

/** A deterministic byte generator (mulberry32), so a failing fuzz case can be replayed. */
export function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}
