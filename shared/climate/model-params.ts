import { z } from 'zod';
import { hazardLevelSchema, modelHazardSchema, scenarioIdSchema } from '../domain/hazard.js';
import { modelLayerRules, modelParameterValues } from './model-provenance.js';

/**
 * The built-in model's editable parameters. Defaults come from
 * climate-model.json (each with its source there); the organisation changes
 * them in Settings (`settings.climateModel`).
 */

const levelCutoffsShape = z.object({ medio: z.number(), alto: z.number(), muy_alto: z.number() });

/** A quantity at or above `medio` is Medio, at or above `alto` Alto… (slope, score, °C outside the optimum). */
export const risingCutoffsSchema = levelCutoffsShape.refine((c) => c.medio <= c.alto && c.alto <= c.muy_alto, {
  message: 'Cutoffs must rise: medio ≤ alto ≤ muy_alto',
});
/** A quantity below `medio` is Medio, below `alto` Alto… (frost temperature, rainfall). */
export const fallingCutoffsSchema = levelCutoffsShape.refine((c) => c.medio >= c.alto && c.alto >= c.muy_alto, {
  message: 'Cutoffs must fall: medio ≥ alto ≥ muy_alto',
});
export type LevelCutoffs = z.infer<typeof levelCutoffsShape>;

export const referenceStationSchema = z.object({
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  altitudeM: z.number().min(-100).max(7000),
  meanTempC: z.number().min(-30).max(40),
  rainfallMm: z.number().min(0).max(20000).nullable(),
  source: z.string().trim().max(500),
});
export type ReferenceStation = z.infer<typeof referenceStationSchema>;

export const scenarioParamsSchema = z.object({
  deltaC: z.number().min(-5).max(10),
  source: z.string().trim().max(500),
});

export const rustSusceptibilities = ['susceptible', 'medium', 'resistant'] as const;
export const rustSusceptibilitySchema = z.enum(rustSusceptibilities);
export type RustSusceptibility = z.infer<typeof rustSusceptibilitySchema>;

const wetnessBreaks = z
  .object({ moderate: z.number().min(0), wet: z.number().min(0) })
  .refine((b) => b.moderate <= b.wet, { message: 'moderate ≤ wet' });

const nonNegative = z.number().min(0);

export const climateModelParamsSchema = z.object({
  /** Γ in °C per km of altitude. */
  lapseRateCPerKm: z.number().min(0).max(15),
  stations: z
    .array(referenceStationSchema)
    .min(1)
    .max(200)
    .refine((stations) => new Set(stations.map((s) => s.id)).size === stations.length, {
      message: 'Station ids must be unique',
    }),
  /** Exhaustive: one entry per ScenarioId. */
  scenarios: z.record(scenarioIdSchema, scenarioParamsSchema),
  thermal: z
    .object({ optimumMinC: z.number(), optimumMaxC: z.number(), levelCutoffsC: risingCutoffsSchema })
    .refine((t) => t.optimumMinC <= t.optimumMaxC, { message: 'optimumMinC ≤ optimumMaxC' }),
  rust: z
    .object({
      optimumC: z.number(),
      minC: z.number(),
      maxC: z.number(),
      temperatureMaxPoints: nonNegative,
      varietyPoints: z.record(rustSusceptibilitySchema, nonNegative),
      /** Variety name → class; matched without accents or case. */
      varieties: z.record(z.string().trim().min(1).max(120), rustSusceptibilitySchema),
      wetRainfallMm: wetnessBreaks,
      wetHumidityPct: wetnessBreaks,
      wetnessPoints: z.object({ dry: nonNegative, moderate: nonNegative, wet: nonNegative }),
      assumedWetnessPoints: nonNegative,
      denseShadePct: z.number().min(0).max(100),
      denseShadePoints: z.number(),
      levelCutoffs: risingCutoffsSchema,
    })
    .refine((r) => r.minC < r.optimumC && r.optimumC < r.maxC, { message: 'minC < optimumC < maxC' }),
  borer: z
    .object({ growthPerC: nonNegative, minC: z.number(), maxC: z.number(), levelCutoffsC: risingCutoffsSchema })
    .refine((b) => b.minC < b.maxC, { message: 'minC < maxC' }),
  frost: z.object({
    levelCutoffsC: fallingCutoffsSchema,
    frostAltitudeM: z.number().min(0).max(7000),
    altitudeMinLevel: hazardLevelSchema,
  }),
  drought: z.object({ rainfallCutoffsMm: fallingCutoffsSchema, waterDeficitCutoffsMm: risingCutoffsSchema }),
  landslide: z.object({ slopeCutoffsPct: risingCutoffsSchema }),
});
export type ClimateModelParams = z.infer<typeof climateModelParamsSchema>;

/** The defaults, read from climate-model.json (a malformed file fails at start-up, not silently). */
export const defaultClimateModelParams: ClimateModelParams = climateModelParamsSchema.parse(modelParameterValues);

/** Which vector-layer hazards feed which model hazard (flood feeds none: see climate-model.json). */
export const vectorHazardRules = z
  .object({ vectorHazards: z.record(z.string(), modelHazardSchema) })
  .parse(modelLayerRules).vectorHazards;
