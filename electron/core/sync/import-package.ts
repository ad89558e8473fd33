import fs from 'node:fs';
import path from 'node:path';
import type { PackageReport } from '../../../shared/api/exchange.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { readSourceBytes } from '../import/source-bytes.js';
import type { FileSource } from '../import/source-bytes.js';
import { rederivePlot } from '../plots/rederive-plot.js';
import { rasterPaths } from '../raster/raster-files.js';
import { schemaVersionOf } from '../store/migrate.js';
import { stmt } from '../store/statements.js';
import { listConflicts } from './conflicts-store.js';
import { keyFingerprint } from './device-identity.js';
import { mergeEntries } from './merge-entries.js';
import { openPackage } from './package-envelope.js';
import {
  CHANGES_NAME,
  decodeEntries,
  decodeManifest,
  FILES_PREFIX,
  MANIFEST_NAME,
  PACKAGE_FORMAT_VERSION,
} from './package-format.js';
import type { ChangeEntry, PackageManifest } from './package-format.js';
import { packageRefusal, refusalOfMergeError, refuseExchangeInDemo } from './package-refusal.js';
import { syncLocal, withLogMuted } from './sync-state.js';

interface ReadPackage {
  fileName: string;
  manifest: PackageManifest;
  entries: ChangeEntry[];
  files: Map<string, Uint8Array>;
  knownBefore: boolean;
}

/**
 * Every check that needs no writing: the envelope (signature, truncation),
 * the contents, the format and schema, the signer against the laptop the
 * manifest names (trust on first use) and the network.
 */
function readPackage(ctx: CoreContext, source: FileSource): ReadPackage {
  const { fileName, bytes } = readSourceBytes(source);
  const opened = openPackage(bytes);
  const manifest = decodeManifest(opened.entries[MANIFEST_NAME]);
  if (manifest.formatVersion > PACKAGE_FORMAT_VERSION || manifest.schemaVersion > schemaVersionOf(ctx.db)) {
    throw packageRefusal('NEWER_SCHEMA', 'This package was made by a newer Cafetal; update Cafetal to import it.', {
      schemaVersion: manifest.schemaVersion,
    });
  }
  const signer = Buffer.from(opened.signerKey);
  if (!signer.equals(Buffer.from(manifest.sender.publicKey, 'base64'))) {
    throw packageRefusal('TAMPERED', 'The package is signed by a key other than the laptop it names.');
  }
  const peer = stmt(ctx.db, 'SELECT public_key FROM peers WHERE device_id = ?').get(manifest.sender.id) as
    { public_key: Buffer } | undefined;
  const ownKey = manifest.sender.id === ctx.device.id ? Buffer.from(ctx.device.publicKey) : null;
  const recorded = peer?.public_key ?? ownKey;
  if (recorded && !Buffer.from(recorded).equals(signer)) {
    throw packageRefusal(
      'KEY_MISMATCH',
      `The package says it comes from ${manifest.sender.name}, but that laptop signs with another key.`,
      { deviceId: manifest.sender.id },
    );
  }
  const local = syncLocal(ctx.db);
  // Only two laptops that have each already exchanged within their own network are foreign to each other.
  if (local.networkSettled && manifest.network.settled && manifest.network.id !== local.networkId) {
    throw packageRefusal('FOREIGN', `The package belongs to another exchange network (${manifest.network.name}).`, {
      network: manifest.network,
    });
  }
  const entries = decodeEntries(opened.entries[CHANGES_NAME], manifest.entries);
  const files = new Map<string, Uint8Array>();
  for (const name of manifest.rasterFiles) {
    const data = opened.entries[`${FILES_PREFIX}${name}`];
    if (data) files.set(name, data);
  }
  return { fileName, manifest, entries, files, knownBefore: recorded !== null && recorded !== undefined };
}

/** Thrown inside the transaction of a dry run so that everything it wrote is rolled back. */
class DryRun extends Error {
  constructor(readonly report: PackageReport) {
    super('dry run');
  }
}

function recordSender(ctx: CoreContext, manifest: PackageManifest, now: string): void {
  stmt(
    ctx.db,
    `INSERT INTO peers (device_id, name, public_key, first_seen_at, last_import_at, knowledge) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET name = excluded.name, last_import_at = excluded.last_import_at,
       knowledge = excluded.knowledge`,
  ).run(
    manifest.sender.id,
    manifest.sender.name,
    Buffer.from(manifest.sender.publicKey, 'base64'),
    now,
    now,
    JSON.stringify(manifest.knowledge),
  );
}

