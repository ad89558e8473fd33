import type { Proposal } from '../../../shared/api/plans.js';
import type { Measure } from '../../../shared/domain/measure.js';
import { levelRank, modelHazards } from '../../../shared/domain/hazard.js';
import type { ModelHazard } from '../../../shared/domain/hazard.js';
import type { FundingSource } from '../../../shared/domain/plan.js';
import type { DemoCall } from './demo-call.js';
import { DEMO_BASE_YEAR, DEMO_MARKER_TEXT } from './demo-content.js';
import type { DemoFamily } from './demo-families.js';
import { createDemoOrganisationPlan } from './demo-org-plan.js';
import { proposalRationale } from './demo-rationale.js';

const FARM_PLANS = 4;
const PROPOSALS_ACCEPTED = 4;
const SCENARIO = '2050_moderate' as const;
const START = DEMO_BASE_YEAR;
const END = DEMO_BASE_YEAR + 4;

export interface DemoPlans {
  farmPlanIds: string[];
  approvedPlanId: string;
  organisationPlanId: string;
}

/** The families whose plots are most at risk in 2050: the ones a technician would plan with first. */
async function mostAtRisk(call: DemoCall, organisationId: string, families: DemoFamily[]): Promise<DemoFamily[]> {
  const rows = await call('risk.results', { organisationId, scenarioId: SCENARIO });
  const score = new Map<string, number>();
  for (const row of rows) {
    const levels = Object.values(row.levels).filter((level) => level !== null);
    const points = levels.reduce((sum, level) => sum + levelRank(level) * row.areaHa, 0);
    score.set(row.producerId, (score.get(row.producerId) ?? 0) + points);
  }
  return [...families]
    .sort(
      (a, b) =>
        (score.get(b.producer.id) ?? 0) - (score.get(a.producer.id) ?? 0) ||
        a.producer.memberCode.localeCompare(b.producer.memberCode),
    )
    .slice(0, FARM_PLANS);
}

/**
 * What the technician accepts: for each hazard the family faces, worst
 * first, one measure made mainly for it (its catalogue's first hazard), so a
 * plan answers several hazards instead of listing four borer measures.
 * `variant` picks the 1st, 2nd… best such measure, so the four plans differ
 * (one renovates for rust where another prunes). The rest filled by score.
 */
function acceptedProposals(proposals: Proposal[], measures: ReadonlyMap<string, Measure>, variant: number): Proposal[] {
  const worst = new Map<ModelHazard, number>();
  for (const proposal of proposals) {
    for (const reason of proposal.reasons) {
      worst.set(reason.hazard, Math.max(worst.get(reason.hazard) ?? 0, levelRank(reason.level)));
    }
  }
  const hazards = modelHazards
    .filter((hazard) => worst.has(hazard))
    .sort((a, b) => (worst.get(b) ?? 0) - (worst.get(a) ?? 0));
  const chosen: Proposal[] = [];
  for (const hazard of hazards) {
    if (chosen.length === PROPOSALS_ACCEPTED) break;
    const candidates = proposals.filter((p) => !chosen.includes(p) && measures.get(p.measureId)?.hazards[0] === hazard);
    const pick = candidates[variant % Math.max(1, candidates.length)];
    if (pick) chosen.push(pick);
  }
  for (const proposal of proposals) {
    if (chosen.length === PROPOSALS_ACCEPTED) break;
    if (!chosen.includes(proposal)) chosen.push(proposal);
  }
  return chosen;
}

const fundingFor = (measure: Measure | undefined, index: number): FundingSource =>
  measure?.code?.startsWith('renovation-')
    ? 'credito_agroperu'
    : ((['familia', 'organizacion', 'proyecto_ong'] as const)[index % 3] as FundingSource);

/** A farm plan with the app's own proposals accepted, as a technician would in the Planes screen. */
async function farmPlan(
  call: DemoCall,
  organisationId: string,
  family: DemoFamily,
  measures: ReadonlyMap<string, Measure>,
  variant: number,
): Promise<string> {
  const plan = await call('plans.create', {
    organisationId,
    kind: 'farm',
    producerId: family.producer.id,
    title: `Plan de finca ${START}–${END}`,
    startYear: START,
    endYear: END,
    scenarioId: SCENARIO,
    objectives: `${DEMO_MARKER_TEXT}. Adaptar las parcelas a los riesgos de 2050 y cerrar la brecha de ingreso digno.`,
  });
  const proposals = (await call('plans.propose', { id: plan.id })).filter((p) => !p.alreadyPlanned);
  for (const [index, proposal] of acceptedProposals(proposals, measures, variant).entries()) {
    const measure = measures.get(proposal.measureId);
    await call('plans.addAction', {
      planId: plan.id,
      fields: {
        measureId: proposal.measureId,
        plotIds: proposal.plotIds,
        quantity: Math.round(proposal.suggestedQuantity * 100) / 100,
        year: START + (index % 3),
        quarter: 1 + ((index * 2) % 4),
        responsible: family.producer.names,
        fundingSource: fundingFor(measure, index),
        indicator: 'Avance verificado en la visita técnica',
        rationale: proposalRationale(proposal, measure?.name.es ?? ''),
      },
    });
  }
  return plan.id;
}

/** Monitoring of the approved plan: this year's actions, one finished, one under way. */
async function monitor(call: DemoCall, planId: string): Promise<void> {
  const plan = await call('plans.get', { id: planId });
  const thisYear = plan.actions.filter((action) => action.year === START);
  const [first, second] = thisYear;
  if (first) {
    await call('plans.addProgress', {
      actionId: first.id,
      date: `${START}-04-15`,
      percentDone: 40,
      notes: 'Primera visita: avance según lo previsto.',
    });
    await call('plans.addProgress', {
      actionId: first.id,
      date: `${START}-09-30`,
      percentDone: 100,
      notes: 'Terminado y verificado en campo.',
    });
  }
  if (second) {
    await call('plans.addProgress', {
      actionId: second.id,
      date: `${START}-06-30`,
      percentDone: 25,
      notes: 'Materiales comprados; falta la mano de obra.',
    });
  }
}

/**
 * Farm plans for the four families most at risk (the first approved by the
 * assembly and monitored), then the organisation's resilience plan.
 */
export async function createDemoPlans(
  call: DemoCall,
  organisationId: string,
  families: DemoFamily[],
): Promise<DemoPlans> {
  const catalogue = await call('measures.list', { organisationId });
  const measures = new Map(catalogue.map((m) => [m.id, m]));
  const byCode = (code: string): Measure => {
    const found = catalogue.find((m) => m.code === code);
    if (!found) throw new Error(`The measure catalogue has no "${code}".`);
    return found;
  };
  const farmPlanIds: string[] = [];
  for (const [variant, family] of (await mostAtRisk(call, organisationId, families)).entries()) {
    farmPlanIds.push(await farmPlan(call, organisationId, family, measures, variant));
  }
  const approvedPlanId = farmPlanIds[0];
  if (approvedPlanId === undefined) throw new Error('The demo has no families to plan with.');
  await call('plans.approve', { id: approvedPlanId, approvedBy: 'Asamblea de delegados (ficticia)' });
  await monitor(call, approvedPlanId);
  const organisationPlanId = await createDemoOrganisationPlan(call, organisationId, families.length, byCode);
  return { farmPlanIds, approvedPlanId, organisationPlanId };
}
