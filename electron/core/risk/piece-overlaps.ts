import type Flatbush from 'flatbush';
import { insideRings } from './planar-predicates.js';
import type { HazardPiece, Pair } from './vector-layer-index.js';

/**
 * Build-time checks that let the overlay add areas piece by piece instead of
 * unioning them: a piece is "overlap-free" when its rings are simple and its
 * interior shares no area with any other piece. Hazard maps are coverages
 * (neighbours meet along shared edges), so nearly every piece is; plots that
 * meet any other piece go through polyclip-ts. The tests lean to "overlaps":
 * a wrong "overlaps" only costs time, and a wrong "free" needs an overlap
 * thinner than ON_LINE (1e-9 of an edge, under a millimetre), whose area is
 * nil.
 */
const ON_LINE = 1e-9;

const orient = (p: Pair, q: Pair, r: Pair): number => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);

/** Twice the planar signed area of a closed ring (> 0 counter-clockwise). */
export function signedArea2(ring: readonly Pair[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const a = ring[i] as Pair;
    const b = ring[i + 1] as Pair;
    sum += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return sum;
}

/** Segments share at least one point (exact arithmetic on the given doubles; touching counts). */
function meet(a: Pair, b: Pair, c: Pair, d: Pair): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  const within = (p: Pair, q: Pair, r: Pair): boolean =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  return (
    (o1 === 0 && within(a, b, c)) ||
    (o2 === 0 && within(a, b, d)) ||
    (o3 === 0 && within(c, d, a)) ||
    (o4 === 0 && within(c, d, b))
  );
}

/**
 * No edge meets another except consecutive edges at their shared vertex (no
 * self-crossing, no spike, no hole touching the outer ring), and at least 3
 * vertices a ring. Edges sorted by west end, so only overlapping spans are compared.
 */
export function ringsAreSimple(rings: readonly Pair[][]): boolean {
  const edges: { ring: number; i: number; minX: number; maxX: number; minY: number; maxY: number }[] = [];
  for (const [r, ring] of rings.entries()) {
    if (ring.length < 4) return false;
    for (let i = 0; i < ring.length - 1; i += 1) {
      const [a, b] = [ring[i] as Pair, ring[i + 1] as Pair];
      edges.push({
        ring: r,
        i,
        minX: Math.min(a[0], b[0]),
        maxX: Math.max(a[0], b[0]),
        minY: Math.min(a[1], b[1]),
        maxY: Math.max(a[1], b[1]),
      });
    }
  }
  edges.sort((e, f) => e.minX - f.minX);
  for (let k = 0; k < edges.length; k += 1) {
    const e = edges[k] as (typeof edges)[number];
    const ring = rings[e.ring] as Pair[];
    const n = ring.length - 1;
    for (let l = k + 1; l < edges.length && (edges[l] as (typeof edges)[number]).minX <= e.maxX; l += 1) {
      const f = edges[l] as (typeof edges)[number];
      if (f.minY > e.maxY || f.maxY < e.minY) continue;
      const [a, b] = [ring[e.i] as Pair, ring[e.i + 1] as Pair];
      const other = rings[f.ring] as Pair[];
      const [c, d] = [other[f.i] as Pair, other[f.i + 1] as Pair];
      const next = f.ring === e.ring && (f.i === (e.i + 1) % n || e.i === (f.i + 1) % n);
      if (!next) {
        if (meet(a, b, c, d)) return false;
        continue;
      }
      // Consecutive edges share one vertex; folding back onto each other (a spike) is not simple.
      const shared = f.i === (e.i + 1) % n ? b : a;
      const [p, q] = [shared === a ? b : a, shared === c ? d : c];
      if (
        orient(shared, p, q) === 0 &&
        (p[0] - shared[0]) * (q[0] - shared[0]) + (p[1] - shared[1]) * (q[1] - shared[1]) > 0
      ) {
        return false;
      }
    }
  }
  return true;
}

/**
 * Some edge of `a` bounds a region inside `b`: an edge crossing one of b's,
 * a stretch of edge inside b, or a stretch along one of b's edges in the same
 * direction (with outer rings counter-clockwise and holes clockwise, the
 * interior lies left of every edge: same direction, same side). Both pieces
 * are simple, so an edge of b met along its length meets no other edge of b
 * there. Written without temporaries: it runs for every pair of neighbours.
 */
