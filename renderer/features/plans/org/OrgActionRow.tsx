import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../../../shared/domain/plan.js';
import { actionCostSoles } from '../../../../shared/plans/plan-budget.js';
import { latestPercent } from '../../../../shared/plans/plan-timeline.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { InlineConfirm } from '../../../components/InlineConfirm.js';
import { useFormat } from '../../../i18n/use-format.js';
import { usePlanLabels } from '../use-plan-labels.js';
import { useMutation } from '../use-mutation.js';
import { useSoles } from '../../income/money.js';
import { OrgActionForm } from './OrgActionForm.js';
import { ProgressForm } from './ProgressForm.js';

const COLUMNS = 8;

interface OrgActionRowProps {
  readonly action: PlanAction;
  readonly late: boolean;
  readonly years: readonly number[];
  readonly approved: boolean;
}

/** One organisation action in the table, with its edit and progress forms opening in a row below it. */
export function OrgActionRow({ action, late, years, approved }: OrgActionRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  const labels = usePlanLabels();
  const [mode, setMode] = useState<'view' | 'edit' | 'progress'>('view');
  const { run, error } = useMutation();
  const latest = action.progress[0];
  const percent = latestPercent(action);

  return (
    <>
      <tr data-testid="org-action-row" data-action-id={action.id} data-status={action.status} data-late={late}>
        <th scope="row">
          {labels.text(action.measure.name)}
          <span className="cell-secondary">
            {t('orgPlan.actions.measureVersion', { version: action.measure.version })}
          </span>
        </th>
        <td>
          {format.number(action.year, { useGrouping: false })} · {labels.quarter(action.quarter)}
        </td>
        <td className="cell-number">{labels.quantity(action.quantity, action.measure.unit)}</td>
        <td>
          {labels.funding(action.fundingSource)}
          {action.responsible !== '' && <span className="cell-secondary">{action.responsible}</span>}
        </td>
        <td>
          {action.indicator || t('common.notSet')}
          {action.target !== '' && (
            <span className="cell-secondary">{t('orgPlan.actions.targetIs', { target: action.target })}</span>
          )}
        </td>
        <td className="cell-number">{soles(actionCostSoles(action))}</td>
        <td data-testid="org-action-status">
          <span className={`org-status org-status-${action.status}`}>{labels.status(action.status)}</span>
          <span className="cell-secondary">
            {t('orgPlan.actions.percentDone', { percent: format.number(percent, { maximumFractionDigits: 0 }) })}
            {latest && ` · ${format.date(latest.date, { dateStyle: 'medium' })}`}
          </span>
          {late && (
            <span className="org-late" data-testid="org-action-late">
              {t('orgPlan.actions.late')}
            </span>
          )}
        </td>
        <td className="cell-actions">
          <button
            type="button"
            className="button"
            aria-expanded={mode === 'progress'}
            data-testid="org-action-progress"
            onClick={() => setMode(mode === 'progress' ? 'view' : 'progress')}
          >
            {t('orgPlan.actions.recordProgress')}
          </button>{' '}
          <button
            type="button"
            className="button"
            aria-expanded={mode === 'edit'}
            data-testid="org-action-edit"
            onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}
          >
            {t('orgPlan.actions.edit')}
          </button>{' '}
          {!approved && (
            <InlineConfirm
              label={t('orgPlan.actions.remove')}
              question={t('orgPlan.actions.confirmRemove', { name: labels.text(action.measure.name) })}
              confirmLabel={t('orgPlan.actions.remove')}
              testId="org-action-remove"
              onConfirm={async () => {
                await run((api) => api.plans.removeAction({ id: action.id }));
              }}
            />
          )}
          {error !== null && <ErrorNotice error={error} />}
        </td>
      </tr>
      {mode !== 'view' && (
        <tr className="org-action-form-row">
          <td colSpan={COLUMNS}>
            {mode === 'edit' ? (
              <OrgActionForm
                mode="edit"
                planId={action.planId}
                action={action}
                years={years}
                structureLocked={approved}
                onDone={() => setMode('view')}
              />
            ) : (
              <>
                <ProgressForm actionId={action.id} onDone={() => setMode('view')} />
                {action.progress.length > 0 && (
                  <ul className="org-progress-list" aria-label={t('orgPlan.progressForm.history')}>
                    {action.progress.map((entry) => (
                      <li key={entry.id}>
                        {format.date(entry.date, { dateStyle: 'medium' })}: {format.number(entry.percentDone)} %
                        {entry.notes !== '' && ` — ${entry.notes}`}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
