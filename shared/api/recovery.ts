import { z } from 'zod';
import { backupSchema, backupSourceSchema, databaseSummarySchema } from './backups.js';
import { procedure } from './procedure.js';

/**
 * Why the database was not opened at start: `NOT_SQLITE` (the file does not
 * start like a database: overwritten, or another kind of file), `TRUNCATED`
 * (shorter than its header says: an interrupted copy), `CORRUPT`
 * (`PRAGMA quick_check` found damaged pages or records).
 */
export const damageReasons = ['NOT_SQLITE', 'TRUNCATED', 'CORRUPT'] as const;
export type DamageReason = (typeof damageReasons)[number];

export const databaseDamageSchema = z.object({
  path: z.string(),
  reason: z.enum(damageReasons),
  /** SQLite's own words (the first lines of `quick_check`), for support. */
  problems: z.array(z.string()),
  sizeBytes: z.number().int(),
  modifiedAt: z.string(),
});
export type DatabaseDamage = z.infer<typeof databaseDamageSchema>;

/** A backup as the recovery screen offers it: checked like a restore would check it. */
export const recoveryBackupSchema = z.object({
  backup: backupSchema,
  /** What it holds, when it passed every check. */
  summary: databaseSummarySchema.nullable(),
  /** Why it cannot be restored (a `backupRefusalReasons` value), or null; not checked: `NOT_CHECKED`. */
  refusal: z.string().nullable(),
});
export type RecoveryBackup = z.infer<typeof recoveryBackupSchema>;

export const recoveryStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok') }),
  z.object({
    state: z.literal('damaged'),
    damage: databaseDamageSchema,
    backupDir: z.string(),
    /** Newest first: automatic backups and safety copies, the newest few checked. */
    backups: z.array(recoveryBackupSchema),
    /** The host can quit from the recovery screen ("Salir"): the desktop app and browser mode. */
    canQuit: z.boolean(),
  }),
]);
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

export const recoveryResultSchema = z.object({
  /** Where the damaged file now is (`<name>.danado-<time>.sqlite` beside it): moved, never deleted. */
  damagedMovedTo: z.string(),
  restoredFrom: z.string(),
  restored: databaseSummarySchema,
});
export type RecoveryResult = z.infer<typeof recoveryResultSchema>;

export const recoveryProcedures = {
  'recovery.status': procedure({
    kind: 'query',
    summary: 'Whether the database was found damaged at start, and the backups that could replace it.',
    input: z.object({}).strict(),
    output: recoveryStatusSchema,
  }),
  'recovery.restore': procedure({
    kind: 'job',
    summary: 'Move the damaged database aside (never deleted) and put a checked backup in its place.',
    input: z.object({ source: backupSourceSchema, confirm: z.literal(true) }).strict(),
    output: recoveryResultSchema,
  }),
  'recovery.quit': procedure({
    kind: 'mutation',
    summary: 'Close the app from the recovery screen (the damaged file stays as it is).',
    input: z.object({}).strict(),
    output: z.object({ quitting: z.boolean() }),
  }),
} as const;