function edgesEnterInterior(a: HazardPiece, b: HazardPiece): boolean {
  const [bMinX, bMinY, bMaxX, bMaxY] = b.bbox;
  const cuts: number[] = [];
  const along: Pair[] = [];
  for (const ring of a.rings) {
    for (let i = 0; i < ring.length - 1; i += 1) {
      const p = ring[i] as Pair;
      const q = ring[i + 1] as Pair;
      const [px, py, qx, qy] = [p[0], p[1], q[0], q[1]];
      const eMinX = px < qx ? px : qx;
      const eMaxX = px < qx ? qx : px;
      const eMinY = py < qy ? py : qy;
      const eMaxY = py < qy ? qy : py;
      if (eMaxX < bMinX || eMinX > bMaxX || eMaxY < bMinY || eMinY > bMaxY) continue;
      const ex = qx - px;
      const ey = qy - py;
      const lengthSq = ex * ex + ey * ey;
      cuts.length = 0;
      along.length = 0;
      let shared = 0; // +1: the same edge in b, same direction; −1: reversed
      for (const other of b.rings) {
        for (let j = 0; j < other.length - 1 && shared === 0; j += 1) {
          const c = other[j] as Pair;
          const d = other[j + 1] as Pair;
          if ((c[0] < eMinX && d[0] < eMinX) || (c[0] > eMaxX && d[0] > eMaxX)) continue;
          if ((c[1] < eMinY && d[1] < eMinY) || (c[1] > eMaxY && d[1] > eMaxY)) continue;
          if (c[0] === px && c[1] === py && d[0] === qx && d[1] === qy) shared = 1;
          else if (c[0] === qx && c[1] === qy && d[0] === px && d[1] === py) shared = -1;
          if (shared !== 0) break;
          const o1 = ex * (c[1] - py) - ey * (c[0] - px);
          const o2 = ex * (d[1] - py) - ey * (d[0] - px);
          const fx = d[0] - c[0];
          const fy = d[1] - c[1];
          const otherSq = fx * fx + fy * fy;
          const o3 = fx * (py - c[1]) - fy * (px - c[0]);
          const o4 = fx * (qy - c[1]) - fy * (qx - c[0]);
          const cOn = Math.abs(o1) <= ON_LINE * lengthSq;
          const dOn = Math.abs(o2) <= ON_LINE * lengthSq;
          const pOn = Math.abs(o3) <= ON_LINE * otherSq;
          const qOn = Math.abs(o4) <= ON_LINE * otherSq;
          if (!cOn && !dOn && !pOn && !qOn && o1 * o2 < 0 && o3 * o4 < 0) return true;
          if (cOn) {
            const t = ((c[0] - px) * ex + (c[1] - py) * ey) / lengthSq;
            if (t > 0 && t < 1) cuts.push(t);
          }
          if (dOn) {
            const t = ((d[0] - px) * ex + (d[1] - py) * ey) / lengthSq;
            if (t > 0 && t < 1) cuts.push(t);
          }
          if (cOn && dOn) along.push(c, d);
        }
      }
      if (shared === 1) return true;
      if (shared === -1) continue;
      cuts.push(0, 1);
      cuts.sort((x, y) => x - y);
      for (let k = 0; k < cuts.length - 1; k += 1) {
        const t0 = cuts[k] as number;
        const t1 = cuts[k + 1] as number;
        if (t1 - t0 < 1e-12) continue;
        const t = (t0 + t1) / 2;
        const mx = px + ex * t;
        const my = py + ey * t;
        // On one of b's edges lying along this one?
        let onBoundary = false;
        for (let l = 0; l < along.length; l += 2) {
          const c = along[l] as Pair;
          const d = along[l + 1] as Pair;
          const fx = d[0] - c[0];
          const fy = d[1] - c[1];
          if ((mx - c[0]) * fx + (my - c[1]) * fy < 0 || (mx - d[0]) * fx + (my - d[1]) * fy > 0) continue;
          if (ex * fx + ey * fy > 0) return true;
          onBoundary = true;
        }
        if (onBoundary || mx < bMinX || mx > bMaxX || my < bMinY || my > bMaxY) continue;
        if (insideRings(mx, my, b.rings)) return true;
      }
    }
  }
  return false;
}

/** The interiors of two simple, consistently oriented pieces share some area. */
export const interiorsOverlap = (a: HazardPiece, b: HazardPiece): boolean =>
  edgesEnterInterior(a, b) || edgesEnterInterior(b, a);

/**
 * Sets `overlapFree` on every piece: simple rings (then oriented outer
 * counter-clockwise, holes clockwise, in place) and no shared area with any
 * other simple piece. Pairs with a non-simple piece are not tested: such a
 * piece is never overlap-free, so any plot meeting it is clipped with polyclip.
 */
export function flagOverlapFree(pieces: HazardPiece[], tree: Flatbush): void {
  for (const piece of pieces) {
    piece.overlapFree = ringsAreSimple(piece.rings);
    if (!piece.overlapFree) continue;
    piece.rings.forEach((ring, r) => {
      if (signedArea2(ring) > 0 !== (r === 0)) ring.reverse();
    });
  }
  const simple = pieces.map((piece) => piece.overlapFree);
  pieces.forEach((piece, i) => {
    if (!simple[i]) return;
    for (const j of tree.search(...piece.bbox)) {
      if (j <= i || !simple[j]) continue;
      const other = pieces[j] as HazardPiece;
      if (interiorsOverlap(piece, other)) {
        piece.overlapFree = false;
        other.overlapFree = false;
      }
    }
  });
}
