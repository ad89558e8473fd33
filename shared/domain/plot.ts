import { z } from 'zod';
import { idSchema, timestampSchema } from './ids.js';
import { plotGeometrySchema, plotIssueSchema } from './plot-geometry.js';

export const productionSystems = ['convencional', 'organico', 'transicion'] as const;
/** A quintal is 46 kg; whether of parchment (pergamino) or green coffee (oro verde) must be said. */
export const harvestBases = ['pergamino', 'oro_verde'] as const;
export const altitudeSources = ['typed', 'gps', 'dem'] as const;

const thisYear = new Date().getUTCFullYear();

/** Editable fields without defaults (see organisation.ts for why). */
const plotShape = {
  producerId: idSchema,
  name: z.string().trim().min(1).max(120),
  geometry: plotGeometrySchema,
  declaredAreaHa: z.number().positive().max(10_000).nullable(),
  /** msnm; Peru's coffee grows at 600–1,800 m, but the form accepts the whole country's range. */
  altitudeM: z.number().min(-10).max(7000).nullable(),
  altitudeSource: z.enum(altitudeSources).nullable(),
  variety: z.string().trim().max(120),
  plantingYear: z
    .number()
    .int()
    .min(1900)
    .max(thisYear + 1)
    .nullable(),
  plantsPerHa: z.number().int().min(1).max(20_000).nullable(),
  shadePct: z.number().min(0).max(100).nullable(),
  productionSystem: z.enum(productionSystems),
  lastHarvestQq: z.number().min(0).max(100_000).nullable(),
  lastHarvestBasis: z.enum(harvestBases),
  notes: z.string().max(4000),
};

export const plotFieldsSchema = z.object({
  ...plotShape,
  declaredAreaHa: plotShape.declaredAreaHa.default(null),
  altitudeM: plotShape.altitudeM.default(null),
  altitudeSource: plotShape.altitudeSource.default(null),
  variety: plotShape.variety.default(''),
  plantingYear: plotShape.plantingYear.default(null),
  plantsPerHa: plotShape.plantsPerHa.default(null),
  shadePct: plotShape.shadePct.default(null),
  productionSystem: plotShape.productionSystem.default('convencional'),
  lastHarvestQq: plotShape.lastHarvestQq.default(null),
  lastHarvestBasis: plotShape.lastHarvestBasis.default('pergamino'),
  notes: plotShape.notes.default(''),
});
export type PlotFields = z.infer<typeof plotFieldsSchema>;

export const plotPatchSchema = z.object(plotShape).partial().strict();
export type PlotPatch = z.infer<typeof plotPatchSchema>;

export const plotOverlapSchema = z.object({
  plotId: idSchema,
  plotName: z.string(),
  producerName: z.string(),
  overlapHa: z.number(),
});
export type PlotOverlap = z.infer<typeof plotOverlapSchema>;

export const plotSchema = z.object({
  ...plotShape,
  id: idSchema,
  producerName: z.string(),
  organisationId: idSchema,
  areaHa: z.number(),
  perimeterM: z.number().nullable(),
  centroid: z.tuple([z.number(), z.number()]),
  issues: z.array(plotIssueSchema),
  overlaps: z.array(plotOverlapSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
});
export type Plot = z.infer<typeof plotSchema>;

/** A plot without its geometry, for tables and lists. */
export const plotSummarySchema = plotSchema.omit({ geometry: true, overlaps: true }).extend({
  geometryType: z.enum(['Polygon', 'MultiPolygon', 'Point']),
});
export type PlotSummary = z.infer<typeof plotSummarySchema>;
