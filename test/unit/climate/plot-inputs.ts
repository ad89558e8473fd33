import type { ScenarioId } from '../../../shared/domain/hazard.js';
import type { HazardLevel, HazardResult, ModelHazard } from '../../../shared/domain/hazard.js';
import type {
  LayerEvidence,
  PlotAssessment,
  PlotClimateInputs,
  RasterStats,
  VectorStats,
} from '../../../shared/climate/model-inputs.js';

/** Near Cajamarca city, so the Weberbauer station (−78.49, −7.17) is the nearest. */
export const nearCajamarca: [number, number] = [-78.5, -7.1];

export function plot(overrides: Partial<PlotClimateInputs> = {}): PlotClimateInputs {
  return {
    altitudeM: 1350,
    altitudeSource: 'typed',
    centroid: nearCajamarca,
    variety: 'Caturra',
    shadePct: null,
    rasters: [],
    vectors: [],
    ...overrides,
  };
}

type RasterLayer = LayerEvidence<RasterStats & { slopePct: number | null }>;

export function raster(
  hazard: RasterLayer['hazard'],
  mean: number,
  extra: { scenarioId?: ScenarioId | null; slopePct?: number | null; name?: string } = {},
): RasterLayer {
  return {
    layerId: `${hazard}-${extra.scenarioId ?? 'all'}`,
    layerName: extra.name ?? `${hazard} layer`,
    hazard,
    scenarioId: extra.scenarioId ?? null,
    stats: { mean, min: mean, max: mean, pixelCount: 4, slopePct: extra.slopePct ?? null },
  };
}

export function vector(
  hazard: LayerEvidence<VectorStats>['hazard'],
  shares: Partial<Record<HazardLevel, number>>,
  highest: HazardLevel | null,
  scenarioId: ScenarioId | null = null,
): LayerEvidence<VectorStats> {
  return {
    layerId: `${hazard}-vector`,
    layerName: `${hazard} map`,
    hazard,
    scenarioId,
    stats: { shares, highest },
  };
}

export function result(assessment: PlotAssessment, hazard: ModelHazard): HazardResult {
  const found = assessment.results.find((r) => r.hazard === hazard);
  if (!found) throw new Error(`no ${hazard} result`);
  return found;
}

export const levelOf = (assessment: PlotAssessment, hazard: ModelHazard): HazardLevel | null =>
  result(assessment, hazard).level;

export function driverParams(assessment: PlotAssessment, hazard: ModelHazard, code: string) {
  const found = result(assessment, hazard).drivers.find((d) => d.code === code);
  if (!found) throw new Error(`no ${code} driver for ${hazard}`);
  return found.params;
}
