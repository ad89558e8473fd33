import { z } from 'zod';
import { importSourceSchema } from './imports.js';
import { procedure } from './procedure.js';

/**
 * Exchanging work between laptops by `.cafetal` packages (docs/exchange.md).
 * A dot `"<deviceId>:<counter>"` names one change made on one laptop.
 */

/** The tables whose rows travel, parents first (the order a package is applied in). */
export const exchangedTableNames = [
  'organisations',
  'producers',
  'plots',
  'layers',
  'layer_features',
  'measures',
  'measure_versions',
  'plans',
  'plan_actions',
  'plan_progress',
  'income_profiles',
] as const;
export type ExchangedTableName = (typeof exchangedTableNames)[number];

export const deviceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** First 16 hex digits of the SHA-256 of the public key, grouped by 4: what two people compare aloud. */
  fingerprint: z.string(),
});
export type Device = z.infer<typeof deviceSchema>;

export const peerSchema = deviceSchema.extend({
  firstSeenAt: z.string(),
  /** When a package from this laptop was last imported here. */
  lastImportAt: z.string().nullable(),
});
export type Peer = z.infer<typeof peerSchema>;

export const networkSchema = z.object({ id: z.uuid(), name: z.string() });

export const exchangeStatusSchema = z.object({
  device: deviceSchema,
  /** The exchange network this database belongs to; null until it first imports or exports a package. */
  network: networkSchema.nullable(),
  peers: z.array(peerSchema),
  openConflicts: z.number().int(),
  /** Changes made on this laptop so far (its change counter). */
  localChanges: z.number().int(),
  /** The workshop demo never exchanges. */
  demo: z.boolean(),
});
export type ExchangeStatus = z.infer<typeof exchangeStatusSchema>;

/** Per table: rows a package creates, changes, deletes (tombstones) and leaves in conflict. */
export const tableChangeCountsSchema = z.object({
  table: z.enum(exchangedTableNames),
  new: z.number().int(),
  changed: z.number().int(),
  deleted: z.number().int(),
  conflicts: z.number().int(),
});
export type TableChangeCounts = z.infer<typeof tableChangeCountsSchema>;

export const exportOptionsSchema = z
  .object({
    /** Only what that laptop is not known to have (learned from its last package); everything when absent. */
    sinceLastExchangeWith: z.uuid().optional(),
    /** Raster layer files (can be hundreds of MB) travel only when asked. */
    includeRasters: z.boolean().optional(),
  })
  .strict();

export const packageWrittenSchema = z.object({
  fileName: z.string(),
  sizeBytes: z.number().int(),
  entries: z.number().int(),
  rasterFiles: z.number().int(),
  /** Set when written to a path (desktop, CLI); the content otherwise (browser mode downloads it). */
  path: z.string().optional(),
  mimeType: z.string().optional(),
  dataBase64: z.string().optional(),
});
export type PackageWritten = z.infer<typeof packageWrittenSchema>;

export const conflictCandidateSchema = z.object({
  dot: z.string(),
  deviceId: z.uuid(),
  /** The laptop's name as this laptop knows it; null for a laptop never heard from directly. */
  deviceName: z.string().nullable(),
  changedAt: z.string(),
  value: z.unknown(),
  /** The value the row shows now (the latest change, until someone chooses). */
  shown: z.boolean(),
});

export const conflictFieldSchema = z.object({ field: z.string(), candidates: z.array(conflictCandidateSchema) });

/** One row with fields changed on two laptops without either knowing of the other's change. */
export const rowConflictSchema = z.object({
  table: z.enum(exchangedTableNames),
  rowId: z.string(),
  /** Plot, producer, organisation or plan name; the id for other rows. */
  label: z.string(),
  fields: z.array(conflictFieldSchema),
  detectedAt: z.string(),
});
export type RowConflict = z.infer<typeof rowConflictSchema>;

