import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { label } from '../messages.js';

export async function infoCommand(ctx: CliContext): Promise<void> {
  const info = await callOrThrow(ctx.core, 'system.info', {});
  if (ctx.json) {
    ctx.out(JSON.stringify(info, null, 2));
    return;
  }
  const l = (key: Parameters<typeof label>[0]): string => label(key, ctx.lang);
  ctx.out(`${l('version')} ${info.appVersion}`);
  ctx.out(`${l('database')}: ${info.dbPath}`);
  ctx.out(`${l('dataDir')}: ${info.dataDir}`);
  ctx.out(`${l('schema')}: ${info.schemaVersion}   ${l('sqlite')} ${info.sqliteVersion}`);
  ctx.out(`${l('counts')}:`);
  for (const key of ['organisations', 'producers', 'plots', 'layers', 'plans'] as const) {
    ctx.out(`  ${l(key).padEnd(16)} ${info.counts[key]}`);
  }
}
