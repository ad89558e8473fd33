import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { label } from '../messages.js';

/**
 * `cafetal backup [-o FILE]`: a copy with the SQLite backup API, into the
 * backups folder (rotated with the automatic ones) or to FILE; progress goes
 * to stderr.
 */
export async function backupCommand(ctx: CliContext): Promise<void> {
  const onProgress = (done: number, total: number | null): void => {
    if (!ctx.json && total) ctx.err(`${Math.round((100 * done) / total)} %`);
  };
  const output = ctx.flags.output;
  const backup =
    typeof output === 'string'
      ? await callOrThrow(ctx.core, 'backups.write', { path: output }, onProgress)
      : await callOrThrow(ctx.core, 'backups.create', {}, onProgress);
  if (ctx.json) return ctx.out(JSON.stringify(backup, null, 2));
  ctx.out(`${label('backupDone', ctx.lang)}: ${backup.path} (${backup.sizeBytes} B)`);
}
