import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { exportOptionsSchema, PackageWritten } from '../../../shared/api/exchange.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { rasterPaths } from '../raster/raster-files.js';
import { schemaVersionOf } from '../store/migrate.js';
import { stmt } from '../store/statements.js';
import { noteExportedCounter } from './device-identity.js';
import { sealPackage } from './package-envelope.js';
import {
  CHANGES_NAME,
  encodeEntries,
  FILES_PREFIX,
  MANIFEST_NAME,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
} from './package-format.js';
import type { ChangeEntry, PackageManifest } from './package-format.js';
import { packageRefusal, refuseExchangeInDemo } from './package-refusal.js';
import { knowledgeOf, syncLocal } from './sync-state.js';
import type { Knowledge } from './sync-state.js';

export type ExportOptions = z.output<typeof exportOptionsSchema>;

export const PACKAGE_MIME_TYPE = 'application/octet-stream';

/** `cafetal-laptop-de-rosa-2026-11-28-0930.cafetal`: who and when, in the computer's local time. */
export function packageFileName(deviceName: string, date: Date = new Date()): string {
  const slug =
    deviceName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'laptop';
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  return `cafetal-${slug}-${stamp}.cafetal`;
}

function sinceFor(ctx: CoreContext, peerId: string | undefined): Knowledge {
  if (!peerId) return {};
  const peer = stmt(ctx.db, 'SELECT knowledge FROM peers WHERE device_id = ?').get(peerId) as
    { knowledge: string } | undefined;
  if (!peer) {
    throw packageRefusal('UNKNOWN_PEER', `No package from laptop ${peerId} was ever imported here.`, { peerId });
  }
  return JSON.parse(peer.knowledge) as Knowledge;
}

/** Every entry the peer is not known to have, from any laptop, in the order they arrived here. */
function entriesSince(ctx: CoreContext, since: Knowledge): ChangeEntry[] {
  const rows = stmt(
    ctx.db,
    `SELECT l.device_id, l.counter, l.table_name, l.row_id, l.fields, l.context, l.changed_at
     FROM change_log l LEFT JOIN json_each(?) s ON s.key = l.device_id
     WHERE l.counter > coalesce(s.value, 0) ORDER BY l.seq`,
  ).all(JSON.stringify(since)) as {
    device_id: string;
    counter: number;
    table_name: ChangeEntry['table'];
    row_id: string;
    fields: string;
    context: string;
    changed_at: string;
  }[];
  return rows.map((r) => ({
    device: r.device_id,
    counter: r.counter,
    table: r.table_name,
    row: r.row_id,
    fields: JSON.parse(r.fields) as Record<string, unknown>,
    context: JSON.parse(r.context) as Knowledge,
    changedAt: r.changed_at,
  }));
}

/** The names this laptop knows for the laptops whose changes the package carries (itself included). */
function deviceNamesFor(ctx: CoreContext, entries: readonly ChangeEntry[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const row of stmt(
    ctx.db,
    'SELECT device_id, name FROM device_names UNION ALL SELECT device_id, name FROM peers',
  ).all() as { device_id: string; name: string }[]) {
    names[row.device_id] = row.name;
  }
  names[ctx.device.id] = ctx.device.name;
  const carried = new Set(entries.map((e) => e.device));
  return Object.fromEntries(Object.entries(names).filter(([id]) => carried.has(id) || id === ctx.device.id));
}

/** The raster files of live raster layers that are on disk here, by name in the package. */
function rasterFiles(ctx: CoreContext): Map<string, string> {
  const files = new Map<string, string>();
  const layers = stmt(ctx.db, "SELECT id FROM layers WHERE kind = 'raster' AND deleted_at IS NULL").all() as {
    id: string;
  }[];
  for (const { id } of layers) {
    const paths = rasterPaths(ctx.dataDir, id);
    if (![paths.tif, paths.f32, paths.grid].every((p) => fs.existsSync(p))) continue;
    for (const file of [paths.tif, paths.f32, paths.grid]) files.set(path.basename(file), file);
  }
  return files;
}

