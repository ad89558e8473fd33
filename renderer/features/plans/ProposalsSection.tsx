import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../shared/api/plans.js';
import type { Measure } from '../../../shared/domain/measure.js';
import type { Plan } from '../../../shared/domain/plan.js';
import type { QueryState } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LevelBadge } from '../risk/LevelBadge.js';
import { riskHref } from '../risk/risk-routes.js';
import { useRiskLabels } from '../risk/use-risk-labels.js';
import { groupReasons, useProposalText } from './proposal-text.js';
import { useMutation } from './use-mutation.js';
import { usePlanLabels } from './use-plan-labels.js';
import { useSoles } from './use-soles.js';

/** The most urgent proposals first; the rest one click away, so the plan's actions stay in view. */
const FIRST_SHOWN = 6;

interface ProposalsSectionProps {
  readonly plan: Plan;
  readonly proposals: QueryState<Proposal[]>;
  readonly measures: ReadonlyMap<string, Measure>;
  readonly structureLocked: boolean;
}

/**
 * *Propuestas*: the catalogue's measures for the family's plots' risks in the
 * plan's scenario, best first, each with its reasons in words and "Aceptar".
 */
export function ProposalsSection({ plan, proposals, measures, structureLocked }: ProposalsSectionProps) {
  const { t } = useTranslation();
  const risk = useRiskLabels();
  const labels = usePlanLabels();
  const { run, pending, error } = useMutation();
  const [showAll, setShowAll] = useState(false);
  const nameOf = (measureId: string): string => {
    const measure = measures.get(measureId);
    return measure ? labels.text(measure.name) : t('farmPlans.proposals.unknownMeasure');
  };

  function accept(proposal: Proposal, rationale: string): void {
    void run((api) =>
      api.plans.addAction({
        planId: plan.id,
        fields: {
          measureId: proposal.measureId,
          plotIds: proposal.plotIds,
          quantity: proposal.suggestedQuantity,
          year: plan.startYear,
          quarter: 1,
          fundingSource: 'familia',
          rationale,
        },
      }),
    );
  }

  const open = proposals.status === 'ready' ? proposals.data.filter((p) => !p.alreadyPlanned) : [];
  const shown = showAll ? open : open.slice(0, FIRST_SHOWN);
  const planned = proposals.status === 'ready' ? proposals.data.filter((p) => p.alreadyPlanned) : [];
  return (
    <section
      className="card plan-section"
      aria-labelledby="plan-proposals-heading"
      data-testid="plan-proposals"
      data-tour="plan-proposals"
    >
      <h2 id="plan-proposals-heading">{t('farmPlans.proposals.title')}</h2>
      <p className="muted plan-section-intro">
        {t('farmPlans.proposals.intro', { scenario: risk.scenario(plan.scenarioId) })}
      </p>
      {structureLocked && <p className="notice">{t('farmPlans.proposals.locked')}</p>}
      {proposals.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {proposals.status === 'error' && <ErrorNotice error={proposals.error} />}
      {error !== null && <ErrorNotice error={error} />}
      {proposals.status === 'ready' && proposals.data.length === 0 && (
        <div className="empty-state guide" data-testid="proposals-empty">
          <p>{t('farmPlans.proposals.none', { scenario: risk.scenario(plan.scenarioId) })}</p>
          <a className="button" href={riskHref.panel}>
            {t('farmPlans.proposals.goToRisk')}
          </a>
        </div>
      )}
      {open.length > 0 && (
        <ol className="proposals" data-testid="proposals-list">
          {shown.map((proposal) => (
            <ProposalItem
              key={proposal.measureId}
              proposal={proposal}
              measure={measures.get(proposal.measureId)}
              canAccept={!structureLocked}
              pending={pending}
              onAccept={accept}
            />
          ))}
        </ol>
      )}
      {open.length > FIRST_SHOWN && (
        <button
          type="button"
          className="button button-small proposals-more"
          data-testid="proposals-more"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? t('farmPlans.proposals.showFewer')
            : t('farmPlans.proposals.showAll', { count: open.length - FIRST_SHOWN })}
        </button>
      )}
      {planned.length > 0 && (
        <p className="muted" data-testid="proposals-planned">
          {t('farmPlans.proposals.alreadyPlanned', {
            measures: planned.map((p) => nameOf(p.measureId)).join(', '),
          })}
        </p>
      )}
    </section>
  );
}

interface ProposalItemProps {
  readonly proposal: Proposal;
  readonly measure: Measure | undefined;
  readonly canAccept: boolean;
  readonly pending: boolean;
  readonly onAccept: (proposal: Proposal, rationale: string) => void;
}

function ProposalItem({ proposal, measure, canAccept, pending, onAccept }: ProposalItemProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const risk = useRiskLabels();
  const soles = useSoles();
  const text = useProposalText();
  const name = measure ? labels.text(measure.name) : t('farmPlans.proposals.unknownMeasure');
  const reasons = text.reasons(proposal);
  return (
    <li
      className="proposal"
      data-testid="proposal"
      data-measure-id={proposal.measureId}
      data-hazards={proposal.hazards.join(' ')}
    >
      <div className="proposal-main">
        <p className="proposal-sentence" data-testid="proposal-sentence">
          {reasons.join('; ')} → <strong>{name}</strong>
        </p>
        <ul className="proposal-levels" aria-label={t('farmPlans.proposals.levels')}>
          {groupReasons(proposal.reasons).map((group) => (
            <li key={`${group.hazard}/${group.level}/${group.scenarioId}`}>
              {risk.hazard(group.hazard)} <LevelBadge level={group.level} />
            </li>
          ))}
        </ul>
        {measure && (
          <p className="proposal-facts" data-testid="proposal-facts">
            {t('farmPlans.proposals.facts', {
              quantity: labels.quantity(proposal.suggestedQuantity, measure.unit),
              total: soles(proposal.suggestedQuantity * measure.costPerUnitSoles),
              cost: soles(measure.costPerUnitSoles),
              unit: labels.unitSingular(measure.unit),
            })}
          </p>
        )}
      </div>
      {canAccept && (
        <button
          type="button"
          className="button button-primary"
          data-testid="proposal-accept"
          disabled={pending}
          aria-label={t('farmPlans.proposals.acceptNamed', { measure: name })}
          onClick={() => onAccept(proposal, text.rationale(proposal, name))}
        >
          {t('farmPlans.proposals.accept')}
        </button>
      )}
    </li>
  );
}
