import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { levelRank, type HazardLevel } from '../../../shared/domain/hazard.js';
import { flagOverlapFree } from './piece-overlaps.js';

/** [lon, lat], the shape polyclip-ts takes and returns. */
export type Pair = [number, number];
/** [minLon, minLat, maxLon, maxLat]. */
export type BBox = readonly [number, number, number, number];

/**
 * One polygon of a hazard layer, parsed once and kept ready for clipping: a
 * part of a (Multi)Polygon feature, or a tile of a large one (see
 * MAX_PIECE_VERTICES). Rings are closed, outer ring first, then holes.
 */
export interface HazardPiece {
  readonly level: HazardLevel;
  /** levelRank(level): 0 Bajo … 3 Muy alto. */
  readonly rank: number;
  /** Position of the source feature in the iterable given to buildVectorLayerIndex. */
  readonly featureIndex: number;
  readonly rings: Pair[][];
  /** Bounding box of each ring, 4 numbers a ring (minX, minY, maxX, maxY), to skip rings far from a plot. */
  readonly ringBoxes: Float64Array;
  readonly bbox: BBox;
  /**
   * Simple rings (oriented outer counter-clockwise, holes clockwise) and no
   * area shared with any other piece: its clipped areas can be added without
   * a union. Set by buildVectorLayerIndex (piece-overlaps.ts).
   */
  overlapFree: boolean;
}

export interface VectorLayerIndex {
  /** Features read (including those with no usable polygon). */
  readonly featureCount: number;
  readonly pieces: readonly HazardPiece[];
  /** Pieces whose bounding box intersects or touches `bbox`. */
  candidates(bbox: BBox): HazardPiece[];
}

/**
 * Polygons with more vertices than this are cut into tiles at build time, as
 * PostGIS ST_Subdivide does (its default max_vertices is 256): official
 * susceptibility maps (INGEMMET) hold polygons of tens of thousands of
 * vertices, and clipping one of those for every plot would cost O(vertices)
 * per plot. Tiles share their cut lines exactly, so they add up to the polygon.
 */
export const MAX_PIECE_VERTICES = 256;
/** 2^-24 of a layer's extent: enough to separate any real vertex cloud, and a stop for degenerate ones. */
const MAX_SUBDIVIDE_DEPTH = 24;

