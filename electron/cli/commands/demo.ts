import type { DemoSwitch } from '../../../shared/api/demo.js';
import { ApiError } from '../../../shared/api/errors.js';
import { catalogueText } from '../catalogue-text.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { label } from '../messages.js';

/**
 * `cafetal demo load`: makes sure the workshop demo database exists (made
 * when missing or outdated) and prints where it is and what it holds.
 * `cafetal demo reset`: makes it again from its fixed seed.
 * run-cli opens this command on the demo database, never on the real one;
 * `--demo` runs any other command against it.
 */
export async function demoCommand(ctx: CliContext): Promise<void> {
  const [sub] = ctx.args;
  if (sub !== 'load' && sub !== 'reset') {
    throw new ApiError('VALIDATION', 'Usage: cafetal demo load | cafetal demo reset', { flag: 'demo' });
  }
  const result = await callOrThrow(ctx.core, sub === 'load' ? 'demo.load' : 'demo.reset', {}, (done, total) => {
    if (!ctx.json && total) ctx.err(`${Math.round((100 * done) / total)} %`);
  });
  if (ctx.json) return ctx.out(JSON.stringify(result, null, 2));
  printSummary(ctx, sub, result);
}

function printSummary(ctx: CliContext, sub: 'load' | 'reset', result: DemoSwitch): void {
  const t = catalogueText(ctx.lang);
  const how = result.generated ? t('demo.cli.generated') : t('demo.cli.opened');
  const seconds = t('demo.cli.seconds', { seconds: result.durationMs / 1000 });
  ctx.out(`${t(sub === 'load' ? 'demo.cli.loaded' : 'demo.cli.reset')} (${how}, ${seconds})`);
  ctx.out(`${t('demo.cli.path')}: ${result.dbPath}`);
  ctx.out(`${t('demo.cli.organisation')}: ${result.organisationName ?? '—'}`);
  ctx.out(`${t('demo.cli.generatedAt')}: ${result.generatedAt ?? '—'}`);
  const counts = result.counts;
  if (!counts) return;
  const rows: [string, number][] = [
    [label('organisations', ctx.lang), counts.organisations],
    [label('producers', ctx.lang), counts.producers],
    [label('plots', ctx.lang), counts.plots],
    [label('layers', ctx.lang), counts.layers],
    [label('plans', ctx.lang), counts.plans],
    [t('demo.cli.approvedPlans'), counts.approvedPlans],
    [t('demo.cli.incomeProfiles'), counts.incomeProfiles],
    [t('demo.cli.analysedPlots'), counts.analysedPlots],
  ];
  for (const [name, value] of rows) ctx.out(`  ${name.padEnd(22)} ${value}`);
}
