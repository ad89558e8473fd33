import { ApiError } from '../../../shared/api/errors.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { label } from '../messages.js';

/** `cafetal organisations list|create …` */
export async function organisationsCommand(ctx: CliContext): Promise<void> {
  const [verb] = ctx.args;
  if (verb === 'list') {
    const organisations = await callOrThrow(ctx.core, 'organisations.list', {});
    if (ctx.json) return ctx.out(JSON.stringify(organisations, null, 2));
    if (organisations.length === 0) return ctx.out(label('none', ctx.lang));
    for (const o of organisations) ctx.out(`${o.id}  ${o.name}  (${o.type}; ${o.province} ${o.district})`.trim());
    return;
  }
  if (verb === 'create') {
    const text = (key: string): string | undefined => {
      const value = ctx.flags[key];
      return typeof value === 'string' ? value : undefined;
    };
    const input = Object.fromEntries(
      ['name', 'type', 'region', 'province', 'district', 'contact']
        .map((key) => [key, text(key)] as const)
        .filter(([, value]) => value !== undefined),
    );
    const created = await callOrThrow(ctx.core, 'organisations.create', input);
    if (ctx.json) return ctx.out(JSON.stringify(created, null, 2));
    ctx.out(`${label('created', ctx.lang)}: ${created.name} (${created.id})`);
    return;
  }
  throw new ApiError('VALIDATION', `Unknown organisations command "${verb ?? ''}"; use list or create.`);
}
