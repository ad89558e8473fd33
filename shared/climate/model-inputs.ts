import type { HazardLevel, HazardResult, LayerHazardType, ScenarioId } from '../domain/hazard.js';

/** A raster layer's zonal statistics within a plot (the centroid's value for points and sub-pixel plots). */
export interface RasterStats {
  mean: number;
  min: number;
  max: number;
  /** Pixels whose centre falls inside the plot; 0 when the centroid value was used. */
  pixelCount: number;
}

/** A vector layer's classes within a plot: share of the plot's geodesic area per level, and the highest touched. */
export interface VectorStats {
  /** 0…1 per level; levels absent from the plot are absent here. Shares sum to ≤ 1. */
  shares: Partial<Record<HazardLevel, number>>;
  /** Highest level touched (for a point: the level of the polygon holding it); null when none. */
  highest: HazardLevel | null;
}

/** A layer's contribution to a plot, named so drivers can say where a value came from. */
export interface LayerEvidence<S> {
  layerId: string;
  layerName: string;
  hazard: LayerHazardType;
  /** A layer tied to a scenario only counts for that scenario; null counts for all. */
  scenarioId: ScenarioId | null;
  stats: S;
}

/**
 * Everything the built-in model knows about one plot. It works with the plot's
 * own fields alone and uses layers when there are any.
 */
export interface PlotClimateInputs {
  /** msnm: typed or from GPS; null when unknown (then a DEM layer may give it). */
  altitudeM: number | null;
  altitudeSource: 'typed' | 'gps' | 'dem' | null;
  /** [lon, lat] of the centroid: picks the nearest reference station. */
  centroid: [number, number];
  variety: string;
  shadePct: number | null;
  /** Raster layers overlapping the plot (elevation, temperature, rainfall, water deficit, humidity…). */
  rasters: LayerEvidence<RasterStats & { slopePct: number | null }>[];
  /** Vector hazard layers overlapping the plot (landslide susceptibility, drought, flood…). */
  vectors: LayerEvidence<VectorStats>[];
}

/** The model's answer for one plot and one scenario. */
export interface PlotAssessment {
  scenarioId: ScenarioId;
  /** Mean annual temperature used (°C), null when neither altitude nor a temperature layer gives it. */
  temperatureC: number | null;
  /** Altitude used (msnm) and where it came from. */
  altitudeM: number | null;
  altitudeSource: 'typed' | 'gps' | 'dem' | null;
  results: HazardResult[];
}
