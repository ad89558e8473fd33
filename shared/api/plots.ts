import { z } from 'zod';
import { idSchema } from '../domain/ids.js';
import { plotGeometrySchema, plotIssueSchema, plotMeasuresSchema } from '../domain/plot-geometry.js';
import type { PlotGeometry } from '../domain/plot-geometry.js';
import { plotFieldsSchema, plotOverlapSchema, plotPatchSchema, plotSchema, plotSummarySchema } from '../domain/plot.js';
import { procedure } from './procedure.js';

const byId = z.object({ id: idSchema }).strict();
const filterSchema = z.object({ organisationId: idSchema.optional(), producerId: idSchema.optional() }).strict();

export interface PlotFeatureProperties {
  id: string;
  name: string;
  producerId: string;
  producerName: string;
  variety: string;
  productionSystem: string;
  areaHa: number;
  warningCount: number;
}
export interface PlotFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: string; geometry: PlotGeometry; properties: PlotFeatureProperties }[];
}

/**
 * NOTE: the map layer can hold 100,000 plots; its output is checked for shape
 * only (the rows come from our own validated store), not feature by feature.
 */
const featureCollectionSchema = z.custom<PlotFeatureCollection>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features),
);

export const plotCheckSchema = z.object({
  geometry: plotGeometrySchema,
  measures: plotMeasuresSchema.nullable(),
  issues: z.array(plotIssueSchema),
  overlaps: z.array(plotOverlapSchema),
});
export type PlotCheckResult = z.infer<typeof plotCheckSchema>;

export const plotProcedures = {
  'plots.list': procedure({
    kind: 'query',
    summary: 'Plots without geometry, for tables: of an organisation, a producer, or all.',
    input: filterSchema,
    output: z.array(plotSummarySchema),
  }),
  'plots.features': procedure({
    kind: 'query',
    summary: 'Plots as a GeoJSON FeatureCollection for the map.',
    input: filterSchema,
    output: featureCollectionSchema,
  }),
  'plots.get': procedure({
    kind: 'query',
    summary: 'One plot with its geometry and overlaps.',
    input: byId,
    output: plotSchema,
  }),
  'plots.validate': procedure({
    kind: 'query',
    summary: 'Measures and every validation finding for a geometry, without saving (live while drawing).',
    input: z
      .object({
        geometry: plotGeometrySchema,
        producerId: idSchema,
        declaredAreaHa: z.number().positive().nullable().default(null),
        plotId: idSchema.optional(),
      })
      .strict(),
    output: plotCheckSchema,
  }),
  'plots.create': procedure({
    kind: 'mutation',
    summary: 'Map a plot; refused with VALIDATION (details.issues) when its geometry has errors.',
    input: plotFieldsSchema.strict(),
    output: plotSchema,
  }),
  'plots.update': procedure({
    kind: 'mutation',
    summary: 'Change some fields or the geometry of a plot; measures are recomputed.',
    input: z.object({ id: idSchema, patch: plotPatchSchema }).strict(),
    output: plotSchema,
  }),
  'plots.remove': procedure({
    kind: 'mutation',
    summary: 'Delete a plot (tombstone; undo with plots.restore).',
    input: byId,
    output: z.object({ id: idSchema, deletedAt: z.string() }),
  }),
  'plots.restore': procedure({ kind: 'mutation', summary: 'Undo plots.remove.', input: byId, output: plotSchema }),
} as const;
