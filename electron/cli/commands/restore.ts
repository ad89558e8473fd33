import path from 'node:path';
import type { BackupInspection, DatabaseSummary } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import { refusalReasonOf } from '../../core/backups/backup-refusal.js';
import { catalogueText } from '../catalogue-text.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';

const ROWS = ['organisations', 'producers', 'plots', 'plans', 'layers'] as const;

/**
 * `cafetal restore FILE [--yes]`: checks the backup, prints what it holds
 * next to the current data, asks (on a terminal) or needs `--yes`, then
 * restores after a safety copy. A refused file exits 1 with the reason in
 * the user's language; the current data stays as it was.
 */
export async function restoreCommand(ctx: CliContext): Promise<number | void> {
  const t = catalogueText(ctx.lang);
  const [file] = ctx.args;
  if (!file) throw new ApiError('VALIDATION', 'restore needs the backup file: cafetal restore FILE [--yes]');
  const source = { path: path.resolve(file) };
  try {
    const inspection = await callOrThrow(ctx.core, 'backups.inspect', { source });
    if (!ctx.json) printComparison(ctx, inspection, t);
    if (ctx.flags.yes !== true) {
      if (!ctx.ask || ctx.json) {
        ctx.err(t('backupRestore.cli.needsYes'));
        return 2;
      }
      const answer = (await ctx.ask(t('backupRestore.cli.question'))).trim().toLowerCase();
      if (!answer.startsWith(t('backupRestore.cli.yes'))) {
        ctx.err(t('backupRestore.cli.notRestored'));
        return 1;
      }
    }
    const result = await callOrThrow(ctx.core, 'backups.restore', { source, confirm: true }, (done, total) => {
      if (!ctx.json && total) ctx.err(`${Math.round((100 * done) / total)} %`);
    });
    if (ctx.json) return ctx.out(JSON.stringify({ inspection, result }, null, 2));
    ctx.out(`${t('backupRestore.cli.done')}: ${inspection.fileName}`);
    ctx.out(`${t('backupRestore.cli.safetyCopy')}: ${result.safetyBackup.path}`);
  } catch (error) {
    const reason = refusalReasonOf(error);
    if (reason === null || !(error instanceof ApiError)) throw error;
    if (ctx.json) ctx.out(JSON.stringify({ error: error.toPayload() }, null, 2));
    else
      ctx.err(`${t(`backupRestore.refusals.${reason}`, error.details as Record<string, unknown>)}\n${error.message}`);
    return 1;
  }
}

function printComparison(ctx: CliContext, inspection: BackupInspection, t: ReturnType<typeof catalogueText>): void {
  const { current, backup } = inspection;
  const cell = (summary: DatabaseSummary, key: (typeof ROWS)[number] | 'lastChangeAt' | 'schemaVersion'): string => {
    if (key === 'lastChangeAt') {
      return summary.lastChangeAt === null
        ? t('backupRestore.confirm.never')
        : new Date(summary.lastChangeAt).toLocaleString(ctx.lang === 'en' ? 'en' : 'es-PE', {
            dateStyle: 'medium',
            timeStyle: 'short',
          });
    }
    if (key === 'schemaVersion') return String(summary.schemaVersion);
    return String(summary.counts[key]);
  };
  const keys = [...ROWS, 'lastChangeAt', 'schemaVersion'] as const;
  const width = 2 + Math.max(22, ...keys.flatMap((key) => [cell(current, key).length, cell(backup, key).length]));
  ctx.out(`${t('backupRestore.cli.file')}: ${inspection.fileName}`);
  ctx.out(`${''.padEnd(width)}${t('backupRestore.confirm.current').padEnd(width)}${t('backupRestore.confirm.backup')}`);
  for (const key of keys) {
    ctx.out(
      `${t(`backupRestore.confirm.rows.${key}`).padEnd(width)}${cell(current, key).padEnd(width)}${cell(backup, key)}`,
    );
  }
  ctx.out(
    inspection.willMigrate
      ? t('backupRestore.confirm.checks.schemaOlder', { from: backup.schemaVersion, to: current.schemaVersion })
      : t('backupRestore.confirm.checks.schemaSame', { version: backup.schemaVersion }),
  );
  ctx.out(t('backupRestore.confirm.warning'));
}
