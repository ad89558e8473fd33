import * as polyclip from 'polyclip-ts';
import { hazardLevels } from '../../../shared/domain/hazard.js';
import { geodesicAreaHa } from '../../../shared/geo/geodesic.js';
import type { HazardPiece, Pair } from './vector-layer-index.js';

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

/**
 * Area (ha) of the plot in each level, overlaps to the highest, for pieces
 * (already clipped to the plot's box) that may overlap or be invalid: the
 * area covered by levels ≥ k, from the top down, less the area above.
 */
export function levelAreasByPolyclip(
  plot: Pair[][][],
  clippedPieces: { piece: HazardPiece; rings: Pair[][] }[],
  onIssue?: (issue: OverlayIssue) => void,
): { areaByRank: number[]; coveredHa: number } {
  const clipped: Clipped[] = clippedPieces
    .map(({ piece, rings }) => ({ piece, polygons: [rings], checked: false, skipped: false }))
    .sort((a, b) => b.piece.rank - a.piece.rank);
  const areaByRank = hazardLevels.map(() => 0);
  let coveredAbove = 0;
  for (let i = 0; i < clipped.length;) {
    const rank = (clipped[i] as Clipped).piece.rank;
    while (i < clipped.length && (clipped[i] as Clipped).piece.rank === rank) i += 1;
    const covered = Math.max(coveredAbove, coveredAreaHa(plot, clipped.slice(0, i), onIssue));
    areaByRank[rank] = covered - coveredAbove;
    coveredAbove = covered;
  }
  return { areaByRank, coveredHa: coveredAbove };
}
