import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../shared/domain/measure.js';
import type { ActionPatch, Plan } from '../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../shared/domain/plot.js';
import { actionCostSoles, planYears } from '../../../shared/plans/plan-budget.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { ActionEditForm } from './ActionEditForm.js';
import { ActionRow } from './ActionRow.js';
import { AddMeasureDialog } from './AddMeasureDialog.js';
import { useMutation } from './use-mutation.js';
import { useSoles } from './use-soles.js';

interface ActionsSectionProps {
  readonly plan: Plan;
  readonly measures: readonly Measure[];
  readonly plots: readonly PlotSummary[];
  /** Until the family's plots arrive, their names show as "…" (not as deleted plots). */
  readonly plotsReady: boolean;
  readonly lateActionIds: ReadonlySet<string>;
  readonly structureLocked: boolean;
}

const COLUMNS = 7;

/** *Acciones*: what the family will do, where, how much, when, who pays, and what it costs. */
export function ActionsSection(props: ActionsSectionProps) {
  const { plan, measures, plots, plotsReady, lateActionIds, structureLocked } = props;
  const { t } = useTranslation();
  const soles = useSoles();
  const { run, pending, error } = useMutation();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const years = planYears(plan.startYear, plan.endYear);
  const plotName = new Map(plots.map((plot) => [plot.id, plot.name]));
  const plotNames = (plotIds: readonly string[]): string =>
    plotIds.map((id) => plotName.get(id) ?? (plotsReady ? t('farmPlans.actions.removedPlot') : '…')).join(', ');
  const totalSoles = plan.actions.reduce((sum, action) => sum + actionCostSoles(action), 0);

  const patch = (id: string, changes: ActionPatch) => void run((api) => api.plans.updateAction({ id, patch: changes }));
  const remove = (id: string) => void run((api) => api.plans.removeAction({ id }));

  return (
    <section className="card plan-section" aria-labelledby="plan-actions-heading" data-testid="plan-actions">
      <div className="plan-section-heading">
        <h2 id="plan-actions-heading">{t('farmPlans.actions.title')}</h2>
        {!structureLocked && (
          <button type="button" className="button" data-testid="add-measure" onClick={() => setAdding(true)}>
            {t('farmPlans.actions.add')}
          </button>
        )}
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {plan.actions.length === 0 ? (
        <p className="empty-state" data-testid="actions-empty">
          {t('farmPlans.actions.empty')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table actions-table" data-testid="actions-table">
            <caption className="visually-hidden">{t('farmPlans.actions.caption', { title: plan.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('farmPlans.actions.columns.measure')}</th>
                <th scope="col">{t('farmPlans.actions.columns.quantity')}</th>
                <th scope="col">{t('farmPlans.actions.columns.when')}</th>
                <th scope="col">{t('farmPlans.actions.columns.funding')}</th>
                <th scope="col">{t('farmPlans.actions.columns.status')}</th>
                <th scope="col" className="cell-number">
                  {t('farmPlans.actions.columns.cost')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('farmPlans.actions.columns.tools')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.actions.flatMap((action) => {
                const row = (
                  <ActionRow
                    key={action.id}
                    action={action}
                    plotNames={plotNames}
                    years={years}
                    late={lateActionIds.has(action.id)}
                    structureLocked={structureLocked}
                    pending={pending}
                    onPatch={(changes) => patch(action.id, changes)}
                    onEdit={() => setEditingId(editingId === action.id ? null : action.id)}
                    onRemove={() => remove(action.id)}
                  />
                );
                if (editingId !== action.id) return [row];
                return [
                  row,
                  <tr key={`${action.id}-form`} className="action-form-row">
                    <td colSpan={COLUMNS}>
                      <ActionEditForm
                        action={action}
                        plots={plots}
                        years={years}
                        structureLocked={structureLocked}
                        onDone={() => setEditingId(null)}
                      />
                    </td>
                  </tr>,
                ];
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={COLUMNS - 2}>
                  {t('farmPlans.actions.total')}
                </th>
                <td className="cell-number" data-testid="actions-total">
                  {soles(totalSoles)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {adding && <AddMeasureDialog plan={plan} measures={measures} plots={plots} onClose={() => setAdding(false)} />}
    </section>
  );
}
