import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../shared/api/plans.js';

/** A hazard at one level in one scenario, with the plots where it reaches that level. */
export interface ReasonGroup {
  readonly hazard: Proposal['reasons'][number]['hazard'];
  readonly level: Proposal['reasons'][number]['level'];
  readonly scenarioId: Proposal['reasons'][number]['scenarioId'];
  readonly plotNames: readonly string[];
}

/** Reasons that differ only by plot become one ("Roya Alto en las parcelas La Loma y El Mirador"), in the given order. */
export function groupReasons(reasons: Proposal['reasons']): ReasonGroup[] {
  const groups = new Map<
    string,
    {
      hazard: ReasonGroup['hazard'];
      level: ReasonGroup['level'];
      scenarioId: ReasonGroup['scenarioId'];
      plotNames: string[];
    }
  >();
  for (const reason of reasons) {
    const key = `${reason.hazard}/${reason.level}/${reason.scenarioId}`;
    const group = groups.get(key) ?? {
      hazard: reason.hazard,
      level: reason.level,
      scenarioId: reason.scenarioId,
      plotNames: [],
    };
    if (!group.plotNames.includes(reason.plotName)) group.plotNames.push(reason.plotName);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The stored rationale is at most 2,000 characters (shared/domain/plan.ts). */
const RATIONALE_MAX = 2000;

/**
 * Why a measure is proposed, in the user's language:
 * "Roya Alto en la parcela La Loma (2050 moderado) → Renovación con Marsellesa".
 * The same sentence becomes the action's rationale when it is accepted.
 */
export function useProposalText() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
    const reason = (group: ReasonGroup): string =>
      t('farmPlans.proposals.reason', {
        count: group.plotNames.length,
        hazard: t(`risk.hazards.${group.hazard}`),
        level: t(`risk.levels.${group.level}`),
        plots: list.format(group.plotNames),
        scenario: t(`risk.scenarios.${group.scenarioId}`),
      });
    const reasons = (proposal: Pick<Proposal, 'reasons'>): string[] => groupReasons(proposal.reasons).map(reason);
    const sentence = (proposal: Pick<Proposal, 'reasons'>, measureName: string): string =>
      t('farmPlans.proposals.sentence', { reasons: reasons(proposal).join('; '), measure: measureName });
    const rationale = (proposal: Pick<Proposal, 'reasons'>, measureName: string): string => {
      const text = sentence(proposal, measureName);
      return text.length <= RATIONALE_MAX ? text : `${text.slice(0, RATIONALE_MAX - 1)}…`;
    };
    return { reason, reasons, sentence, rationale };
  }, [t, i18n.language]);
}