/** What a package brings (before: the dry run / preview) or brought (after the import). */
export const packageReportSchema = z.object({
  fileName: z.string(),
  format: z.literal('cafetal-package'),
  formatVersion: z.number().int(),
  sender: deviceSchema.extend({ knownBefore: z.boolean() }),
  network: networkSchema.nullable(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  entries: z.number().int(),
  /** Entries this laptop already had (a package imported twice has only these). */
  alreadyHad: z.number().int(),
  tables: z.array(tableChangeCountsSchema),
  /** Conflicts the package opens (both values kept, the review screen lists them). */
  conflicts: z.array(rowConflictSchema),
  rasterFiles: z.object({ included: z.number().int(), written: z.number().int(), missing: z.array(z.string()) }),
  applied: z.boolean(),
});
export type PackageReport = z.infer<typeof packageReportSchema>;

/**
 * Why a package is refused, as `details.reason` (translated as
 * `exchange.refusals.<reason>`): not a package, cut off, changed after
 * signing, from another network, a known laptop signing with another key,
 * made by a newer Cafetal, continuing from changes this laptop has not seen,
 * or the demo is open.
 */
export const packageRefusalReasons = [
  'NOT_PACKAGE',
  'TRUNCATED',
  'TAMPERED',
  'FOREIGN',
  'KEY_MISMATCH',
  'NEWER_SCHEMA',
  'GAP',
  'DEMO_OPEN',
  'UNKNOWN_PEER',
] as const;
export type PackageRefusalReason = (typeof packageRefusalReasons)[number];

export const exchangeProcedures = {
  'exchange.status': procedure({
    kind: 'query',
    summary: 'This laptop for exchanges: its identity, network, the laptops it has heard from and open conflicts.',
    input: z.object({}).strict(),
    output: exchangeStatusSchema,
  }),
  'exchange.renameDevice': procedure({
    kind: 'mutation',
    summary: 'Name this laptop as others will see it ("Laptop de Rosa — Chirinos").',
    input: z.object({ name: z.string().trim().min(1).max(120) }).strict(),
    output: exchangeStatusSchema,
  }),
  'exchange.write': procedure({
    kind: 'job',
    summary: 'Write a signed .cafetal package to a file (desktop save dialog, CLI -o).',
    input: exportOptionsSchema.extend({ path: z.string().min(1).max(4096) }).strict(),
    output: packageWrittenSchema,
  }),
  'exchange.download': procedure({
    kind: 'job',
    summary: 'The same package returned as content (browser mode downloads it).',
    input: exportOptionsSchema,
    output: packageWrittenSchema,
  }),
  'exchange.inspect': procedure({
    kind: 'job',
    summary: 'Check a package and show what importing it would do (new, changed, deleted, conflicts); writes nothing.',
    input: z.object({ source: importSourceSchema }).strict(),
    output: packageReportSchema,
  }),
  'exchange.import': procedure({
    kind: 'job',
    summary: 'Merge a checked package in one transaction; same-field edits from two laptops become conflicts.',
    input: z.object({ source: importSourceSchema }).strict(),
    output: packageReportSchema,
  }),
  'exchange.conflicts': procedure({
    kind: 'query',
    summary: 'Open conflicts, one per row, with every value and who changed it when.',
    input: z.object({}).strict(),
    output: z.array(rowConflictSchema),
  }),
  'exchange.resolve': procedure({
    kind: 'mutation',
    summary:
      "Settle a row's conflict by choosing one laptop's values (every field, or one): a new change that travels.",
    input: z
      .object({
        table: z.enum(exchangedTableNames),
        rowId: z.string().min(1).max(200),
        /** The chosen candidate's dot. */
        dot: z.string().min(3).max(100),
        /** Only this field; every conflicting field of the row where the dot is a candidate when absent. */
        field: z.string().min(1).max(64).optional(),
      })
      .strict(),
    output: z.object({ resolvedFields: z.array(z.string()), openConflicts: z.number().int() }),
  }),
} as const;
