import type { Feature, FeatureCollection } from 'geojson';
import { ApiError } from '../../../shared/api/errors.js';
import type { FeatureVerdict, ImportCounts, ImportMapping, ImportReason } from '../../../shared/domain/import.js';
import type { PlotGeometry, PlotMeasures } from '../../../shared/domain/plot-geometry.js';
import type { PlotFields } from '../../../shared/domain/plot.js';
import { analysePlotGeometry } from '../../../shared/geo/plot-analysis.js';
import type { JobContext } from '../api/job-context.js';
import { toWgs84 } from '../geo/crs.js';
import type { ResolvedCrs } from '../geo/crs.js';
import { peruTest } from '../geo/peru-boundary.js';
import { findNeighbourIssues } from '../plots/plot-overlaps.js';
import { geometryHash } from '../plots/plots-store.js';
import type { PlotCheck } from '../plots/plots-store.js';
import { getProducer } from '../producers/producers-store.js';
import type { Store } from '../store/open-store.js';
import {
  hasNoRing,
  isOnTheGlobe,
  MAX_OUTLINE_DEG,
  outlineSpan,
  plotGeometryFrom,
  pointAltitudeM,
} from './feature-geometry.js';
import { plotExtrasFrom, textOf } from './feature-values.js';
import type { ImportSession } from './import-sessions.js';
import { ProducerMatcher } from './producer-matching.js';
import type { PlannedProducer } from './producer-matching.js';
import { importCrs } from './resolve-import-crs.js';

export interface ImportOptions {
  organisationId: string;
  crsCode?: number | null;
  mapping: ImportMapping;
  /** Every feature without producer columns goes to this producer (e.g. a GPS walk of one farm). */
  defaultProducerId?: string | null;
}

export interface PlannedPlot {
  verdictIndex: number;
  producer: PlannedProducer;
  fields: Omit<PlotFields, 'producerId' | 'geometry'>;
  check: PlotCheck & { measures: PlotMeasures };
}

export interface ImportPlan {
  crs: ResolvedCrs;
  verdicts: FeatureVerdict[];
  plots: PlannedPlot[];
  producersToCreate: PlannedProducer[];
  counts: ImportCounts;
  /** Every feature in WGS84 for the preview map, with its index and verdict. */
  preview: FeatureCollection;
}

const CHUNK = 500;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function verdictOf(reasons: readonly ImportReason[]): FeatureVerdict['verdict'] {
  if (reasons.some((r) => r.level === 'error')) return 'rejected';
  if (reasons.some((r) => r.code === 'ALREADY_IMPORTED')) return 'unchanged';
  return reasons.some((r) => r.level === 'warning') ? 'warnings' : 'imported';
}

export function countVerdicts(verdicts: readonly FeatureVerdict[], producersToCreate: number): ImportCounts {
  const counts: ImportCounts = { imported: 0, warnings: 0, rejected: 0, unchanged: 0, producersToCreate };
  for (const v of verdicts) counts[v.verdict] += 1;
  return counts;
}

/**
 * Why a reprojected geometry cannot be measured as a plot at all: no ring
 * (`"coordinates": []`), numbers no map holds (NaN after reprojection, 1e308,
 * metres read as degrees), or an outline too long to be a plot. The geodesic
 * and turf steps that follow assume none of these.
 */
function unmeasurableReason(geometry: PlotGeometry): ImportReason | null {
  if (hasNoRing(geometry)) return { code: 'TOO_FEW_VERTICES', level: 'error', params: {} };
  if (!isOnTheGlobe(geometry)) return { code: 'OUTSIDE_PERU', level: 'error', params: {} };
  const outline = outlineSpan(geometry);
  if (outline.degrees > MAX_OUTLINE_DEG)
    return { code: 'OUTLINE_TOO_LONG', level: 'error', params: { lengthKm: outline.km } };
  return null;
}

/**
 * Reads every feature as a plot would be saved: reprojected, mapped,
 * validated with the plot rules, matched to its producer, checked against the
 * plots already stored. Writes nothing; yields between chunks so progress is
 * reported and a cancel stops it.
 */