export function ringBox(ring: readonly Pair[]): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/** Keeps lon/lat only (drops altitude and repeated vertices), closes the ring; null when fewer than 3 vertices are left. */
export function parseRing(ring: readonly Position[]): Pair[] | null {
  const out: Pair[] = [];
  for (const position of ring) {
    const x = position[0] as number;
    const y = position[1] as number;
    const last = out[out.length - 1];
    if (!Number.isFinite(x) || !Number.isFinite(y) || (last && last[0] === x && last[1] === y)) continue;
    out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : null;
}

/** Keeps the points on the inner side of one axis-aligned line (one Sutherland–Hodgman stage). */
function clipStage(points: Pair[], axis: 0 | 1, bound: number, keepBelow: boolean): Pair[] {
  const out: Pair[] = [];
  const n = points.length;
  if (n === 0) return out;
  let prev = points[n - 1] as Pair;
  let prevIn = keepBelow ? prev[axis] <= bound : prev[axis] >= bound;
  for (let i = 0; i < n; i += 1) {
    const cur = points[i] as Pair;
    const curIn = keepBelow ? cur[axis] <= bound : cur[axis] >= bound;
    if (curIn !== prevIn) {
      const t = (bound - prev[axis]) / (cur[axis] - prev[axis]);
      out.push(axis === 0 ? [bound, prev[1] + (cur[1] - prev[1]) * t] : [prev[0] + (cur[0] - prev[0]) * t, bound]);
    }
    if (curIn) out.push(cur);
    prev = cur;
    prevIn = curIn;
  }
  return out;
}

/**
 * A closed ring clipped to a box (Sutherland–Hodgman), closed again; [] when
 * nothing is left. Concave rings may come out with zero-width "bridges" along
 * the box edges: they enclose no area, and polyclip-ts and the winding-number
 * tests here read them as such. Clipping to a half-plane keeps the winding
 * number of every point kept, so self-crossing rings stay what they were.
 */
export function clipRingToBox(ring: Pair[], box: BBox, ringBbox?: ArrayLike<number>): Pair[] {
  const [minX, minY, maxX, maxY] = box;
  const rb = ringBbox ?? ringBox(ring);
  const rMinX = rb[0] as number;
  const rMinY = rb[1] as number;
  const rMaxX = rb[2] as number;
  const rMaxY = rb[3] as number;
  if (rMinX > maxX || rMaxX < minX || rMinY > maxY || rMaxY < minY) return [];
  if (rMinX >= minX && rMaxX <= maxX && rMinY >= minY && rMaxY <= maxY) return ring;
  // The stages work on the open ring (the closing vertex would be a duplicate).
  let points = ring.slice(0, -1);
  if (rMinX < minX) points = clipStage(points, 0, minX, false);
  if (rMaxX > maxX) points = clipStage(points, 0, maxX, true);
  if (rMinY < minY) points = clipStage(points, 1, minY, false);
  if (rMaxY > maxY) points = clipStage(points, 1, maxY, true);
  if (points.length < 3) return [];
  const first = points[0] as Pair;
  points.push([first[0], first[1]]);
  return points;
}

function makePiece(level: HazardLevel, featureIndex: number, rings: Pair[][]): HazardPiece {
  const ringBoxes = new Float64Array(rings.length * 4);
  rings.forEach((ring, i) => ringBoxes.set(ringBox(ring), i * 4));
  const bbox: BBox = [ringBoxes[0] as number, ringBoxes[1] as number, ringBoxes[2] as number, ringBoxes[3] as number];
  return { level, rank: levelRank(level), featureIndex, rings, ringBoxes, bbox, overlapFree: false };
}

/** Cuts a polygon in halves along its longer side until each tile has at most MAX_PIECE_VERTICES vertices. */
function subdivide(rings: Pair[][], box: BBox, depth: number, out: Pair[][][]): void {
  const vertices = rings.reduce((sum, ring) => sum + ring.length - 1, 0);
  if (vertices <= MAX_PIECE_VERTICES || depth >= MAX_SUBDIVIDE_DEPTH) {
    out.push(rings);
    return;
  }
  const [minX, minY, maxX, maxY] = box;
  const halves: BBox[] =
    maxX - minX >= maxY - minY
      ? [
          [minX, minY, (minX + maxX) / 2, maxY],
          [(minX + maxX) / 2, minY, maxX, maxY],
        ]
      : [
          [minX, minY, maxX, (minY + maxY) / 2],
          [minX, (minY + maxY) / 2, maxX, maxY],
        ];
  for (const half of halves) {
    const outer = clipRingToBox(rings[0] as Pair[], half);
    if (outer.length === 0) continue;
    const clipped = [outer];
    for (const hole of rings.slice(1)) {
      const piece = clipRingToBox(hole, half);
      if (piece.length > 0) clipped.push(piece);
    }
    subdivide(clipped, ringBox(outer), depth + 1, out);
  }
}

/**
 * Parses a vector hazard layer once: every polygon part becomes a piece (large
 * ones tiled), indexed by bounding box with flatbush, and checked for overlaps
 * with its neighbours (see HazardPiece.overlapFree). Parts whose outer ring
 * has fewer than 3 distinct vertices are dropped; invalid but non-degenerate
 * polygons (self-intersections) are kept as they are and dealt with by the
 * overlay.
 */
export function buildVectorLayerIndex(
  features: Iterable<{ level: HazardLevel; geometry: Polygon | MultiPolygon }>,
): VectorLayerIndex {
  const pieces: HazardPiece[] = [];
  let featureCount = 0;
  for (const { level, geometry } of features) {
    const featureIndex = featureCount;
    featureCount += 1;
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const part of parts) {
      const outer = part[0] ? parseRing(part[0]) : null;
      if (!outer) continue;
      const rings = [outer];
      for (const hole of part.slice(1)) {
        const parsed = parseRing(hole);
        if (parsed) rings.push(parsed);
      }
      const tiles: Pair[][][] = [];
      subdivide(rings, ringBox(outer), 0, tiles);
      for (const tile of tiles) pieces.push(makePiece(level, featureIndex, tile));
    }
  }
  const tree = pieces.length > 0 ? new Flatbush(pieces.length) : null;
  if (tree) {
    for (const { bbox } of pieces) tree.add(bbox[0], bbox[1], bbox[2], bbox[3]);
    tree.finish();
    flagOverlapFree(pieces, tree);
  }
  return {
    featureCount,
    pieces,
    candidates: ([minX, minY, maxX, maxY]) =>
      tree ? tree.search(minX, minY, maxX, maxY).map((i) => pieces[i] as HazardPiece) : [],
  };
}
