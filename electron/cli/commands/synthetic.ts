import { ApiError } from '../../../shared/api/errors.js';
import { generateSyntheticDataset } from '../../core/synthetic/synthetic-dataset.js';
import type { CliContext } from '../cli-context.js';

function positiveInt(ctx: CliContext, name: string, fallback: number): number {
  const raw = ctx.flags[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string') throw new ApiError('VALIDATION', `--${name} takes one number.`, { flag: name });
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new ApiError('VALIDATION', `--${name} must be a positive integer.`, { flag: name });
  return value;
}

/**
 * `cafetal synthetic --plots N [--families N] [--organisations N] [--seed N]`:
 * fills the database with a clearly labelled synthetic dataset for scale tests
 * and benchmarks. Never run it on an organisation's real database.
 */
export function syntheticCommand(ctx: CliContext): Promise<void> {
  const plots = positiveInt(ctx, 'plots', 6000);
  const organisations = positiveInt(ctx, 'organisations', 1);
  const families = positiveInt(ctx, 'families', Math.max(1, Math.round(plots / 2 / organisations)));
  const plotsPerFamily = Math.max(1, Math.round(plots / (families * organisations)));
  const summary = generateSyntheticDataset(ctx.core.context.db, {
    organisations,
    familiesPerOrganisation: families,
    plotsPerFamily,
    seed: positiveInt(ctx, 'seed', 1),
  });
  ctx.out(
    ctx.json ? JSON.stringify(summary, null, 2) : `${summary.organisations} / ${summary.producers} / ${summary.plots}`,
  );
  return Promise.resolve();
}
