import * as polyclip from 'polyclip-ts';
import type { VectorStats } from '../../../shared/climate/model-inputs.js';
import { hazardLevels, type HazardLevel } from '../../../shared/domain/hazard.js';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import { geodesicAreaHa } from '../../../shared/geo/geodesic.js';
import { insideRings, relatePiece } from './planar-predicates.js';
import {
  clipRingToBox,
  parseRing,
  ringBox,
  type BBox,
  type HazardPiece,
  type Pair,
  type VectorLayerIndex,
} from './vector-layer-index.js';

/**
 * Something the overlay had to work around in a hazard layer, so the caller
 * can count it and tell the user: a piece polyclip-ts could not clip was
 * cleaned (unioned with itself, which resolves self-intersections by the
 * non-zero rule) or, if even that failed, left out of this plot.
 */
export interface OverlayIssue {
  code: 'PIECE_CLEANED' | 'PIECE_SKIPPED';
  featureIndex: number;
}

/**
 * Shares below this are measurement noise, not hazard: a level's area is the
 * difference of two covered areas, and the same region measured from different
 * vertices differs by up to ~1e-8 of the plot (GeoJSON edges are lon/lat lines
 * densified every 0.001°, so splitting an edge moves its geodesic chords by a
 * fraction of a millimetre). 1e-6 of a 1 ha plot is 0.01 m².
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

/** A relevant piece clipped to the plot's box, as polygons polyclip-ts reads (replaced when cleaned). */
interface Clipped {
  piece: HazardPiece;
  polygons: Pair[][][];
  /** Checked on its own after a failure: kept, cleaned or skipped. */
  checked: boolean;
  skipped: boolean;
}

/** Geodesic area of a polyclip result; throws on a non-finite one (polyclip passes corrupt coordinates through). */
function areaOf(coordinates: Pair[][][]): number {
  const areaHa = geodesicAreaHa({ type: 'MultiPolygon', coordinates });
  if (!Number.isFinite(areaHa)) throw new Error('NON_FINITE_AREA');
  return areaHa;
}

/**
 * After polyclip-ts threw on several pieces together: each piece not yet
 * checked is tried alone against the plot, cleaned if it fails (unioned with
 * itself, which rebuilds its rings by the non-zero rule), skipped if that
 * fails too. Reports what it did.
 */
function checkPieces(plot: Pair[][][], entries: Clipped[], onIssue?: (issue: OverlayIssue) => void): void {
  for (const entry of entries) {
    if (entry.checked) continue;
    entry.checked = true;
    try {
      areaOf(polyclip.intersection(plot, entry.polygons));
      continue;
    } catch {
      // Broken on its own: clean it below.
    }
    try {
      const cleaned = polyclip.union(entry.polygons);
      areaOf(polyclip.intersection(plot, cleaned));
      entry.polygons = cleaned;
      onIssue?.({ code: 'PIECE_CLEANED', featureIndex: entry.piece.featureIndex });
    } catch {
      entry.skipped = true;
      onIssue?.({ code: 'PIECE_SKIPPED', featureIndex: entry.piece.featureIndex });
    }
  }
}

/**
 * Area (ha) of the plot ∩ the union of the pieces: one polyclip-ts call, which
 * reads a MultiPolygon's overlapping members as their union. When polyclip
 * throws (broken polygons in official layers), the pieces are checked one by
 * one and the call retried; if the pieces only fail together, each is
 * intersected alone and the results unioned one at a time, skipping (and
 * reporting) any that cannot be added. Never throws.
 */
function coveredAreaHa(plot: Pair[][][], entries: Clipped[], onIssue?: (issue: OverlayIssue) => void): number {
  const usable = (): Clipped[] => entries.filter((entry) => !entry.skipped);
  try {
    return areaOf(
      polyclip.intersection(
        plot,
        usable().flatMap((entry) => entry.polygons),
      ),
    );
  } catch {
    checkPieces(plot, entries, onIssue);
  }
  try {
    return areaOf(
      polyclip.intersection(
        plot,
        usable().flatMap((entry) => entry.polygons),
      ),
    );
  } catch {
    let coveredHa = 0;
    let covered: Pair[][][] = [];
    for (const entry of usable()) {
      try {
        const next = polyclip.union(covered, polyclip.intersection(plot, entry.polygons));
        coveredHa = areaOf(next);
        covered = next;
      } catch {
        onIssue?.({ code: 'PIECE_SKIPPED', featureIndex: entry.piece.featureIndex });
      }
    }
    return coveredHa;
  }
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
 * - "Highest" is the highest level covering a share of at least 1e-6 of
 *   the plot: a polygon touching the plot only along an edge or at a vertex
 *   covers no area and does not count.
 * - A polygon holding the whole plot (no edge of it meets the plot) settles
 *   the plot without clipping, unless a higher-level polygon overlaps it.
 *
 * `plotAreaHa` is the plot's geodesic area as stored (geodesicAreaHa); it is
 * measured again when not positive. Broken hazard polygons never throw: see
 * OverlayIssue.
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
  const clipped: Clipped[] = [];
  for (const piece of relevant) {
    const rings = clipPiece(piece, clipBox);
    if (rings) clipped.push({ piece, polygons: [rings], checked: false, skipped: false });
  }
  clipped.sort((a, b) => b.piece.rank - a.piece.rank);

  // Area covered by levels ≥ k, for k from the top down; a level's own area is the
  // difference with the level above, so overlaps go to the highest level.
  const areaByRank = hazardLevels.map(() => 0);
  let coveredAbove = 0;
  for (let i = 0; i < clipped.length;) {
    const rank = (clipped[i] as Clipped).piece.rank;
    while (i < clipped.length && (clipped[i] as Clipped).piece.rank === rank) i += 1;
    const covered = Math.max(coveredAbove, coveredAreaHa(parts, clipped.slice(0, i), onIssue));
    areaByRank[rank] = covered - coveredAbove;
    coveredAbove = covered;
  }
  if (containerRank >= 0) areaByRank[containerRank] = Math.max(0, areaHa - coveredAbove);
  return statsFromAreas(areaByRank, areaHa);
}
