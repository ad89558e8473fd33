import { useEffect, useMemo, useState } from 'react';
import type { PlotCheckResult } from '../../../../shared/api/plots.js';
import type { PlotGeometry, PlotIssue, PlotMeasures } from '../../../../shared/domain/plot-geometry.js';
import type { PlotOverlap } from '../../../../shared/domain/plot.js';
import { analysePlotGeometry, hasBlockingIssue } from '../../../../shared/geo/plot-analysis.js';
import { useApi } from '../../../api/api-context.js';

/** Long enough not to call the core on every pointer move, short enough to feel live. */
const VALIDATE_DEBOUNCE_MS = 250;

export interface CheckInput {
  readonly geometry: PlotGeometry | null;
  readonly producerId: string | null;
  readonly declaredAreaHa: number | null;
  /** The plot being edited, so it does not overlap with itself. */
  readonly plotId?: string;
}

export interface GeometryCheck {
  /** Measured here on every change (WGS84 geodesic, as the core does); null when meaningless. */
  readonly areaHa: number | null;
  readonly perimeterM: number | null;
  /** The core's findings once it has answered for this very geometry, else the local ones. */
  readonly issues: readonly PlotIssue[];
  readonly overlaps: readonly PlotOverlap[];
  readonly blocking: boolean;
  /** The core has not yet answered for the current geometry (overlap, Peru's border). */
  readonly pending: boolean;
}

/**
 * NOTE: a polygon that crosses itself has no meaningful area (a bow tie's two
 * halves cancel out to ~0 ha), so area-based findings are noise next to the
 * crossing error and are not shown with it.
 */
const AREA_CODES = new Set<PlotIssue['code']>(['AREA_TOO_SMALL', 'AREA_TOO_LARGE', 'DECLARED_AREA_DIFFERS']);
const crossesItself = (issues: readonly PlotIssue[]) => issues.some((issue) => issue.code === 'SELF_INTERSECTION');

const sameInput = (a: CheckInput, b: CheckInput): boolean =>
  a.geometry === b.geometry &&
  a.producerId === b.producerId &&
  a.declaredAreaHa === b.declaredAreaHa &&
  a.plotId === b.plotId;

/**
 * Live validation while drawing: the pure rules (area, vertices, crossings)
 * at once, then `plots.validate` (debounced) for the rules that need the
 * database — overlaps with other plots, outside Peru, outside the region.
 */
export function useGeometryCheck(input: CheckInput): GeometryCheck {
  const api = useApi();
  const { geometry, producerId, declaredAreaHa, plotId } = input;
  const local = useMemo(
    () => (geometry ? analysePlotGeometry(geometry, { declaredAreaHa }) : null),
    [geometry, declaredAreaHa],
  );
  const [server, setServer] = useState<{ input: CheckInput; result: PlotCheckResult } | null>(null);
  const localBlocks = !local || hasBlockingIssue(local.issues);

  useEffect(() => {
    // The core would only repeat the local errors; it adds nothing until they are fixed.
    if (!geometry || !producerId || localBlocks) return;
    const asked: CheckInput = { geometry, producerId, declaredAreaHa, plotId };
    let current = true;
    const timer = window.setTimeout(() => {
      api.plots.validate({ geometry, producerId, declaredAreaHa, ...(plotId ? { plotId } : {}) }).then(
        (result) => current && setServer({ input: asked, result }),
        () => {
          // The local findings stay on screen; saving reports any real problem.
        },
      );
    }, VALIDATE_DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, geometry, producerId, declaredAreaHa, plotId, localBlocks]);

  const fresh = server && sameInput(server.input, input) ? server.result : null;
  const found = fresh?.issues ?? local?.issues ?? [];
  const crossing = crossesItself(found);
  const issues = crossing ? found.filter((issue) => !AREA_CODES.has(issue.code)) : found;
  const measures: PlotMeasures | null = local?.measures ?? null;
  return {
    areaHa: measures && !crossing ? measures.areaHa : null,
    perimeterM: measures?.perimeterM ?? null,
    issues,
    overlaps: fresh?.overlaps ?? [],
    blocking: !local?.measures || hasBlockingIssue(issues),
    pending: !localBlocks && !!producerId && !fresh,
  };
}
