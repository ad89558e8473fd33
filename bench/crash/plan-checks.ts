import type { Store } from '../../electron/core/store/open-store.js';
import type { ChildLine } from './crash-protocol.js';

/**
 * What the children were told was saved, across the trials of one database
 * (each trial starts from the database the previous kill left).
 */
export interface PlanLedger {
  /** Plans created (and copies made), by id; copies map to their source. */
  plans: Map<string, string | null>;
  /** Actions added, to the plan they belong to. */
  actions: Map<string, string>;
  /** Progress entries recorded per action. */
  progress: Map<string, number>;
}

export const emptyLedger = (): PlanLedger => ({ plans: new Map(), actions: new Map(), progress: new Map() });

/** The save the child had begun and not seen return when it was killed, if any. */
export type InFlight = { step: number; op: string; target: string } | null;

/** Adds a trial's returned saves to the ledger; returns the save in flight at the kill. */
export function recordLines(ledger: PlanLedger, lines: readonly ChildLine[]): InFlight {
  let open: InFlight = null;
  const targets = new Map<number, string>();
  for (const line of lines) {
    if (line.type === 'begin') {
      open = { step: line.step, op: line.op, target: line.target };
      targets.set(line.step, line.target);
    } else if (line.type === 'end') {
      const target = targets.get(line.step) ?? '';
      if (line.op === 'create') ledger.plans.set(line.id, null);
      else if (line.op === 'newVersion') ledger.plans.set(line.id, target);
      else if (line.op === 'addAction') ledger.actions.set(line.id, target);
      else if (line.op === 'addProgress') ledger.progress.set(target, (ledger.progress.get(target) ?? 0) + 1);
      open = null;
    }
  }
  return open;
}

interface PlanRow {
  id: string;
  previous_version_id: string | null;
  objectives: string;
  updated_at: string;
  deleted_at: string | null;
}

/**
 * Every save whole or absent: what the children were told was saved is
 * there; nothing else is, except the one save in flight, which either fully
 * happened (then it is added to the ledger) or left no trace; every copy of
 * a plan holds exactly its source's actions and progress; a plan's
 * `updated_at` is never older than one of its actions (a save that changed
 * an action also stamped its plan).
 */
export function checkPlans(
  db: Store,
  ledger: PlanLedger,
  inFlight: InFlight,
): { problems: string[]; committed: boolean } {
  const problems: string[] = [];
  const plans = db
    .prepare('SELECT id, previous_version_id, objectives, updated_at, deleted_at FROM plans')
    .all() as PlanRow[];
  const actions = db
    .prepare('SELECT id, plan_id, quantity, updated_at FROM plan_actions WHERE deleted_at IS NULL')
    .all() as {
    id: string;
    plan_id: string;
    quantity: number;
    updated_at: string;
  }[];
  const progressRows = db.prepare('SELECT action_id, count(*) AS n FROM plan_progress GROUP BY action_id').all() as {
    action_id: string;
    n: number;
  }[];
  const progress = new Map(progressRows.map((row) => [row.action_id, row.n]));
  const planById = new Map(plans.map((plan) => [plan.id, plan]));
  let committed = false;

  const strangers = plans.filter((plan) => !ledger.plans.has(plan.id));
  const newPlan = inFlight?.op === 'create' || inFlight?.op === 'newVersion';
  const expectedSource = inFlight?.op === 'newVersion' ? inFlight.target : null;
  for (const plan of strangers) {
    if (newPlan && strangers.length === 1 && plan.previous_version_id === expectedSource) {
      committed = true;
      ledger.plans.set(plan.id, plan.previous_version_id);
    } else problems.push(`plan ${plan.id} is in the database but was never saved`);
  }
  for (const [id, source] of ledger.plans) {
    const plan = planById.get(id);
    if (!plan) problems.push(`saved plan ${id} is missing`);
    else if (plan.previous_version_id !== source) problems.push(`plan ${id} lost its previous version`);
  }

  // A copy's actions were written by its `newVersion`, not saved one by one: copyProblems checks them.
  const isCopy = (planId: string): boolean => (ledger.plans.get(planId) ?? null) !== null;
  const strangeActions = actions.filter((action) => !ledger.actions.has(action.id) && !isCopy(action.plan_id));
  for (const action of strangeActions) {
    if (inFlight?.op === 'addAction' && strangeActions.length === 1 && action.plan_id === inFlight.target) {
      committed = true;
      ledger.actions.set(action.id, action.plan_id);
    } else problems.push(`action ${action.id} is in the database but was never saved`);
  }
  const liveActionIds = new Set(actions.map((action) => action.id));
  for (const [id] of ledger.actions) if (!liveActionIds.has(id)) problems.push(`saved action ${id} is missing`);

  for (const [actionId, saved] of ledger.progress) {
    const found = progress.get(actionId) ?? 0;
    const extra = inFlight?.op === 'addProgress' && inFlight.target === actionId && found === saved + 1;
    if (extra) {
      committed = true;
      ledger.progress.set(actionId, found);
    } else if (found !== saved) problems.push(`action ${actionId} has ${found} progress entries, ${saved} were saved`);
  }
  if (inFlight?.op === 'addProgress' && !ledger.progress.has(inFlight.target) && progress.get(inFlight.target) === 1) {
    committed = true;
    ledger.progress.set(inFlight.target, 1);
  }
  if (inFlight?.op === 'updateAction') {
    committed = actions.some((action) => action.id === inFlight.target && action.quantity === 1000 + inFlight.step);
  }
  if (inFlight?.op === 'update') committed = planById.get(inFlight.target)?.objectives === `Objetivos ${inFlight.step}`;

  problems.push(...copyProblems(plans, actions, progress), ...stampProblems(planById, actions));
  return { problems, committed };
}

/** A copy (`plans.newVersion`) holds as many actions and progress entries as its source: one transaction wrote them. */
function copyProblems(
  plans: readonly PlanRow[],
  actions: readonly { plan_id: string; id: string }[],
  progress: ReadonlyMap<string, number>,
): string[] {
  const tally = (planId: string) => {
    const own = actions.filter((action) => action.plan_id === planId);
    return { actions: own.length, progress: own.reduce((sum, action) => sum + (progress.get(action.id) ?? 0), 0) };
  };
  return plans.flatMap((plan) => {
    if (plan.previous_version_id === null) return [];
    const copy = tally(plan.id);
    const source = tally(plan.previous_version_id);
    return copy.actions === source.actions && copy.progress === source.progress
      ? []
      : [
          `copy ${plan.id} holds ${copy.actions} actions / ${copy.progress} progress, its source ${source.actions} / ${source.progress}`,
        ];
  });
}

function stampProblems(
  planById: ReadonlyMap<string, PlanRow>,
  actions: readonly { id: string; plan_id: string; updated_at: string }[],
): string[] {
  return actions.flatMap((action) => {
    const plan = planById.get(action.plan_id);
    return plan && plan.updated_at < action.updated_at
      ? [`plan ${plan.id} updated_at ${plan.updated_at} is older than its action ${action.id} (${action.updated_at})`]
      : [];
  });
}
