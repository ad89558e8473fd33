import { z } from 'zod';
import { procedure } from './procedure.js';

export const backupSchema = z.object({
  fileName: z.string(),
  path: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupProcedures = {
  'backups.list': procedure({
    kind: 'query',
    summary: 'Backups of the database, newest first.',
    input: z.object({}).strict(),
    output: z.array(backupSchema),
  }),
  'backups.create': procedure({
    kind: 'job',
    summary: 'Copy the database with the SQLite backup API (progress, cancellable).',
    input: z.object({}).strict(),
    output: backupSchema,
  }),
} as const;
