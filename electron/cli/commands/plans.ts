import { ApiError } from '../../../shared/api/errors.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { findOrganisation } from '../organisation-by-name.js';

const money = (lang: string, soles: number) =>
  `S/ ${new Intl.NumberFormat(lang === 'en' ? 'en' : 'es-PE', { maximumFractionDigits: 0 }).format(soles)}`;

/**
 * `cafetal plans list --org NAME [--json]`: the organisation's plans.
 * `cafetal plans show ID [--json]`: one plan with its actions, budget per year
 * and funding source, and the living-income projection (farm plans) or the
 * organisation totals.
 */
export async function plansCommand(ctx: CliContext): Promise<number> {
  const [sub, id] = ctx.args;
  if (sub === 'list') return listPlans(ctx);
  if (sub === 'show' && id) return showPlan(ctx, id);
  throw new ApiError('VALIDATION', 'Usage: cafetal plans list --org NAME | cafetal plans show ID', { flag: 'plans' });
}

async function listPlans(ctx: CliContext): Promise<number> {
  const orgName = typeof ctx.flags.org === 'string' ? ctx.flags.org : undefined;
  if (!orgName) throw new ApiError('VALIDATION', 'Usage: cafetal plans list --org NAME', { flag: 'org' });
  const organisation = await findOrganisation(ctx.core, orgName);
  if (!organisation) {
    throw new ApiError('NOT_FOUND', `No organisation named "${orgName}".`, { entity: 'organisation', name: orgName });
  }
  const plans = await callOrThrow(ctx.core, 'plans.list', { organisationId: organisation.id });
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        plans.map((p) => ({
          id: p.id,
          kind: p.kind,
          title: p.title,
          producerId: p.producerId,
          producerName: p.producerName,
          startYear: p.startYear,
          endYear: p.endYear,
          scenarioId: p.scenarioId,
          version: p.version,
          approvedBy: p.approvedBy,
          approvedAt: p.approvedAt,
          actionCount: p.actionCount,
          totalCostSoles: p.totalCostSoles,
          hazards: p.hazards,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const p of plans) {
    const who = p.kind === 'organisation' ? organisation.name : (p.producerName ?? '');
    ctx.out(
      `${p.id}  ${p.startYear}–${p.endYear}  v${p.version}${p.approvedAt ? ' ✓' : ''}  ${who} · ${p.title}  ${p.actionCount}  ${money(ctx.lang, p.totalCostSoles)}`,
    );
  }
  return 0;
}

async function showPlan(ctx: CliContext, id: string): Promise<number> {
  const plan = await callOrThrow(ctx.core, 'plans.get', { id });
  const figures = await callOrThrow(ctx.core, 'plans.figures', { id });
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        {
          plan: {
            id: plan.id,
            kind: plan.kind,
            title: plan.title,
            producerName: plan.producerName,
            startYear: plan.startYear,
            endYear: plan.endYear,
            scenarioId: plan.scenarioId,
            version: plan.version,
            approvedBy: plan.approvedBy,
            approvedAt: plan.approvedAt,
          },
          actions: plan.actions.map((a) => ({
            id: a.id,
            measureId: a.measure.measureId,
            measure: a.measure.name,
            unit: a.measure.unit,
            quantity: a.quantity,
            year: a.year,
            quarter: a.quarter,
            fundingSource: a.fundingSource,
            costSoles: a.status === 'dropped' ? 0 : a.quantity * a.measure.costPerUnitSoles,
            status: a.status,
          })),
          figures,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const lang = ctx.lang === 'en' ? 'en' : 'es';
  ctx.out(`${plan.title} · ${plan.producerName ?? ''} · ${plan.startYear}–${plan.endYear} · v${plan.version}`);
  for (const a of plan.actions) {
    ctx.out(
      `  ${a.year} T${a.quarter}  ${a.measure.name[lang]}  ${a.quantity} ${a.measure.unit}  ${money(ctx.lang, a.quantity * a.measure.costPerUnitSoles)}  ${a.fundingSource}  ${a.status}`,
    );
  }
  for (const y of figures.budget.byYear) ctx.out(`  ${y.year}: ${money(ctx.lang, y.totalSoles)}`);
  ctx.out(`  Total: ${money(ctx.lang, figures.budget.totalSoles)}`);
  if (figures.income) {
    for (const y of figures.income.years) {
      ctx.out(`  ${y.year}: ${money(ctx.lang, y.totalSoles)} / ${money(ctx.lang, y.benchmarkSoles)}`);
    }
    const closes = figures.income.gapClosesInYear;
    const text = {
      es: closes === null ? 'La brecha al ingreso digno no se cierra en el plan.' : `La brecha se cierra en ${closes}.`,
      en: closes === null ? 'The living income gap does not close within the plan.' : `The gap closes in ${closes}.`,
    };
    ctx.out(`  ${text[ctx.lang]}`);
  }
  return 0;
}
