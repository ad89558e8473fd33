import { z } from 'zod';

/** Peru's CENEPRED hazard scale, lowest first. */
export const hazardLevels = ['bajo', 'medio', 'alto', 'muy_alto'] as const;
export const hazardLevelSchema = z.enum(hazardLevels);
export type HazardLevel = z.infer<typeof hazardLevelSchema>;

/** 0 for Bajo … 3 for Muy alto, to compare and take the highest. */
export const levelRank = (level: HazardLevel): number => hazardLevels.indexOf(level);
export const levelFromRank = (rank: number): HazardLevel =>
  hazardLevels[Math.max(0, Math.min(hazardLevels.length - 1, Math.round(rank)))] ?? 'bajo';
export function highestLevel(levels: Iterable<HazardLevel | null>): HazardLevel | null {
  let best: HazardLevel | null = null;
  for (const level of levels) if (level !== null && (best === null || levelRank(level) > levelRank(best))) best = level;
  return best;
}

/**
 * What the built-in coffee climate model rates per plot and scenario:
 * thermal suitability for Arabica, coffee leaf rust (roya), coffee berry borer
 * (broca), frost, drought, and landslide/erosion.
 */
export const modelHazards = ['thermal', 'rust', 'borer', 'frost', 'drought', 'landslide'] as const;
export const modelHazardSchema = z.enum(modelHazards);
export type ModelHazard = z.infer<typeof modelHazardSchema>;

/**
 * What a layer carries. Vector layers carry classes mapped to levels
 * (landslide susceptibility, flood scenarios…); raster layers carry values
 * (elevation in m, temperature in °C, rainfall and water deficit in mm/yr…).
 */
export const layerHazardTypes = [
  'landslide',
  'flood',
  'erosion',
  'drought',
  'frost',
  'rust',
  'elevation',
  'temperature',
  'rainfall',
  'water_deficit',
  'humidity',
  'suitability',
  'index',
  'other',
] as const;
export const layerHazardTypeSchema = z.enum(layerHazardTypes);
export type LayerHazardType = z.infer<typeof layerHazardTypeSchema>;

/** The climate scenarios; each has a warming Δ°C (an editable default with its source). */
export const scenarioIds = ['baseline', '2030', '2050_moderate', '2050_high'] as const;
export const scenarioIdSchema = z.enum(scenarioIds);
export type ScenarioId = z.infer<typeof scenarioIdSchema>;

/**
 * One reason behind a level, translated where shown (`risk.drivers.<code>` in
 * the catalogues, with `params` interpolated), so the CLI, the screens and the
 * PDF reports say the same thing in either language.
 */
export const riskDriverSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RiskDriver = z.infer<typeof riskDriverSchema>;

/** One hazard's result: a level (null when the model has no data for it) and why. */
export const hazardResultSchema = z.object({
  hazard: modelHazardSchema,
  level: hazardLevelSchema.nullable(),
  drivers: z.array(riskDriverSchema),
});
export type HazardResult = z.infer<typeof hazardResultSchema>;
