import { z } from 'zod';
import { plotIssueCodes } from './plot-geometry.js';

/** Plot and producer fields a file's columns can be mapped to (`--map field=column` in the CLI). */
export const importFields = [
  'producerCode',
  'producerName',
  'producerDni',
  'plotName',
  'declaredAreaHa',
  'altitudeM',
  'variety',
  'plantingYear',
  'plantsPerHa',
  'shadePct',
  'productionSystem',
  'lastHarvestQq',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

export const importMappingSchema = z.partialRecord(z.enum(importFields), z.string().min(1).max(200));
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** Reasons beyond the plot validation rules (plotIssues.*), translated as importReasons.<code>. */
export const importOnlyReasonCodes = [
  'NO_GEOMETRY',
  'UNSUPPORTED_GEOMETRY',
  'NO_PRODUCER',
  'PRODUCER_IN_OTHER_ORGANISATION',
  'INVALID_VALUE',
  'ALREADY_IMPORTED',
  'DUPLICATE_IN_FILE',
  'NEEDS_CRS',
  'OUTLINE_TOO_LONG',
] as const;
export const importReasonCodes = [...plotIssueCodes, ...importOnlyReasonCodes] as const;
export type ImportReasonCode = (typeof importReasonCodes)[number];

export const importReasonSchema = z.object({
  code: z.enum(importReasonCodes),
  level: z.enum(['error', 'warning', 'info']),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type ImportReason = z.infer<typeof importReasonSchema>;

/**
 * What happens to one feature: imported, imported with warnings, rejected
 * (with reasons), or unchanged (the same plot is already in the database, so
 * re-importing a file never duplicates plots).
 */
export const importVerdicts = ['imported', 'warnings', 'rejected', 'unchanged'] as const;
export type ImportVerdict = (typeof importVerdicts)[number];

export const featureVerdictSchema = z.object({
  index: z.number().int(),
  layer: z.string().nullable(),
  plotName: z.string(),
  verdict: z.enum(importVerdicts),
  reasons: z.array(importReasonSchema),
  areaHa: z.number().nullable(),
  producerCode: z.string().nullable(),
  producerName: z.string().nullable(),
  /** Whether the producer exists already or the import creates it. */
  producerIsNew: z.boolean(),
});
export type FeatureVerdict = z.infer<typeof featureVerdictSchema>;

export const importCountsSchema = z.object({
  imported: z.number().int(),
  warnings: z.number().int(),
  rejected: z.number().int(),
  unchanged: z.number().int(),
  producersToCreate: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;
