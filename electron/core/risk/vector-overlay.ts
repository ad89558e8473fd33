import type { VectorStats } from '../../../shared/climate/model-inputs.js';
import { hazardLevels, type HazardLevel } from '../../../shared/domain/hazard.js';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import { geodesicAreaHa } from '../../../shared/geo/geodesic.js';
import { clipRingToConvex, convexWindows } from './convex-clip.js';
import { insideRings, relatePiece } from './planar-predicates.js';
import { levelAreasByPolyclip, type OverlayIssue } from './polyclip-areas.js';
import {
  clipRingToBox,
  parseRing,
  ringBox,
  type BBox,
  type HazardPiece,
  type Pair,
  type VectorLayerIndex,
} from './vector-layer-index.js';

export type { OverlayIssue } from './polyclip-areas.js';

/**
 * Shares below this are measurement noise, not hazard: the same region
 * measured from different vertices differs by up to ~1e-8 of the plot
 * (GeoJSON edges are lon/lat lines densified every 0.001° for the geodesic
 * area, so splitting an edge moves its chords by a fraction of a millimetre),
 * and the polyclip path takes a level's area as a difference of two areas.
 * 1e-6 of a 1 ha plot is 0.01 m².
 */
const MIN_SHARE = 1e-6;

const empty = (): VectorStats => ({ shares: {}, highest: null });

function plotParts(plot: Exclude<PlotGeometry, { type: 'Point' }>): Pair[][][] {
  const polygons = plot.type === 'Polygon' ? [plot.coordinates] : plot.coordinates;
  const parts: Pair[][][] = [];
  for (const polygon of polygons) {
    const rings = polygon.map(parseRing).filter((ring): ring is Pair[] => ring !== null);
    if (rings.length > 0) parts.push(rings);
  }
  return parts;
}

function boxOfParts(parts: Pair[][][]): BBox {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of parts) {
    const [a, b, c, d] = ringBox(part[0] as Pair[]);
    minX = Math.min(minX, a);
    minY = Math.min(minY, b);
    maxX = Math.max(maxX, c);
    maxY = Math.max(maxY, d);
  }
  return [minX, minY, maxX, maxY];
}

function pointStats(lon: number, lat: number, index: VectorLayerIndex): VectorStats {
  let best: HazardPiece | null = null;
  for (const piece of index.candidates([lon, lat, lon, lat])) {
    if ((best === null || piece.rank > best.rank) && insideRings(lon, lat, piece.rings)) best = piece;
  }
  return best ? { shares: { [best.level]: 1 }, highest: best.level } : empty();
}

/** The piece clipped to a box around the plot: a huge polygon becomes a handful of vertices. */
function clipPiece(piece: HazardPiece, box: BBox): Pair[][] | null {
  const outer = clipRingToBox(piece.rings[0] as Pair[], box, piece.ringBoxes.subarray(0, 4));
  if (outer.length === 0) return null;
  const rings = [outer];
  for (let i = 1; i < piece.rings.length; i += 1) {
    const hole = clipRingToBox(piece.rings[i] as Pair[], box, piece.ringBoxes.subarray(i * 4, i * 4 + 4));
    if (hole.length > 0) rings.push(hole);
  }
  return rings;
}

/** Area (ha) of a simple piece (clipped to the plot's box) inside the plot's convex windows. */
function areaInWindowsHa(rings: Pair[][], windows: readonly Pair[][]): number {
  let areaHa = 0;
  for (const window of windows) {
    const outer = clipRingToConvex(rings[0] as Pair[], window);
    if (outer.length === 0) continue;
    const clipped = [outer];
    for (let i = 1; i < rings.length; i += 1) {
      const hole = clipRingToConvex(rings[i] as Pair[], window);
      if (hole.length > 0) clipped.push(hole);
    }
    areaHa += geodesicAreaHa({ type: 'Polygon', coordinates: clipped });
  }
  return areaHa;
}

