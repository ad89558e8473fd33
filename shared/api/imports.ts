import { z } from 'zod';
import { featureVerdictSchema, importCountsSchema, importMappingSchema } from '../domain/import.js';
import { idSchema } from '../domain/ids.js';
import { procedure } from './procedure.js';

/** A file by path (desktop, CLI) or by content (browser mode, drag and drop). */
export const importSourceSchema = z.union([
  z.object({ path: z.string().min(1).max(4096) }).strict(),
  z
    .object({
      fileName: z.string().min(1).max(255),
      /** Base64; the reader refuses files over 250 MB with FILE_UNREADABLE / TOO_LARGE. */
      dataBase64: z.string().max(340 * 1024 * 1024),
    })
    .strict(),
]);

export const csvOptionsSchema = z
  .object({
    lonColumn: z.string().max(200).optional(),
    latColumn: z.string().max(200).optional(),
    eastingColumn: z.string().max(200).optional(),
    northingColumn: z.string().max(200).optional(),
    utmZone: z.number().int().min(17).max(19).optional(),
    delimiter: z.string().max(1).optional(),
  })
  .strict();

const crsChoiceSchema = z.object({ code: z.number().int(), name: z.string() });

export const importOptionsSchema = z
  .object({
    importId: z.uuid(),
    organisationId: idSchema,
    /** EPSG code chosen by the user; overrides what the file says. */
    crsCode: z.number().int().nullable().default(null),
    mapping: importMappingSchema.default({}),
    defaultProducerId: idSchema.nullable().default(null),
  })
  .strict();

const previewCollectionSchema = z.custom<{ type: 'FeatureCollection'; features: unknown[] }>(
  (v) => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'FeatureCollection',
);

export const importProcedures = {
  'imports.open': procedure({
    kind: 'job',
    summary: 'Read a geodata file (GeoJSON, KML/KMZ, GPX, zipped Shapefile, CSV, GeoPackage) for the import wizard.',
    input: z
      .object({ source: importSourceSchema, csv: csvOptionsSchema.optional(), organisationId: idSchema.optional() })
      .strict(),
    output: z.object({
      importId: z.uuid(),
      fileName: z.string(),
      format: z.string(),
      featureCount: z.number().int(),
      layers: z.array(z.string()),
      columns: z.array(z.string()),
      sampleRows: z.array(z.record(z.string(), z.unknown())),
      warnings: z.array(
        z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
      ),
      crs: z.object({
        detected: crsChoiceSchema.nullable(),
        transformation: z.string().nullable(),
        needsChoice: z.boolean(),
        suggestedCode: z.number().int(),
      }),
      crsChoices: z.array(crsChoiceSchema),
      mapping: z.object({ suggested: importMappingSchema, remembered: importMappingSchema.nullable() }),
    }),
  }),
  'imports.preview': procedure({
    kind: 'job',
    summary: 'Every feature with its verdict (imported, warnings, rejected, unchanged) and reasons; writes nothing.',
    input: importOptionsSchema,
    output: z.object({
      crs: z.object({ code: z.number().int().nullable(), name: z.string(), transformation: z.string().nullable() }),
      counts: importCountsSchema,
      verdicts: z.array(featureVerdictSchema),
      producersToCreate: z.array(z.object({ memberCode: z.string(), names: z.string(), dni: z.string().nullable() })),
      preview: previewCollectionSchema,
    }),
  }),
  'imports.commit': procedure({
    kind: 'job',
    summary: 'Import in one transaction: all of it or, on error or cancel, nothing.',
    input: importOptionsSchema,
    output: z.object({
      runId: z.uuid(),
      counts: importCountsSchema,
      verdicts: z.array(featureVerdictSchema),
      producersCreated: z.number().int(),
      crs: z.object({ code: z.number().int().nullable(), name: z.string(), transformation: z.string().nullable() }),
    }),
  }),
  'imports.close': procedure({
    kind: 'mutation',
    summary: 'Forget an opened file.',
    input: z.object({ importId: z.uuid() }).strict(),
    output: z.object({ closed: z.boolean() }),
  }),
} as const;
