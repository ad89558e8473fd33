import type { Proposal } from '../../../shared/api/plans.js';
import { catalogues } from '../../../shared/i18n/index.js';

const es = catalogues['es-PE'];
const list = new Intl.ListFormat('es-PE', { style: 'long', type: 'conjunction' });

/**
 * The sentence the Planes screen stores when a proposal is accepted
 * ("Roya Alto en la parcela La Loma (2050 moderado) → Renovación con
 * Marsellesa"), from the same Spanish catalogue, so demo plans read like
 * plans made in the app.
 */
export function proposalRationale(proposal: Pick<Proposal, 'reasons'>, measureName: string): string {
  const groups = new Map<string, { key: Proposal['reasons'][number]; plots: string[] }>();
  for (const reason of proposal.reasons) {
    const id = `${reason.hazard}/${reason.level}/${reason.scenarioId}`;
    const group = groups.get(id) ?? { key: reason, plots: [] };
    if (!group.plots.includes(reason.plotName)) group.plots.push(reason.plotName);
    groups.set(id, group);
  }
  const reasons = [...groups.values()].map(({ key, plots }) =>
    (plots.length === 1 ? es.farmPlans.proposals.reason_one : es.farmPlans.proposals.reason_other)
      .replace('{{hazard}}', es.risk.hazards[key.hazard])
      .replace('{{level}}', es.risk.levels[key.level])
      .replace('{{plots}}', list.format(plots))
      .replace('{{scenario}}', es.risk.scenarios[key.scenarioId]),
  );
  return es.farmPlans.proposals.sentence
    .replace('{{reasons}}', reasons.join('; '))
    .replace('{{measure}}', measureName)
    .slice(0, 2000);
}
