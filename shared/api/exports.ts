import { z } from 'zod';
import { idSchema } from '../domain/ids.js';
import { procedure } from './procedure.js';

export const exportFormats = ['geojson', 'kml', 'csv', 'gpkg', 'shp', 'eudr'] as const;

const selectionSchema = {
  format: z.enum(exportFormats),
  /** An organisation's plots, or a selection of plots (one of the two). */
  organisationId: idSchema.optional(),
  plotIds: z.array(idSchema).min(1).max(200_000).optional(),
  eudr: z
    .object({ smallPlotsAs: z.enum(['polygon', 'point']) })
    .strict()
    .optional(),
};

/** Why a plot was left out of an export, translated as `exportSkipped.<reason>`. */
export const exportSkipReasons = [
  'NO_GEOMETRY',
  'PLOT_NOT_FOUND',
  'PLOT_NOT_AVAILABLE',
  'EUDR_POINT_OVER_4HA',
  'EUDR_TOO_FEW_VERTICES',
  'EUDR_SELF_INTERSECTION',
  'EUDR_DUPLICATE',
  'EUDR_FEATURE_TOO_LARGE',
] as const;
export type ExportSkipReason = (typeof exportSkipReasons)[number];

const skippedSchema = z.array(
  z.object({ plotId: z.string(), plotName: z.string(), reason: z.enum(exportSkipReasons) }),
);

export const exportProcedures = {
  'exports.write': procedure({
    kind: 'job',
    summary:
      'Write plots to a file (desktop save dialog, CLI): GeoJSON, KML, CSV, GeoPackage, zipped Shapefile or EUDR GeoJSON.',
    input: z.object({ ...selectionSchema, outputPath: z.string().min(1).max(4096) }).strict(),
    output: z.object({
      files: z.array(z.object({ path: z.string(), sizeBytes: z.number().int() })),
      plotCount: z.number().int(),
      skipped: skippedSchema,
    }),
  }),
  'exports.download': procedure({
    kind: 'job',
    summary: 'The same files, returned as content (browser mode downloads them).',
    input: z.object(selectionSchema).strict(),
    output: z.object({
      files: z.array(z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() })),
      plotCount: z.number().int(),
      skipped: skippedSchema,
    }),
  }),
} as const;
