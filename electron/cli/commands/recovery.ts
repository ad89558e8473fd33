import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { RecoveryStatus } from '../../../shared/api/recovery.js';
import { refusalReasonOf } from '../../core/backups/backup-refusal.js';
import { damagedPathFor } from '../../core/recovery/restore-damaged.js';
import { catalogueText } from '../catalogue-text.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';

type Damaged = Extract<RecoveryStatus, { state: 'damaged' }>;
type Text = ReturnType<typeof catalogueText>;

/**
 * What every command does while the database is damaged (run-cli.ts): say
 * so, with the file, what is wrong and the newest backups, and exit 1;
 * `cafetal restore FILE` puts a backup in place of the damaged file.
 */
export function recoveryCommand(commandName: string): (ctx: CliContext) => Promise<number> {
  return commandName === 'restore' ? restoreOverDamaged : reportDamage;
}

async function damagedStatus(ctx: CliContext): Promise<Damaged> {
  const status = await callOrThrow(ctx.core, 'recovery.status', {});
  if (status.state !== 'damaged') throw new ApiError('INTERNAL', 'The database is no longer damaged.');
  return status;
}

async function reportDamage(ctx: CliContext): Promise<number> {
  const status = await damagedStatus(ctx);
  if (ctx.json) {
    const message = `The database at ${status.damage.path} is damaged (${status.damage.reason}); restore a backup.`;
    ctx.out(
      JSON.stringify({ error: { code: 'DB_UNREADABLE', message, details: { reason: 'DAMAGED', ...status } } }, null, 2),
    );
    return 1;
  }
  const t = catalogueText(ctx.lang);
  printDamage(ctx, status, t);
  const newest = status.backups.find((choice) => choice.refusal === null);
  ctx.err('');
  if (newest) {
    ctx.err(t('recovery.cli.toRestore'));
    ctx.err(`  cafetal restore ${quoted(newest.backup.path)}`);
  } else {
    ctx.err(t('recovery.cli.toRestoreFile'));
    ctx.err('  cafetal restore ARCHIVO');
  }
  return 1;
}

async function restoreOverDamaged(ctx: CliContext): Promise<number> {
  const [file] = ctx.args;
  if (!file) throw new ApiError('VALIDATION', 'restore needs the backup file: cafetal restore FILE [--yes]');
  const t = catalogueText(ctx.lang);
  const status = await damagedStatus(ctx);
  const source = { path: path.resolve(file) };
  if (!ctx.json) {
    printDamage(ctx, status, t);
    const listed = status.backups.find((choice) => choice.backup.path === source.path);
    ctx.err('');
    ctx.err(`${t('backupRestore.cli.file')}: ${file}${listed ? ` — ${describe(ctx, listed, t)}` : ''}`);
  }
  if (ctx.flags.yes !== true) {
    if (!ctx.ask || ctx.json) {
      ctx.err(t('backupRestore.cli.needsYes'));
      return 2;
    }
    const answer = (await ctx.ask(t('recovery.cli.question'))).trim().toLowerCase();
    if (!answer.startsWith(t('backupRestore.cli.yes'))) {
      ctx.err(t('backupRestore.cli.notRestored'));
      return 1;
    }
  }
  try {
    const result = await callOrThrow(ctx.core, 'recovery.restore', { source, confirm: true });
    if (ctx.json) {
      ctx.out(JSON.stringify({ result }, null, 2));
      return 0;
    }
    ctx.out(`${t('recovery.cli.done')}: ${result.restoredFrom}`);
    ctx.out(`${t('recovery.cli.movedTo')}: ${result.damagedMovedTo}`);
    return 0;
  } catch (error) {
    const reason = refusalReasonOf(error);
    if (reason === null || !(error instanceof ApiError)) throw error;
    if (ctx.json) ctx.out(JSON.stringify({ error: error.toPayload() }, null, 2));
    else
      ctx.err(`${t(`backupRestore.refusals.${reason}`, error.details as Record<string, unknown>)}\n${error.message}`);
    return 1;
  }
}

function printDamage(ctx: CliContext, status: Damaged, t: Text): void {
  const { damage } = status;
  ctx.err(t('recovery.cli.damaged'));
  ctx.err(`${t('recovery.cli.file')}: ${damage.path}`);
  ctx.err(
    `  ${t('recovery.fileFacts', { size: megabytes(ctx, damage.sizeBytes), date: when(ctx, damage.modifiedAt) })}`,
  );
  ctx.err(`${t('recovery.cli.what')}: ${t(`recovery.reasons.${damage.reason}`)}`);
  for (const problem of damage.problems.slice(0, 3)) ctx.err(`  ${problem}`);
  ctx.err('');
  if (status.backups.length === 0) {
    ctx.err(t('recovery.cli.none', { folder: status.backupDir }));
    return;
  }
  ctx.err(`${t('recovery.cli.backups')}:`);
  for (const [index, choice] of status.backups.slice(0, 5).entries()) {
    ctx.err(`  ${index + 1}. ${choice.backup.path}`);
    ctx.err(`     ${describe(ctx, choice, t)}`);
  }
  ctx.err(t('recovery.backupsHint', { damagedName: path.basename(damagedPathFor(damage.path, new Date())) }));
}

function describe(ctx: CliContext, choice: Damaged['backups'][number], t: Text): string {
  const made = when(ctx, choice.backup.createdAt);
  if (choice.summary) return `${made} — ${t('recovery.holds', choice.summary.counts)}`;
  if (choice.refusal === 'NOT_CHECKED') return `${made} — ${t('recovery.notChecked')}`;
  return `${made} — ${t('recovery.unusable', { reason: t(`backupRestore.refusals.${choice.refusal ?? 'CORRUPT'}`) })}`;
}

const locale = (ctx: CliContext): string => (ctx.lang === 'en' ? 'en' : 'es-PE');
const when = (ctx: CliContext, iso: string): string =>
  new Date(iso).toLocaleString(locale(ctx), { dateStyle: 'medium', timeStyle: 'short' });
const megabytes = (ctx: CliContext, bytes: number): string =>
  `${new Intl.NumberFormat(locale(ctx), { maximumFractionDigits: 1 }).format(bytes / 1_048_576)} MB`;
/** A path as a shell would need it: quoted when it has spaces or quotes. */
const quoted = (file: string): string =>
  /^[\w./:\\-]+$/.test(file) ? file : `"${file.replace(/(["\\$`])/g, '\\$1')}"`;