function statsFromAreas(areaByRank: number[], plotAreaHa: number): VectorStats {
  const shares: Partial<Record<HazardLevel, number>> = {};
  const raw = areaByRank.map((areaHa) => Math.min(1, Math.max(0, areaHa / plotAreaHa)));
  const total = raw.reduce((sum, share) => sum + share, 0);
  // Areas measured on clipped pieces can exceed a plot area rounded by the caller by a hair.
  const scale = total > 1 ? 1 / total : 1;
  let highest: HazardLevel | null = null;
  raw.forEach((share, rank) => {
    const level = hazardLevels[rank] as HazardLevel;
    if (share * scale < MIN_SHARE) return;
    shares[level] = share * scale;
    highest = level;
  });
  return { shares, highest };
}

/**
 * Share of the plot's geodesic area (WGS84, Karney) in each hazard level of a
 * vector layer, and the highest level present.
 *
 * - Point plots: the level of the highest polygon holding the point, share 1.
 * - Where polygons overlap, the area counts once, for the highest level
 *   (CENEPRED practice: a place takes its worst class).
 * - "Highest" is the highest level covering a share of at least 1e-6 of the
 *   plot: a polygon touching the plot only along an edge or at a vertex
 *   covers no area and does not count.
 * - A polygon holding the whole plot (no edge of it meets the plot) settles
 *   the plot without clipping, unless a higher-level polygon overlaps it.
 * - Otherwise the polygons meeting the plot are clipped to its bounding box,
 *   then to the plot: by Sutherland–Hodgman on the plot's convex windows when
 *   they are overlap-free (HazardPiece.overlapFree) and the plot is a single
 *   ring, else with polyclip-ts (unions within a level, highest level wins).
 *
 * `plotAreaHa` is the plot's geodesic area as stored (geodesicAreaHa); it is
 * measured again when not positive. Broken hazard polygons never throw: see
 * OverlayIssue, reported through `onIssue`.
 */
export function overlayVector(
  plot: PlotGeometry,
  plotAreaHa: number,
  index: VectorLayerIndex,
  onIssue?: (issue: OverlayIssue) => void,
): VectorStats {
  if (plot.type === 'Point') return pointStats(plot.coordinates[0] as number, plot.coordinates[1] as number, index);
  const parts = plotParts(plot);
  if (parts.length === 0) return empty();
  const box = boxOfParts(parts);
  const candidates = index.candidates(box);
  if (candidates.length === 0) return empty();

  let containerRank = -1;
  const crossing: HazardPiece[] = [];
  for (const piece of candidates) {
    const relation = relatePiece(piece, parts, box);
    if (relation === 'contains') containerRank = Math.max(containerRank, piece.rank);
    else if (relation === 'crosses') crossing.push(piece);
  }
  const relevant = crossing.filter((piece) => piece.rank > containerRank);
  if (relevant.length === 0) {
    const level = hazardLevels[containerRank];
    return level ? { shares: { [level]: 1 }, highest: level } : empty();
  }

  const areaHa = plotAreaHa > 0 ? plotAreaHa : geodesicAreaHa({ type: 'MultiPolygon', coordinates: parts });
  // A margin keeps the clip box off the plot's own extreme vertices (no coincident edges for polyclip).
  const margin = 1e-3 * Math.max(box[2] - box[0], box[3] - box[1]) + 1e-9;
  const clipBox: BBox = [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
  const clipped: { piece: HazardPiece; rings: Pair[][] }[] = [];
  for (const piece of relevant) {
    const rings = clipPiece(piece, clipBox);
    if (rings) clipped.push({ piece, rings });
  }

  const single = parts.length === 1 && parts[0]?.length === 1 ? (parts[0][0] as Pair[]) : null;
  const windows = single && relevant.every((piece) => piece.overlapFree) ? convexWindows(single) : null;
  let areaByRank: number[];
  let coveredHa: number;
  if (windows) {
    // No two pieces share area: each level's area is the sum of its pieces'.
    areaByRank = hazardLevels.map(() => 0);
    for (const { piece, rings } of clipped) {
      areaByRank[piece.rank] = (areaByRank[piece.rank] ?? 0) + areaInWindowsHa(rings, windows);
    }
    coveredHa = areaByRank.reduce((sum, a) => sum + a, 0);
  } else {
    ({ areaByRank, coveredHa } = levelAreasByPolyclip(parts, clipped, onIssue));
  }
  if (containerRank >= 0) areaByRank[containerRank] = Math.max(0, areaHa - coveredHa);
  return statsFromAreas(areaByRank, areaHa);
}
