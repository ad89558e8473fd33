import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/domain/plan.js';
import { planYears } from '../../../../shared/plans/plan-budget.js';
import { catalogueHref } from '../../catalogue/catalogue-routes.js';
import { useMeasures } from '../use-plan-queries.js';
import { OrgActionForm } from './OrgActionForm.js';
import { OrgActionRow } from './OrgActionRow.js';

interface OrgActionsSectionProps {
  readonly plan: Plan;
  readonly lateActionIds: readonly string[];
}

/**
 * The organisation's own actions: nurseries, training, a collective wet mill,
 * certification, access to credit (the catalogue's organisation measures).
 */
export function OrgActionsSection({ plan, lateActionIds }: OrgActionsSectionProps) {
  const { t } = useTranslation();
  const measures = useMeasures(plan.organisationId);
  const [adding, setAdding] = useState(false);
  const approved = plan.approvedAt !== null;
  const years = planYears(plan.startYear, plan.endYear);
  const offered =
    measures.status === 'ready'
      ? measures.data.filter((measure) => measure.scope === 'organisation' && measure.archivedAt === null)
      : [];
  const actions = [...plan.actions].sort((a, b) => a.year - b.year || a.quarter - b.quarter);

  return (
    <section className="page-section org-actions" aria-labelledby="org-actions-heading">
      <div className="org-section-heading">
        <h2 id="org-actions-heading">{t('orgPlan.actions.title')}</h2>
        <a href={catalogueHref} data-testid="org-catalogue-link">
          {t('orgPlan.actions.catalogueLink')}
        </a>
      </div>
      <p className="muted org-intro">{t('orgPlan.actions.intro')}</p>
      {approved && <p className="notice">{t('orgPlan.actions.locked')}</p>}
      {actions.length === 0 ? (
        <p className="empty-state" data-testid="org-actions-empty">
          {t('orgPlan.actions.empty')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table org-actions-table" data-testid="org-actions">
            <caption className="visually-hidden">{t('orgPlan.actions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('orgPlan.actions.measure')}</th>
                <th scope="col">{t('orgPlan.actions.when')}</th>
                <th scope="col" className="cell-number">
                  {t('orgPlan.actions.quantityShort')}
                </th>
                <th scope="col">{t('orgPlan.actions.funding')}</th>
                <th scope="col">{t('orgPlan.actions.indicator')}</th>
                <th scope="col" className="cell-number">
                  {t('orgPlan.actions.cost')}
                </th>
                <th scope="col">{t('orgPlan.actions.status')}</th>
                <th scope="col" className="cell-actions">
                  <span className="visually-hidden">{t('orgPlan.actions.actionsColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <OrgActionRow
                  key={action.id}
                  action={action}
                  late={lateActionIds.includes(action.id)}
                  years={years}
                  approved={approved}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!approved &&
        (adding ? (
          offered.length === 0 ? (
            <p className="notice">{t('orgPlan.actions.noMeasures')}</p>
          ) : (
            <div className="card org-add-card">
              <h3>{t('orgPlan.actions.addTitle')}</h3>
              <OrgActionForm
                mode="add"
                planId={plan.id}
                measures={offered}
                years={years}
                structureLocked={false}
                onDone={() => setAdding(false)}
              />
            </div>
          )
        ) : (
          <button type="button" className="button" data-testid="org-action-add" onClick={() => setAdding(true)}>
            {t('orgPlan.actions.addOpen')}
          </button>
        ))}
    </section>
  );
}
