import { ApiError } from '../../../shared/api/errors.js';
import { crsForCode, crsFromWkt, looksProjected, positionsOf, SUGGESTED_CRS_CODE } from '../geo/crs.js';
import type { ResolvedCrs } from '../geo/crs.js';
import type { SourceData } from './source-types.js';

export interface CrsFinding {
  /** What the file says, recognised; null when it says nothing usable. */
  detected: ResolvedCrs | null;
  /** The user must choose (metres without a CRS, or a CRS we cannot read). */
  needsChoice: boolean;
  suggestedCode: number;
}

/** Looks at a sample of coordinates: metres cannot be degrees. */
function sampleLooksProjected(source: SourceData): boolean {
  let seen = 0;
  for (const feature of source.features) {
    if (!feature.geometry) continue;
    for (const p of positionsOf(feature.geometry)) {
      if (looksProjected([p])) return true;
      if ((seen += 1) > 2000) return false;
    }
  }
  return false;
}

export function findSourceCrs(source: SourceData): CrsFinding {
  const suggestedCode = SUGGESTED_CRS_CODE;
  switch (source.crs.kind) {
    case 'epsg': {
      const detected = crsForCode(source.crs.code);
      return { detected, needsChoice: detected === null, suggestedCode };
    }
    case 'wkt': {
      const detected = crsFromWkt(source.crs.wkt);
      return { detected, needsChoice: detected === null, suggestedCode };
    }
    case 'wgs84':
    case 'none': {
      // A file that claims (or implies) degrees but holds metres has the wrong CRS: ask.
      if (sampleLooksProjected(source)) return { detected: null, needsChoice: true, suggestedCode };
      return { detected: crsForCode(4326), needsChoice: false, suggestedCode };
    }
    default: {
      const never: never = source.crs;
      throw new Error(`Unknown CRS kind ${JSON.stringify(never)}`);
    }
  }
}

/** The CRS to import with: the user's choice wins over the file's. */
export function importCrs(source: SourceData, chosenCode: number | null | undefined): ResolvedCrs {
  if (chosenCode !== null && chosenCode !== undefined) {
    const chosen = crsForCode(chosenCode);
    if (!chosen)
      throw new ApiError('VALIDATION', `EPSG:${chosenCode} is not one of the supported systems.`, {
        field: 'crsCode',
        reason: 'UNSUPPORTED_CRS',
      });
    return chosen;
  }
  const finding = findSourceCrs(source);
  if (finding.needsChoice || !finding.detected) {
    throw new ApiError(
      'VALIDATION',
      `The coordinates are not longitude/latitude and the file does not say its coordinate system; choose one (EPSG:${finding.suggestedCode} for most of Cajamarca).`,
      {
        field: 'crsCode',
        reason: 'NEEDS_CRS',
        suggestedCode: finding.suggestedCode,
      },
    );
  }
  return finding.detected;
}
