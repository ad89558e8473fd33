import type { BBox, HazardPiece, Pair } from './vector-layer-index.js';

/**
 * Planar tests in lon/lat for the overlay's fast path. They decide only
 * whether clipping is needed: a plot's edges are straight lines in lon/lat
 * (RFC 7946 §3.1.1), so "inside" here is the same "inside" the clipped areas
 * are measured from. Plain float arithmetic: a near-tie can only send a plot
 * down the exact (clipping) path or miss a contact of zero area.
 */

/** > 0 when r is left of p→q, < 0 right, 0 on the line. */
const orient = (p: Pair, q: Pair, r: Pair): number => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);

/** Winding number ≠ 0 (the non-zero rule polyclip-ts applies to self-crossing rings). */
export function insideRing(x: number, y: number, ring: readonly Pair[]): boolean {
  let winding = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const a = ring[i] as Pair;
    const b = ring[i + 1] as Pair;
    const cross = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
    if (a[1] <= y) {
      if (b[1] > y && cross > 0) winding += 1;
    } else if (b[1] <= y && cross < 0) winding -= 1;
  }
  return winding !== 0;
}

/** Inside the outer ring (first) and in none of the holes. */
export function insideRings(x: number, y: number, rings: readonly Pair[][]): boolean {
  if (!rings[0] || !insideRing(x, y, rings[0])) return false;
  for (let i = 1; i < rings.length; i += 1) if (insideRing(x, y, rings[i] as Pair[])) return false;
  return true;
}

/** Inside any of the polygons. */
export const insideParts = (x: number, y: number, parts: readonly Pair[][][]): boolean =>
  parts.some((rings) => insideRings(x, y, rings));

/** Segments a–b and c–d cross or touch (shared points and collinear overlaps included). */
function segmentsMeet(a: Pair, b: Pair, c: Pair, d: Pair): boolean {
  if (
    Math.max(a[0], b[0]) < Math.min(c[0], d[0]) ||
    Math.max(c[0], d[0]) < Math.min(a[0], b[0]) ||
    Math.max(a[1], b[1]) < Math.min(c[1], d[1]) ||
    Math.max(c[1], d[1]) < Math.min(a[1], b[1])
  ) {
    return false;
  }
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  // A zero orientation inside overlapping boxes puts that end point on the other segment.
  const within = (p: Pair, q: Pair, r: Pair): boolean =>
    r[0] >= Math.min(p[0], q[0]) &&
    r[0] <= Math.max(p[0], q[0]) &&
    r[1] >= Math.min(p[1], q[1]) &&
    r[1] <= Math.max(p[1], q[1]);
  return (
    (d1 === 0 && within(c, d, a)) ||
    (d2 === 0 && within(c, d, b)) ||
    (d3 === 0 && within(a, b, c)) ||
    (d4 === 0 && within(a, b, d))
  );
}

function boundariesMeet(piece: HazardPiece, parts: readonly Pair[][][], box: BBox): boolean {
  const [minX, minY, maxX, maxY] = box;
  const boxes = piece.ringBoxes;
  for (let r = 0; r < piece.rings.length; r += 1) {
    const o = r * 4;
    if ((boxes[o] as number) > maxX || (boxes[o + 2] as number) < minX) continue;
    if ((boxes[o + 1] as number) > maxY || (boxes[o + 3] as number) < minY) continue;
    const ring = piece.rings[r] as Pair[];
    for (let i = 0; i < ring.length - 1; i += 1) {
      const c = ring[i] as Pair;
      const d = ring[i + 1] as Pair;
      // Most edges of a hazard polygon are nowhere near the plot.
      if ((c[0] > maxX && d[0] > maxX) || (c[0] < minX && d[0] < minX)) continue;
      if ((c[1] > maxY && d[1] > maxY) || (c[1] < minY && d[1] < minY)) continue;
      for (const rings of parts) {
        for (const plotRing of rings) {
          for (let j = 0; j < plotRing.length - 1; j += 1) {
            if (segmentsMeet(plotRing[j] as Pair, plotRing[j + 1] as Pair, c, d)) return true;
          }
        }
      }
    }
  }
  return false;
}

/**
 * How a hazard piece lies relative to a plot (its parts' rings, closed, and
 * their bounding box): 'contains' the whole plot, 'disjoint' from it, or
 * 'crosses' (anything else, touching included) — only then is clipping needed.
 * With no boundary contact every ring lies wholly inside or outside the other
 * shape, so one vertex per ring tells which.
 */
export function relatePiece(
  piece: HazardPiece,
  parts: readonly Pair[][][],
  box: BBox,
): 'contains' | 'disjoint' | 'crosses' {
  if (boundariesMeet(piece, parts, box)) return 'crosses';
  let partsInside = 0;
  for (const rings of parts) {
    const v = (rings[0] as Pair[])[0] as Pair;
    if (insideRings(v[0], v[1], piece.rings)) partsInside += 1;
  }
  if (partsInside > 0 && partsInside < parts.length) return 'crosses';
  const [minX, minY, maxX, maxY] = box;
  const boxes = piece.ringBoxes;
  for (let r = 0; r < piece.rings.length; r += 1) {
    const o = r * 4;
    if ((boxes[o] as number) > maxX || (boxes[o + 2] as number) < minX) continue;
    if ((boxes[o + 1] as number) > maxY || (boxes[o + 3] as number) < minY) continue;
    const v = (piece.rings[r] as Pair[])[0] as Pair;
    if (insideParts(v[0], v[1], parts)) return 'crosses';
  }
  return partsInside > 0 ? 'contains' : 'disjoint';
}
