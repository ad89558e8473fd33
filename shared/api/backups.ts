import { z } from 'zod';
import { importSourceSchema } from './imports.js';
import { procedure } from './procedure.js';
import { tableCountsSchema } from './system.js';

/**
 * `automatic`: the rotating copies (at start-up, every few hours while the app
 * runs, and "Crear copia de seguridad"); `beforeRestore`: the safety copy a
 * restore takes first, so the restore can be undone ("antes de restaurar").
 */
export const backupKinds = ['automatic', 'beforeRestore'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const backupSchema = z.object({
  fileName: z.string(),
  path: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
  kind: z.enum(backupKinds),
});
export type Backup = z.infer<typeof backupSchema>;

/**
 * A backup to inspect or restore: a file by path (desktop, CLI), its content
 * (browser mode's file input), or one of the backups in the list by name.
 */
export const backupSourceSchema = z.union([
  importSourceSchema,
  z.object({ backupFileName: z.string().min(1).max(255) }).strict(),
]);
export type BackupSource = z.infer<typeof backupSourceSchema>;

/** What a database holds, as a confirmation shows it side by side. */
export const databaseSummarySchema = z.object({
  schemaVersion: z.number().int(),
  counts: tableCountsSchema,
  /** Newest `updated_at`/`deleted_at` of organisations, producers, plots, plans and layers; null when empty. */
  lastChangeAt: z.string().nullable(),
  sizeBytes: z.number().int(),
});
export type DatabaseSummary = z.infer<typeof databaseSummarySchema>;

/**
 * A backup that passed every check (a file that fails one is refused with an
 * error instead, `details.reason` one of `backupRefusalReasons`).
 */
export const backupInspectionSchema = z.object({
  fileName: z.string(),
  /** The copy: what the data will be after the restore. */
  backup: databaseSummarySchema,
  /** The data in use now: what the restore replaces. */
  current: databaseSummarySchema,
  /** The copy was made by an older Cafetal: it is brought to the current schema when restored. */
  willMigrate: z.boolean(),
  /** `PRAGMA integrity_check` said "ok". */
  integrity: z.literal('ok'),
  /** Rows of `PRAGMA foreign_key_check` (always 0 here: more refuses the file). */
  foreignKeyProblems: z.literal(0),
});
export type BackupInspection = z.infer<typeof backupInspectionSchema>;

/**
 * Why a backup file is refused or a restore cannot run, as `details.reason`;
 * the renderer and the CLI translate each (`backupRestore.refusals.<reason>`).
 */
export const backupRefusalReasons = [
  'NOT_SQLITE',
  'NOT_CAFETAL',
  'NEWER_SCHEMA',
  'CORRUPT',
  'BROKEN_REFERENCES',
  'SAME_FILE',
  'FOLDER_MISSING',
  'DEMO_OPEN',
  'DEMO_BACKUP',
  'DEMO_DATA',
  'BUSY',
  'RESTORE_FAILED',
] as const;
export type BackupRefusalReason = (typeof backupRefusalReasons)[number];

export const restoreResultSchema = z.object({
  /** The copy of the data as it was before the restore (listed as "antes de restaurar"). */
  safetyBackup: backupSchema,
  /** The schema version the restored copy had, and the one it has now. */
  migratedFrom: z.number().int(),
  schemaVersion: z.number().int(),
  restored: databaseSummarySchema,
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

export const backupProcedures = {
  'backups.list': procedure({
    kind: 'query',
    summary: 'Backups of the database, newest first (automatic ones and safety copies taken before a restore).',
    input: z.object({}).strict(),
    output: z.array(backupSchema),
  }),
  'backups.create': procedure({
    kind: 'job',
    summary: 'Copy the database into the backups folder with the SQLite backup API (progress, cancellable).',
    input: z.object({}).strict(),
    output: backupSchema,
  }),
  'backups.write': procedure({
    kind: 'job',
    summary: 'Copy the database to a file chosen by the user (desktop save dialog, CLI -o).',
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ path: z.string(), sizeBytes: z.number().int() }),
  }),
  'backups.download': procedure({
    kind: 'job',
    summary: 'The same copy returned as content (browser mode downloads it).',
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  }),
  'backups.inspect': procedure({
    kind: 'job',
    summary: 'Check a backup (SQLite, Cafetal, schema, integrity, references) and compare it with the current data.',
    input: z.object({ source: backupSourceSchema }).strict(),
    output: backupInspectionSchema,
  }),
  'backups.restore': procedure({
    kind: 'job',
    summary: 'Replace the data with a checked backup, after a safety copy of the current data.',
    input: z.object({ source: backupSourceSchema, confirm: z.literal(true) }).strict(),
    output: restoreResultSchema,
  }),
} as const;
