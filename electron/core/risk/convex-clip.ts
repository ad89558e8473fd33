import { signedArea2 } from './piece-overlaps.js';
import type { Pair } from './vector-layer-index.js';

/**
 * Clipping hazard pieces by a plot without a general polygon-clipping library:
 * the plot is cut into convex windows (itself when convex, else triangles by
 * ear clipping) and each piece is clipped to each window with
 * Sutherland–Hodgman, which is exact for a convex window and any simple
 * subject. Areas add up over the windows. polyclip-ts does the same job some
 * 50 times slower (it computes in arbitrary precision); the overlay keeps it
 * for plots whose pieces overlap or are not simple.
 */
const orient = (p: Pair, q: Pair, r: Pair): number => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);

/** Beyond this many vertices a non-convex plot is left to polyclip (ear clipping is quadratic or worse). */
const MAX_EAR_CLIP_VERTICES = 200;

/** A closed ring as an open counter-clockwise vertex list. */
function openCounterClockwise(ring: readonly Pair[]): Pair[] {
  const open = ring.slice(0, -1);
  return signedArea2(ring) < 0 ? open.reverse() : open;
}

/** Every turn left or straight, and the ring goes round once (its x changes direction at most twice). */
function isConvex(open: readonly Pair[]): boolean {
  const n = open.length;
  let directionChanges = 0;
  let lastDx = 0;
  for (let i = 0; i < n; i += 1) {
    const [a, b, c] = [open[i] as Pair, open[(i + 1) % n] as Pair, open[(i + 2) % n] as Pair];
    if (orient(a, b, c) < 0) return false;
    const dx = b[0] - a[0];
    if (dx !== 0) {
      if (lastDx !== 0 && dx * lastDx < 0) directionChanges += 1;
      lastDx = dx;
    }
  }
  return directionChanges <= 2;
}

/** Strictly inside triangle abc (counter-clockwise), or on its boundary. */
const inTriangle = (p: Pair, a: Pair, b: Pair, c: Pair): boolean =>
  orient(a, b, p) >= 0 && orient(b, c, p) >= 0 && orient(c, a, p) >= 0;

/** Triangles of a simple polygon (open, counter-clockwise) by ear clipping; null if it finds no ear (not simple). */
function earClip(open: Pair[]): Pair[][] | null {
  const ring = [...open];
  const triangles: Pair[][] = [];
  while (ring.length > 3) {
    let clipped = false;
    for (let i = 0; i < ring.length; i += 1) {
      const n = ring.length;
      const [a, b, c] = [ring[(i + n - 1) % n] as Pair, ring[i] as Pair, ring[(i + 1) % n] as Pair];
      const turn = orient(a, b, c);
      if (turn < 0) continue;
      // A straight (or spike) vertex encloses nothing: drop it.
      if (turn > 0 && ring.some((p, k) => k !== i && p !== a && p !== c && inTriangle(p, a, b, c))) continue;
      if (turn > 0) triangles.push([a, b, c]);
      ring.splice(i, 1);
      clipped = true;
      break;
    }
    if (!clipped) return null;
  }
  const [a, b, c] = ring as [Pair, Pair, Pair];
  if (ring.length === 3 && orient(a, b, c) > 0) triangles.push([a, b, c]);
  return triangles;
}

/** Convex windows covering a simple plot ring exactly (open, counter-clockwise); null to leave it to polyclip. */
export function convexWindows(ring: readonly Pair[]): Pair[][] | null {
  const open = openCounterClockwise(ring);
  if (open.length < 3) return null;
  if (isConvex(open)) return [open];
  return open.length <= MAX_EAR_CLIP_VERTICES ? earClip(open) : null;
}

/**
 * A closed ring clipped to a convex window (open, counter-clockwise), closed
 * again; [] when nothing is left. Concave subjects may keep zero-width
 * bridges along the window's edges, which enclose no area.
 */
export function clipRingToConvex(ring: Pair[], window: readonly Pair[]): Pair[] {
  let points = ring.slice(0, -1);
  for (let w = 0; w < window.length && points.length > 0; w += 1) {
    const [p, q] = [window[w] as Pair, window[(w + 1) % window.length] as Pair];
    const out: Pair[] = [];
    let prev = points[points.length - 1] as Pair;
    let prevSide = orient(p, q, prev);
    for (const cur of points) {
      const side = orient(p, q, cur);
      if (side >= 0 !== prevSide >= 0) {
        const t = prevSide / (prevSide - side);
        out.push([prev[0] + (cur[0] - prev[0]) * t, prev[1] + (cur[1] - prev[1]) * t]);
      }
      if (side >= 0) out.push(cur);
      prev = cur;
      prevSide = side;
    }
    points = out;
  }
  if (points.length < 3) return [];
  const first = points[0] as Pair;
  points.push([first[0], first[1]]);
  return points;
}