/** Names of laptops heard of through the sender; a laptop's own packages name it better (`peers`). */
function learnDeviceNames(ctx: CoreContext, manifest: PackageManifest): void {
  const upsert = stmt(
    ctx.db,
    `INSERT INTO device_names (device_id, name) VALUES (?, ?) ON CONFLICT (device_id) DO UPDATE SET name = excluded.name`,
  );
  for (const [id, name] of Object.entries(manifest.deviceNames)) {
    if (id !== ctx.device.id && id !== manifest.sender.id) upsert.run(id, name);
  }
}

/** A laptop that never imported joins the sender's network; from then on its network is settled. */
function joinNetwork(ctx: CoreContext, manifest: PackageManifest): void {
  if (syncLocal(ctx.db).networkSettled) return;
  stmt(ctx.db, 'UPDATE sync_local SET network_id = ?, network_name = ?, network_settled = 1 WHERE id = 1').run(
    manifest.network.id,
    manifest.network.name,
  );
}

/** Raster layers live in the package but without their files here: they draw nothing until the files come. */
function missingRasters(ctx: CoreContext, incoming: ReadonlySet<string>): string[] {
  const layers = stmt(ctx.db, "SELECT id, name FROM layers WHERE kind = 'raster' AND deleted_at IS NULL").all() as {
    id: string;
    name: string;
  }[];
  return layers
    .filter(({ id }) => !incoming.has(`${id}.grid.json`) && !fs.existsSync(rasterPaths(ctx.dataDir, id).grid))
    .map(({ name }) => name);
}

/**
 * Raster files not yet here, each written aside and renamed; the grid header
 * last (it marks a complete raster). Returns how many rasters were completed.
 */
function writeRasterFiles(ctx: CoreContext, files: Map<string, Uint8Array>): number {
  const dir = path.join(ctx.dataDir, 'layers');
  fs.mkdirSync(dir, { recursive: true });
  let written = 0;
  const names = [...files.keys()].sort((a, b) => Number(a.endsWith('.grid.json')) - Number(b.endsWith('.grid.json')));
  for (const name of names) {
    const target = path.join(dir, name);
    if (fs.existsSync(target)) continue;
    fs.writeFileSync(`${target}.partial`, files.get(name)!);
    fs.renameSync(`${target}.partial`, target);
    if (name.endsWith('.grid.json')) written += 1;
  }
  return written;
}

/**
 * `exchange.inspect` (apply = false) and `exchange.import`: the same merge in
 * one transaction, rolled back for the preview, so the preview says exactly
 * what the import will do.
 */
export function importPackage(ctx: CoreContext, source: FileSource, apply: boolean, job?: JobContext): PackageReport {
  refuseExchangeInDemo(ctx);
  job?.progress(0, null, 'checking');
  const read = readPackage(ctx, source);
  job?.throwIfCancelled();
  job?.progress(0, read.entries.length, 'merging');
  const now = new Date().toISOString();
  const run = (): PackageReport => {
    const outcome = mergeEntries(ctx.db, read.entries, now);
    for (const plotId of outcome.touchedPlots) {
      try {
        rederivePlot(ctx.db, plotId);
      } catch (error) {
        // No Cafetal writes an outline it cannot measure: a hand-made package. The merge is rolled back whole.
        throw packageRefusal('NOT_PACKAGE', 'The package holds a plot outline this laptop cannot read.', {
          plotId,
          detail: (error as Error).message,
        });
      }
    }
    if (read.manifest.sender.id !== ctx.device.id) recordSender(ctx, read.manifest, now);
    joinNetwork(ctx, read.manifest);
    learnDeviceNames(ctx, read.manifest);
    const incomingRasters = new Set(read.files.keys());
    const report: PackageReport = {
      fileName: read.fileName,
      format: read.manifest.format,
      formatVersion: read.manifest.formatVersion,
      sender: {
        id: read.manifest.sender.id,
        name: read.manifest.sender.name,
        fingerprint: keyFingerprint(Buffer.from(read.manifest.sender.publicKey, 'base64')),
        knownBefore: read.knownBefore,
      },
      network: { id: read.manifest.network.id, name: read.manifest.network.name },
      createdAt: read.manifest.createdAt,
      schemaVersion: read.manifest.schemaVersion,
      entries: outcome.entries,
      alreadyHad: outcome.alreadyHad,
      tables: outcome.tables,
      conflicts: listConflicts(ctx.db, ctx.device.name, outcome.conflictRows),
      rasterFiles: { included: read.files.size / 3, written: 0, missing: missingRasters(ctx, incomingRasters) },
      applied: apply,
    };
    if (!apply) throw new DryRun(report);
    return report;
  };
  let report: PackageReport;
  try {
    report = withLogMuted(ctx.db, run);
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw refusalOfMergeError(error);
  }
  report.rasterFiles.written = writeRasterFiles(ctx, read.files);
  return report;
}
