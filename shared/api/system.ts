import { z } from 'zod';
import { procedure } from './procedure.js';

export const tableCountsSchema = z.object({
  organisations: z.number().int(),
  producers: z.number().int(),
  plots: z.number().int(),
  layers: z.number().int(),
  plans: z.number().int(),
});

export const systemInfoSchema = z.object({
  appVersion: z.string(),
  dbPath: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  sqliteVersion: z.string(),
  counts: tableCountsSchema,
  /** Which database is open: the organisation's own ('main') or the workshop demo. */
  workspace: z.enum(['main', 'demo']),
});
export type SystemInfo = z.infer<typeof systemInfoSchema>;

export const systemProcedures = {
  'system.info': procedure({
    kind: 'query',
    summary: 'Database path, schema version and row counts.',
    input: z.object({}).strict(),
    output: systemInfoSchema,
  }),
} as const;
