import type { ModelHazard } from '../../../shared/domain/hazard.js';
import type { ClimateModelParams, LevelCutoffs } from '../../../shared/climate/model-params.js';

export const thresholdQuantities = [
  'thermalOutsideC',
  'rustScore',
  'borerTempC',
  'frostTempC',
  'rainfallMm',
  'waterDeficitMm',
  'slopePct',
] as const;
export type ThresholdQuantity = (typeof thresholdQuantities)[number];

/** One row of level cutoffs: shown on the Methodology page, edited in Settings. */
export interface ThresholdRow {
  id: string;
  hazard: ModelHazard;
  quantity: ThresholdQuantity;
  /** Dotted path in climate-model.json, for its source. */
  path: string;
  cutoffs: (params: ClimateModelParams) => LevelCutoffs;
  withCutoffs: (params: ClimateModelParams, cutoffs: LevelCutoffs) => ClimateModelParams;
}

export const thresholdRows: readonly ThresholdRow[] = [
  {
    id: 'thermal',
    hazard: 'thermal',
    quantity: 'thermalOutsideC',
    path: 'thermal.levelCutoffsC',
    cutoffs: (p) => p.thermal.levelCutoffsC,
    withCutoffs: (p, c) => ({ ...p, thermal: { ...p.thermal, levelCutoffsC: c } }),
  },
  {
    id: 'rust',
    hazard: 'rust',
    quantity: 'rustScore',
    path: 'rust.levelCutoffs',
    cutoffs: (p) => p.rust.levelCutoffs,
    withCutoffs: (p, c) => ({ ...p, rust: { ...p.rust, levelCutoffs: c } }),
  },
  {
    id: 'borer',
    hazard: 'borer',
    quantity: 'borerTempC',
    path: 'borer.levelCutoffsC',
    cutoffs: (p) => p.borer.levelCutoffsC,
    withCutoffs: (p, c) => ({ ...p, borer: { ...p.borer, levelCutoffsC: c } }),
  },
  {
    id: 'frost',
    hazard: 'frost',
    quantity: 'frostTempC',
    path: 'frost.levelCutoffsC',
    cutoffs: (p) => p.frost.levelCutoffsC,
    withCutoffs: (p, c) => ({ ...p, frost: { ...p.frost, levelCutoffsC: c } }),
  },
  {
    id: 'droughtRainfall',
    hazard: 'drought',
    quantity: 'rainfallMm',
    path: 'drought.rainfallCutoffsMm',
    cutoffs: (p) => p.drought.rainfallCutoffsMm,
    withCutoffs: (p, c) => ({ ...p, drought: { ...p.drought, rainfallCutoffsMm: c } }),
  },
  {
    id: 'droughtDeficit',
    hazard: 'drought',
    quantity: 'waterDeficitMm',
    path: 'drought.waterDeficitCutoffsMm',
    cutoffs: (p) => p.drought.waterDeficitCutoffsMm,
    withCutoffs: (p, c) => ({ ...p, drought: { ...p.drought, waterDeficitCutoffsMm: c } }),
  },
  {
    id: 'landslide',
    hazard: 'landslide',
    quantity: 'slopePct',
    path: 'landslide.slopeCutoffsPct',
    cutoffs: (p) => p.landslide.slopeCutoffsPct,
    withCutoffs: (p, c) => ({ ...p, landslide: { ...p.landslide, slopeCutoffsPct: c } }),
  },
];