export async function planImport(
  db: Store,
  session: ImportSession,
  options: ImportOptions,
  job: JobContext,
  /** The commit finds overlaps while writing (also those inside the file), so it skips them here. */
  { neighbours = true }: { neighbours?: boolean } = {},
): Promise<ImportPlan> {
  const { source } = session;
  const crs = importCrs(source, options.crsCode);
  const organisation = db
    .prepare('SELECT region FROM organisations WHERE id = ? AND deleted_at IS NULL')
    .get(options.organisationId) as { region: string } | undefined;
  if (!organisation)
    throw new ApiError('NOT_FOUND', 'No such organisation.', { entity: 'organisation', id: options.organisationId });
  const defaultProducer = options.defaultProducerId ? getProducer(db, options.defaultProducerId) : null;
  const matcher = new ProducerMatcher(
    db,
    options.organisationId,
    options.mapping,
    defaultProducer
      ? {
          key: `id:${defaultProducer.id}`,
          existingId: defaultProducer.id,
          memberCode: defaultProducer.memberCode,
          names: defaultProducer.names,
          dni: defaultProducer.dni,
        }
      : null,
  );
  const storedHashes = new Set(
    (
      db
        .prepare('SELECT geometry_hash AS h FROM plots WHERE deleted_at IS NULL AND geometry_hash IS NOT NULL')
        .all() as { h: string }[]
    ).map((r) => r.h),
  );
  const seenHashes = new Set<string>();
  const verdicts: FeatureVerdict[] = [];
  const plots: PlannedPlot[] = [];
  const previewFeatures: Feature[] = [];
  const total = source.features.length;

  for (let start = 0; start < total; start += CHUNK) {
    job.throwIfCancelled();
    job.progress(start, total, 'validate');
    await yieldToEventLoop();
    for (const feature of source.features.slice(start, start + CHUNK)) {
      const reasons: ImportReason[] = [];
      const name =
        (options.mapping.plotName ? textOf(feature.properties[options.mapping.plotName]) : null) ??
        textOf(feature.properties.name) ??
        `${session.fileName} #${feature.index + 1}`;
      const verdict: FeatureVerdict = {
        index: feature.index,
        layer: feature.layer ?? null,
        plotName: name.slice(0, 120),
        verdict: 'imported',
        reasons,
        areaHa: null,
        producerCode: null,
        producerName: null,
        producerIsNew: false,
      };
      verdicts.push(verdict);
      const producer = matcher.match(feature.properties, reasons);
      if (producer)
        Object.assign(verdict, {
          producerCode: producer.memberCode,
          producerName: producer.names,
          producerIsNew: producer.existingId === null,
        });
      const candidate = feature.geometry ? plotGeometryFrom(feature.geometry) : null;
      if (!feature.geometry) reasons.push({ code: 'NO_GEOMETRY', level: 'error', params: {} });
      else if (!candidate)
        reasons.push({ code: 'UNSUPPORTED_GEOMETRY', level: 'error', params: { type: feature.geometry.type } });
      if (!candidate) {
        verdict.verdict = verdictOf(reasons);
        continue;
      }
      const geometry = toWgs84(candidate, crs) as PlotGeometry;
      const unmeasurable = unmeasurableReason(geometry);
      if (unmeasurable) {
        reasons.push(unmeasurable);
        verdict.verdict = verdictOf(reasons);
        continue;
      }
      const extras = plotExtrasFrom(feature.properties, options.mapping, reasons);
      const gpsAltitude = pointAltitudeM(geometry);
      const analysis = analysePlotGeometry(geometry, {
        declaredAreaHa: extras.declaredAreaHa ?? null,
        region: organisation.region,
        peru: peruTest,
      });
      reasons.push(...analysis.issues.map(({ code, level, params }) => ({ code, level, params })));
      previewFeatures.push({
        type: 'Feature',
        geometry: analysis.geometry,
        properties: { row: verdicts.length - 1, index: feature.index, name: verdict.plotName },
      });
      if (analysis.measures) verdict.areaHa = analysis.measures.areaHa;
      if (!analysis.measures || reasons.some((r) => r.level === 'error') || !producer) {
        verdict.verdict = verdictOf(reasons);
        continue;
      }
      const hash = geometryHash(analysis.geometry);
      if (storedHashes.has(hash)) reasons.push({ code: 'ALREADY_IMPORTED', level: 'info', params: {} });
      else if (seenHashes.has(hash)) reasons.push({ code: 'DUPLICATE_IN_FILE', level: 'error', params: {} });
      seenHashes.add(hash);
      let check: PlotCheck & { measures: PlotMeasures } = {
        ...analysis,
        measures: analysis.measures,
        overlaps: [],
        geometryHash: hash,
      };
      if (neighbours && verdictOf(reasons) !== 'unchanged' && verdictOf(reasons) !== 'rejected') {
        const found = findNeighbourIssues(db, analysis.geometry, hash, analysis.measures.bbox, null);
        reasons.push(...found.issues.map(({ code, level, params }) => ({ code, level, params })));
        check = { ...check, issues: [...analysis.issues, ...found.issues], overlaps: found.overlaps };
      }
      verdict.verdict = verdictOf(reasons);
      if (verdict.verdict === 'imported' || verdict.verdict === 'warnings') {
        plots.push({
          verdictIndex: verdicts.length - 1,
          producer,
          check,
          fields: {
            name: verdict.plotName,
            declaredAreaHa: extras.declaredAreaHa ?? null,
            altitudeM: extras.altitudeM ?? gpsAltitude,
            altitudeSource: extras.altitudeM !== undefined ? 'typed' : gpsAltitude !== null ? 'gps' : null,
            variety: extras.variety ?? '',
            plantingYear: extras.plantingYear ?? null,
            plantsPerHa: extras.plantsPerHa ?? null,
            shadePct: extras.shadePct ?? null,
            productionSystem: extras.productionSystem ?? 'convencional',
            lastHarvestQq: extras.lastHarvestQq ?? null,
            lastHarvestBasis: 'pergamino',
            notes: extras.notes ?? '',
          },
        });
      }
    }
  }
  job.progress(total, total, 'validate');
  const used = new Set(plots.map((p) => p.producer.key));
  const producersToCreate = [...matcher.planned.values()].filter((p) => used.has(p.key));
  // Verdicts are final only now; the preview map colours features by them.
  for (const f of previewFeatures) {
    const props = f.properties as { row: number; verdict?: string };
    props.verdict = verdicts[props.row]?.verdict;
  }
  return {
    crs,
    verdicts,
    plots,
    producersToCreate,
    counts: countVerdicts(verdicts, producersToCreate.length),
    preview: { type: 'FeatureCollection', features: previewFeatures },
  };
}
