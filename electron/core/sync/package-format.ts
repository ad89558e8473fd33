import { z } from 'zod';
import { exchangedTableNames } from '../../../shared/api/exchange.js';
import { ApiError } from '../../../shared/api/errors.js';
import { exchangedTable } from './exchanged-tables.js';

/**
 * What a `.cafetal` zip holds (inside the signed envelope):
 * - `manifest.json`: who sent it, from which network, what it knew, how many
 *   entries and files it carries;
 * - `changes.ndjson`: change-log entries, one JSON object a line, in the
 *   order the sender received them (parents before children, causes before
 *   effects);
 * - `files/layers/<layerId>.{tif,f32,grid.json}`: raster layer files, only
 *   when the user chose to send them.
 */
export const PACKAGE_FORMAT = 'cafetal-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const CHANGES_NAME = 'changes.ndjson';
export const FILES_PREFIX = 'files/layers/';

const knowledgeSchema = z.record(z.uuid(), z.number().int().nonnegative());

export const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  /** `settled`: the sender has imported a package, so its network is the one its peers share. */
  network: z.object({ id: z.uuid(), name: z.string().max(200), settled: z.boolean() }),
  sender: z.object({ id: z.uuid(), name: z.string().min(1).max(200), publicKey: z.base64() }),
  createdAt: z.string(),
  schemaVersion: z.number().int().positive(),
  /** Everything the sender held when it made the package: the receiver's "since" for the next one back. */
  knowledge: knowledgeSchema,
  /** What the package was cut from: entries above these counters (everything when empty). */
  since: knowledgeSchema,
  entries: z.number().int().nonnegative(),
  /** Names of the laptops whose changes it carries, as the sender knows them. */
  deviceNames: z.record(z.uuid(), z.string().min(1).max(200)),
  rasterFiles: z.array(z.string().regex(/^[0-9a-f-]{36}\.(tif|f32|grid\.json)$/)),
});
export type PackageManifest = z.infer<typeof manifestSchema>;

/**
 * A field's value as the change-log triggers write it (`json_object` of a
 * SQLite row): text, a finite number or null. Anything else (an object, a
 * boolean) comes from a hand-made package and could not be stored anyway.
 */
const isFieldValue = (value: unknown): boolean =>
  value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

export const entrySchema = z.object({
  device: z.uuid(),
  counter: z.number().int().positive(),
  table: z.enum(exchangedTableNames),
  row: z.string().min(1).max(200),
  fields: z.record(z.string(), z.unknown()).refine((fields) => Object.values(fields).every(isFieldValue)),
  /** What the writing laptop knew when it wrote: tells a later edit from a concurrent one. */
  context: knowledgeSchema,
  changedAt: z.string(),
});
export type ChangeEntry = z.infer<typeof entrySchema>;

function unreadable(message: string): ApiError {
  return new ApiError('FILE_UNREADABLE', message, { reason: 'NOT_PACKAGE' });
}

export function encodeEntries(entries: Iterable<ChangeEntry>): Uint8Array {
  const lines: string[] = [];
  for (const entry of entries) lines.push(JSON.stringify(entry));
  return Buffer.from(lines.length === 0 ? '' : `${lines.join('\n')}\n`, 'utf8');
}

/** Signed by a Cafetal but not the shape this version writes: refused whole, never half-applied. */
export function decodeManifest(bytes: Uint8Array | undefined): PackageManifest {
  if (!bytes) throw unreadable('The package has no manifest.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw unreadable('The package manifest is not JSON.');
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw unreadable(`The package manifest is not valid: ${result.error.issues[0]?.message ?? ''}`);
  return result.data;
}

export function decodeEntries(bytes: Uint8Array | undefined, expected: number): ChangeEntry[] {
  if (!bytes) throw unreadable('The package has no list of changes.');
  const text = Buffer.from(bytes).toString('utf8');
  const entries: ChangeEntry[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw unreadable(`Change ${index + 1} of the package is not JSON.`);
    }
    const result = entrySchema.safeParse(parsed);
    // A row id names one value per key column ("layerId/fid" for a layer feature): other shapes address no row.
    if (!result.success || result.data.row.split('/').length !== exchangedTable(result.data.table).key.length)
      throw unreadable(`Change ${index + 1} of the package is not valid.`);
    entries.push(result.data);
  }
  if (entries.length !== expected)
    throw unreadable(`The package lists ${expected} changes but holds ${entries.length}.`);
  return entries;
}
