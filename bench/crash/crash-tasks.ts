import type { Core } from '../../electron/core/create-core.js';
import type { Plan } from '../../shared/domain/plan.js';
import { lineText } from './crash-protocol.js';
import type { ChildTask } from './crash-protocol.js';
import { SYNTHETIC_MAPPING } from './synthetic-plots.js';

/** Prints one protocol line (crash-protocol.ts). */
export type Say = (line: string) => void;

async function call<T>(core: Core, name: string, input: unknown, onStage?: (stage: string) => void): Promise<T> {
  const result = await core.call(name, input, { onProgress: (event) => onStage?.(event.stage) });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function importFile(core: Core, task: ChildTask, say: Say): Promise<void> {
  const opened = await call<{ importId: string }>(core, 'imports.open', { source: { path: task.file } });
  let writing = false;
  const done = await call<{ runId: string }>(
    core,
    'imports.commit',
    { importId: opened.importId, organisationId: task.organisationId, mapping: SYNTHETIC_MAPPING },
    (stage) => {
      // `write` comes once, right before the synchronous transaction starts.
      if (stage === 'write' && !writing) {
        writing = true;
        say(lineText.begin(0, 'import-write'));
      }
    },
  );
  say(lineText.end(0, 'import-write', done.runId));
}

/**
 * Saves farm plans as the plans page does, one call per edit: create, add
 * actions, record progress, edit actions and the plan, then copy it as a new
 * version (one transaction copying every action and progress entry). A plan
 * is never edited after it was copied, so a copy must always match its source.
 */
async function savePlans(core: Core, task: ChildTask, say: Say): Promise<void> {
  const measureIds = task.measureIds ?? [];
  const actionsPerPlan = task.actionsPerPlan ?? 40;
  let step = 0;
  const save = async (op: string, target: string, name: string, input: unknown, idOf: (p: Plan) => string) => {
    step += 1;
    say(lineText.begin(step, op, target));
    const plan = await call<Plan>(core, name, input);
    say(lineText.end(step, op, idOf(plan)));
    return plan;
  };
  for (let p = 0; p < (task.plans ?? 1000); p += 1) {
    let plan = await save(
      'create',
      '-',
      'plans.create',
      {
        organisationId: task.organisationId,
        kind: 'farm',
        producerId: task.producerId,
        title: `Plan de finca ${p}`,
        startYear: 2027,
        endYear: 2031,
      },
      (created) => created.id,
    );
    const planId = plan.id;
    const actionIds: string[] = [];
    for (let a = 0; a < actionsPerPlan; a += 1) {
      const known = new Set(plan.actions.map((action) => action.id));
      const fields = {
        measureId: measureIds[a % measureIds.length],
        quantity: 1 + (a % 7),
        year: 2027 + (a % 5),
        quarter: 1 + (a % 4),
        responsible: `Responsable ${a}`,
      };
      plan = await save('addAction', planId, 'plans.addAction', { planId, fields }, (saved) => {
        const added = saved.actions.find((action) => !known.has(action.id));
        return added?.id ?? '?';
      });
      const actionId = plan.actions.find((action) => !known.has(action.id))?.id ?? '';
      actionIds.push(actionId);
      if (a % 3 === 0) {
        const input = { actionId, date: '2027-06-30', percentDone: 10 * (1 + (a % 9)), notes: `Visita ${a}` };
        plan = await save('addProgress', actionId, 'plans.addProgress', input, () => actionId);
      }
    }
    for (const actionId of actionIds.slice(0, 5)) {
      const patch = { quantity: 1000 + step + 1 };
      await save('updateAction', actionId, 'plans.updateAction', { id: actionId, patch }, () => actionId);
    }
    const patch = { objectives: `Objetivos ${step + 1}` };
    await save('update', planId, 'plans.update', { id: planId, patch }, () => planId);
    await save('newVersion', planId, 'plans.newVersion', { id: planId }, (copy) => copy.id);
  }
}

/** The saves a crash trial's child makes (and the in-process calibration run times). */
export async function runTask(core: Core, task: ChildTask, say: Say): Promise<void> {
  switch (task.kind) {
    case 'import':
      return importFile(core, task, say);
    case 'plan':
      return savePlans(core, task, say);
    default:
      throw new Error(`unknown kind ${String(task.kind satisfies never)}`);
  }
}
