import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatuses, fundingSources } from '../../../shared/domain/plan.js';
import type { ActionPatch, ActionStatus, FundingSource, PlanAction } from '../../../shared/domain/plan.js';
import { actionCostSoles } from '../../../shared/plans/plan-budget.js';
import { QuantityInput } from './QuantityInput.js';
import { usePlanLabels } from './use-plan-labels.js';
import { useSoles } from './use-soles.js';

interface ActionRowProps {
  readonly action: PlanAction;
  readonly plotNames: (plotIds: readonly string[]) => string;
  readonly years: readonly number[];
  readonly late: boolean;
  readonly structureLocked: boolean;
  readonly pending: boolean;
  readonly onPatch: (patch: ActionPatch) => void;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}

/** One action: the common fields edited in place (saved at once), the rest in its row form ("Editar"). */
export function ActionRow(props: ActionRowProps) {
  const { action, plotNames, years, late, structureLocked, pending, onPatch, onEdit, onRemove } = props;
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const soles = useSoles();
  const [confirming, setConfirming] = useState(false);
  const name = labels.text(action.measure.name);
  const yearOptions = years.includes(action.year) ? years : [...years, action.year];
  const details = [
    action.responsible && t('farmPlans.actions.responsible', { name: action.responsible }),
    action.indicator && t('farmPlans.actions.indicator', { indicator: action.indicator }),
    action.target && t('farmPlans.actions.target', { target: action.target }),
  ].filter((text): text is string => Boolean(text));

  return (
    <tr
      data-testid="action-row"
      data-action-id={action.id}
      data-measure-id={action.measure.measureId}
      data-status={action.status}
      className={action.status === 'dropped' ? 'action-dropped' : undefined}
    >
      <th scope="row" className="action-measure">
        <span data-testid="action-name">{name}</span>
        {late && (
          <span className="late-flag" data-testid="action-late">
            {t('farmPlans.late')}
          </span>
        )}
        <span className="cell-secondary" data-testid="action-plots">
          {action.plotIds.length === 0
            ? t('farmPlans.actions.wholeFarm')
            : t('farmPlans.actions.plots', { count: action.plotIds.length, plots: plotNames(action.plotIds) })}
        </span>
        {action.rationale !== '' && (
          <span className="cell-secondary action-rationale" title={action.rationale}>
            {action.rationale}
          </span>
        )}
        {details.length > 0 && <span className="cell-secondary">{details.join(' · ')}</span>}
      </th>
      <td>
        <QuantityInput
          value={action.quantity}
          label={t('farmPlans.actions.inline.quantity', { measure: name })}
          unit={labels.unit(action.measure.unit)}
          disabled={structureLocked || pending}
          onCommit={(quantity) => onPatch({ quantity })}
        />
      </td>
      <td>
        <select
          aria-label={t('farmPlans.actions.inline.when', { measure: name })}
          data-testid="action-when-inline"
          disabled={structureLocked || pending}
          value={`${action.year}-${action.quarter}`}
          onChange={(event) => {
            const [year = action.year, quarter = action.quarter] = event.target.value.split('-').map(Number);
            onPatch({ year, quarter });
          }}
        >
          {yearOptions.flatMap((year) =>
            [1, 2, 3, 4].map((quarter) => (
              <option key={`${year}-${quarter}`} value={`${year}-${quarter}`}>
                {`${year} ${labels.quarter(quarter)}`}
              </option>
            )),
          )}
        </select>
      </td>
      <td>
        <select
          aria-label={t('farmPlans.actions.inline.funding', { measure: name })}
          data-testid="action-funding-inline"
          disabled={structureLocked || pending}
          value={action.fundingSource}
          onChange={(event) => onPatch({ fundingSource: event.target.value as FundingSource })}
        >
          {fundingSources.map((source) => (
            <option key={source} value={source}>
              {labels.funding(source)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={t('farmPlans.actions.inline.status', { measure: name })}
          data-testid="action-status-inline"
          disabled={pending}
          value={action.status}
          onChange={(event) => onPatch({ status: event.target.value as ActionStatus })}
        >
          {actionStatuses.map((status) => (
            <option key={status} value={status}>
              {labels.status(status)}
            </option>
          ))}
        </select>
      </td>
      <td className="cell-number action-cost" data-testid="action-cost">
        {action.status === 'dropped' ? (
          <span title={t('farmPlans.actions.droppedCost')}>{t('common.notSet')}</span>
        ) : (
          soles(actionCostSoles(action))
        )}
        <span className="cell-secondary">
          {t('farmPlans.actions.unitCost', {
            cost: soles(action.measure.costPerUnitSoles),
            unit: labels.unitSingular(action.measure.unit),
          })}
        </span>
      </td>
      <td className="cell-actions action-tools">
        <button type="button" className="button button-small" data-testid="action-edit" onClick={onEdit}>
          {t('farmPlans.actions.edit')}
        </button>
        {!structureLocked && !confirming && (
          <button
            type="button"
            className="button button-small button-quiet"
            data-testid="action-remove"
            disabled={pending}
            onClick={() => setConfirming(true)}
            aria-label={t('farmPlans.actions.removeNamed', { measure: name })}
          >
            {t('farmPlans.actions.remove')}
          </button>
        )}
        {!structureLocked && confirming && (
          <span
            className="inline-confirm"
            role="group"
            aria-label={t('farmPlans.actions.removeNamed', { measure: name })}
          >
            <span>{t('farmPlans.actions.confirmRemove')}</span>
            <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-small button-danger"
              data-testid="action-remove-confirm"
              disabled={pending}
              onClick={onRemove}
            >
              {t('farmPlans.actions.remove')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
