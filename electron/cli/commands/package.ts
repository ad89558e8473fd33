import path from 'node:path';
import type { PackageReport } from '../../../shared/api/exchange.js';
import { packageRefusalReasons } from '../../../shared/api/exchange.js';
import { ApiError } from '../../../shared/api/errors.js';
import { catalogueText } from '../catalogue-text.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';

const USAGE =
  'Usage: cafetal package export -o FILE [--since-last-exchange-with ID] [--include-rasters] | ' +
  'cafetal package inspect FILE [--json] | cafetal package import FILE [--dry-run] | cafetal package status';

/**
 * `cafetal package …`: exchanging work between laptops by `.cafetal` files
 * (docs/exchange.md). `inspect` and `import --dry-run` say what an import
 * would do and write nothing; `import` merges in one transaction. A refused
 * package exits 1 with the reason in the user's language.
 */
export async function packageCommand(ctx: CliContext): Promise<number | void> {
  const [sub, file] = ctx.args;
  try {
    switch (sub) {
      case 'export':
        return await exportPackage(ctx);
      case 'inspect':
      case 'import': {
        if (!file) throw new ApiError('VALIDATION', USAGE);
        const apply = sub === 'import' && ctx.flags['dry-run'] !== true;
        const report = await callOrThrow(ctx.core, apply ? 'exchange.import' : 'exchange.inspect', {
          source: { path: path.resolve(file) },
        });
        if (ctx.json) return ctx.out(JSON.stringify(report, null, 2));
        return printReport(ctx, report);
      }
      case 'status':
        return await printStatus(ctx);
      default:
        throw new ApiError('VALIDATION', USAGE);
    }
  } catch (error) {
    const reason = error instanceof ApiError ? (error.details as { reason?: string } | undefined)?.reason : undefined;
    if (!(error instanceof ApiError) || !reason || !(packageRefusalReasons as readonly string[]).includes(reason)) {
      throw error;
    }
    if (ctx.json) ctx.out(JSON.stringify({ error: error.toPayload() }, null, 2));
    else ctx.err(`${catalogueText(ctx.lang)(`exchange.refusals.${reason}`)}\n${error.message}`);
    return 1;
  }
}

async function exportPackage(ctx: CliContext): Promise<void> {
  const output = ctx.flags.output;
  if (typeof output !== 'string') throw new ApiError('VALIDATION', USAGE);
  const since = ctx.flags['since-last-exchange-with'];
  const written = await callOrThrow(ctx.core, 'exchange.write', {
    path: path.resolve(output),
    ...(typeof since === 'string' ? { sinceLastExchangeWith: since } : {}),
    ...(ctx.flags['include-rasters'] === true ? { includeRasters: true } : {}),
  });
  if (ctx.json) return ctx.out(JSON.stringify(written, null, 2));
  const t = catalogueText(ctx.lang);
  ctx.out(
    t('packageCli.written', {
      path: written.path ?? written.fileName,
      entries: written.entries,
      bytes: written.sizeBytes,
    }),
  );
  if (written.rasterFiles > 0) ctx.out(t('packageCli.rasters', { count: written.rasterFiles }));
}

function printReport(ctx: CliContext, report: PackageReport): void {
  const t = catalogueText(ctx.lang);
  ctx.out(`${t('packageCli.file')}: ${report.fileName}`);
  ctx.out(
    `${t('packageCli.sender')}: ${report.sender.name} (${report.sender.fingerprint})${report.sender.knownBefore ? '' : ` — ${t('packageCli.newLaptop')}`}`,
  );
  ctx.out(`${t('packageCli.network')}: ${report.network?.name ?? '—'}`);
  ctx.out(`${t('packageCli.createdAt')}: ${report.createdAt}`);
  ctx.out(t('packageCli.entries', { entries: report.entries, alreadyHad: report.alreadyHad }));
  const rows = report.tables.filter((r) => r.new + r.changed + r.deleted + r.conflicts > 0);
  if (rows.length > 0) {
    ctx.out(
      `  ${''.padEnd(18)}${['new', 'changed', 'deleted', 'conflicts'].map((k) => t(`packageCli.${k}`).padStart(12)).join('')}`,
    );
    for (const r of rows) {
      ctx.out(
        `  ${r.table.padEnd(18)}${[r.new, r.changed, r.deleted, r.conflicts].map((n) => String(n).padStart(12)).join('')}`,
      );
    }
  } else {
    ctx.out(t('packageCli.nothingNew'));
  }
  for (const conflict of report.conflicts) {
    ctx.out(
      `  ${t('packageCli.conflict')}: ${conflict.table} «${conflict.label}»: ${conflict.fields.map((f) => f.field).join(', ')}`,
    );
  }
  if (report.rasterFiles.missing.length > 0) {
    ctx.out(t('packageCli.missingRasters', { names: report.rasterFiles.missing.join(', ') }));
  }
  ctx.out(report.applied ? t('packageCli.applied') : t('packageCli.dryRun'));
}

async function printStatus(ctx: CliContext): Promise<void> {
  const status = await callOrThrow(ctx.core, 'exchange.status', {});
  if (ctx.json) return ctx.out(JSON.stringify(status, null, 2));
  const t = catalogueText(ctx.lang);
  ctx.out(`${t('packageCli.device')}: ${status.device.name} (${status.device.id})`);
  ctx.out(`${t('packageCli.fingerprint')}: ${status.device.fingerprint}`);
  ctx.out(`${t('packageCli.network')}: ${status.network?.name ?? '—'}`);
  ctx.out(`${t('packageCli.openConflicts')}: ${status.openConflicts}`);
  for (const peer of status.peers) {
    ctx.out(`  ${peer.id}  ${peer.name}  (${peer.fingerprint})  ${peer.lastImportAt ?? ''}`);
  }
}