/**
 * A laptop that has never imported proposes a network of its own with its
 * first package; the first package it imports settles which one it belongs to.
 */
function proposeNetwork(ctx: CoreContext): void {
  if (syncLocal(ctx.db).networkId) return;
  stmt(ctx.db, 'UPDATE sync_local SET network_id = ?, network_name = ? WHERE id = 1').run(
    crypto.randomUUID(),
    `Red de ${ctx.device.name}`,
  );
}

/** Builds and signs a package; what it sent is remembered in device.json (see `noteExportedCounter`). */
export function buildPackage(
  ctx: CoreContext,
  options: ExportOptions,
  job?: JobContext,
): { bytes: Uint8Array; fileName: string; entries: number; rasterFiles: number } {
  refuseExchangeInDemo(ctx);
  const since = sinceFor(ctx, options.sinceLastExchangeWith);
  proposeNetwork(ctx);
  job?.progress(0, null, 'collecting');
  // One read transaction: entries and the knowledge they are cut at must agree.
  const { entries, knowledge, local } = ctx.db.transaction(() => ({
    entries: entriesSince(ctx, since),
    knowledge: knowledgeOf(ctx.db),
    local: syncLocal(ctx.db),
  }))();
  const files = options.includeRasters ? rasterFiles(ctx) : new Map<string, string>();
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    network: { id: local.networkId!, name: local.networkName ?? '', settled: local.networkSettled },
    sender: {
      id: ctx.device.id,
      name: ctx.device.name,
      publicKey: Buffer.from(ctx.device.publicKey).toString('base64'),
    },
    createdAt: new Date().toISOString(),
    schemaVersion: schemaVersionOf(ctx.db),
    knowledge,
    since,
    entries: entries.length,
    deviceNames: deviceNamesFor(ctx, entries),
    rasterFiles: [...files.keys()],
  };
  job?.throwIfCancelled();
  job?.progress(entries.length, entries.length, 'signing');
  const contents: Record<string, Uint8Array> = {
    [MANIFEST_NAME]: Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'),
    [CHANGES_NAME]: encodeEntries(entries),
  };
  for (const [name, file] of files) contents[`${FILES_PREFIX}${name}`] = fs.readFileSync(file);
  const bytes = sealPackage(contents, ctx.device);
  noteExportedCounter(ctx.workspace.mainDataDir, local.counter);
  ctx.device = { ...ctx.device, exportedCounter: Math.max(ctx.device.exportedCounter, local.counter) };
  return { bytes, fileName: packageFileName(ctx.device.name), entries: entries.length, rasterFiles: files.size / 3 };
}

/** `exchange.write`: to a path the user chose, written aside and renamed (a pulled USB stick leaves no half file). */
export function writePackage(
  ctx: CoreContext,
  input: ExportOptions & { path: string },
  job?: JobContext,
): PackageWritten {
  const { path: target, ...options } = input;
  const folder = path.dirname(path.resolve(target));
  if (!fs.existsSync(folder)) {
    throw new ApiError('NOT_FOUND', `The folder ${folder} does not exist.`, { reason: 'FOLDER_MISSING', path: folder });
  }
  const built = buildPackage(ctx, options, job);
  const partial = `${target}.partial`;
  fs.writeFileSync(partial, built.bytes);
  fs.renameSync(partial, target);
  return {
    fileName: path.basename(target),
    sizeBytes: built.bytes.length,
    entries: built.entries,
    rasterFiles: built.rasterFiles,
    path: path.resolve(target),
  };
}

/** `exchange.download`: browser mode gets the bytes to save. */
export function downloadPackage(ctx: CoreContext, options: ExportOptions, job?: JobContext): PackageWritten {
  const built = buildPackage(ctx, options, job);
  return {
    fileName: built.fileName,
    sizeBytes: built.bytes.length,
    entries: built.entries,
    rasterFiles: built.rasterFiles,
    mimeType: PACKAGE_MIME_TYPE,
    dataBase64: Buffer.from(built.bytes).toString('base64'),
  };
}
