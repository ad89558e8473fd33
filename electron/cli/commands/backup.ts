import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { label } from '../messages.js';

/** `cafetal backup`: a copy with the SQLite backup API; progress goes to stderr. */
export async function backupCommand(ctx: CliContext): Promise<void> {
  const backup = await callOrThrow(ctx.core, 'backups.create', {}, (done, total) => {
    if (!ctx.json && total) ctx.err(`${Math.round((100 * done) / total)} %`);
  });
  if (ctx.json) return ctx.out(JSON.stringify(backup, null, 2));
  ctx.out(`${label('backupDone', ctx.lang)}: ${backup.path} (${backup.sizeBytes} B)`);
}
