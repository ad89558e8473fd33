import { z } from 'zod';
import { hazardLevelSchema, hazardResultSchema, modelHazards, scenarioIdSchema } from '../domain/hazard.js';
import type { ModelHazard } from '../domain/hazard.js';
import { idSchema, timestampSchema } from '../domain/ids.js';
import { procedure } from './procedure.js';

const levelsSchema = z.object(
  Object.fromEntries(modelHazards.map((h) => [h, hazardLevelSchema.nullable()])) as Record<
    ModelHazard,
    z.ZodNullable<typeof hazardLevelSchema>
  >,
);
export type HazardLevels = z.infer<typeof levelsSchema>;

export const riskStatusSchema = z.object({
  plots: z.number().int(),
  /** Analysed with the plot, layers and model settings as they are now. */
  upToDate: z.number().int(),
  /** Analysed, but the plot, a layer or the model settings changed since. */
  stale: z.number().int(),
  /** Never analysed. */
  missing: z.number().int(),
  lastAnalysedAt: timestampSchema.nullable(),
});
export type RiskStatus = z.infer<typeof riskStatusSchema>;

export const riskRowSchema = z.object({
  plotId: idSchema,
  plotName: z.string(),
  producerId: idSchema,
  producerName: z.string(),
  areaHa: z.number(),
  /** Altitude the model used (msnm) and where it came from. */
  altitudeM: z.number().nullable(),
  altitudeSource: z.enum(['typed', 'gps', 'dem']).nullable(),
  variety: z.string(),
  scenarioId: scenarioIdSchema,
  temperatureC: z.number().nullable(),
  levels: levelsSchema,
  stale: z.boolean(),
});
export type RiskRow = z.infer<typeof riskRowSchema>;

/** What one layer found in one plot. */
export const plotLayerStatsSchema = z.object({
  layerId: idSchema,
  layerName: z.string(),
  kind: z.enum(['vector', 'raster']),
  hazard: z.string(),
  unit: z.string(),
  /** Vector: share of area per level and the highest level touched. */
  shares: z.record(z.string(), z.number()).nullable(),
  highest: hazardLevelSchema.nullable(),
  /** Raster: zonal statistics (centroid value when pixelCount is 0), slope for DEMs. */
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  pixelCount: z.number().int().nullable(),
  slopePct: z.number().nullable(),
});
export type PlotLayerStats = z.infer<typeof plotLayerStatsSchema>;

export const plotRiskCardSchema = z.object({
  plotId: idSchema,
  plotName: z.string(),
  producerName: z.string(),
  analysedAt: timestampSchema.nullable(),
  stale: z.boolean(),
  assessments: z.array(
    z.object({
      scenarioId: scenarioIdSchema,
      temperatureC: z.number().nullable(),
      altitudeM: z.number().nullable(),
      altitudeSource: z.enum(['typed', 'gps', 'dem']).nullable(),
      results: z.array(hazardResultSchema),
    }),
  ),
  layers: z.array(plotLayerStatsSchema),
});
export type PlotRiskCard = z.infer<typeof plotRiskCardSchema>;

const levelCountsSchema = z.object({
  level: hazardLevelSchema.nullable(),
  plots: z.number().int(),
  hectares: z.number(),
});

export const riskSummarySchema = z.object({
  /** Per scenario and hazard: plots and hectares per level (level null = no data). */
  distribution: z.array(
    z.object({
      scenarioId: scenarioIdSchema,
      hazard: z.enum(modelHazards),
      counts: z.array(levelCountsSchema),
    }),
  ),
  /** Per producer: plots, hectares and the highest level per hazard, for each scenario. */
  producers: z.array(
    z.object({
      producerId: idSchema,
      producerName: z.string(),
      plots: z.number().int(),
      areaHa: z.number(),
      highest: z.array(z.object({ scenarioId: scenarioIdSchema, levels: levelsSchema })),
    }),
  ),
});
export type RiskSummary = z.infer<typeof riskSummarySchema>;

const orgInput = z.object({ organisationId: idSchema }).strict();

export const riskProcedures = {
  'risk.status': procedure({
    kind: 'query',
    summary: "How many of an organisation's plots have up-to-date, stale or missing risk results.",
    input: orgInput,
    output: riskStatusSchema,
  }),
  'risk.analyse': procedure({
    kind: 'job',
    summary:
      "Overlay layers and run the coffee climate model for an organisation's plots, every scenario; only what changed unless force.",
    input: z
      .object({ organisationId: idSchema, force: z.boolean().default(false), plotIds: z.array(idSchema).optional() })
      .strict(),
    output: z.object({
      analysed: z.number().int(),
      upToDate: z.number().int(),
      overlaysComputed: z.number().int(),
      durationMs: z.number(),
    }),
  }),
  'risk.results': procedure({
    kind: 'query',
    summary: "Each plot's level per hazard for one scenario (the risk table and map colouring).",
    input: z.object({ organisationId: idSchema, scenarioId: scenarioIdSchema }).strict(),
    output: z.array(riskRowSchema),
  }),
  'risk.summary': procedure({
    kind: 'query',
    summary: 'Plots and hectares per level for each hazard and scenario, and each producer’s risk profile.',
    input: orgInput,
    output: riskSummarySchema,
  }),
  'risk.plot': procedure({
    kind: 'query',
    summary: "A plot's risk card: every scenario's levels with their drivers, and what each layer found.",
    input: z.object({ plotId: idSchema }).strict(),
    output: plotRiskCardSchema,
  }),
};
