import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/domain/plan.js';
import { actionDueDate, latestPercent } from '../../../shared/plans/plan-timeline.js';
import { useFormat } from '../../i18n/use-format.js';
import { ProgressForm } from './ProgressForm.js';
import { usePlanLabels } from './use-plan-labels.js';

interface MonitoringSectionProps {
  readonly plan: Plan;
  readonly progressPct: number;
  readonly lateActionIds: ReadonlySet<string>;
}

const COLUMNS = 5;

/** *Seguimiento*: how far the plan has got (cost-weighted), which actions are late, and each action's visits. */
export function MonitoringSection({ plan, progressPct, lateActionIds }: MonitoringSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = usePlanLabels();
  const [recordingId, setRecordingId] = useState<string | null>(null);
  const late = plan.actions.filter((action) => lateActionIds.has(action.id));
  // Below 10 % one decimal, so a small start (0.4 %) does not read as nothing done.
  const percent = (value: number) =>
    format.number(value / 100, { style: 'percent', maximumFractionDigits: value > 0 && value < 10 ? 1 : 0 });
  const dateText = (iso: string) => format.date(`${iso}T12:00:00`, { dateStyle: 'medium' });

  return (
    <section className="card plan-section" aria-labelledby="plan-monitoring-heading" data-testid="plan-monitoring">
      <h2 id="plan-monitoring-heading">{t('farmPlans.monitoring.title')}</h2>
      <div className="plan-progress">
        <label htmlFor="plan-progress-bar">{t('farmPlans.monitoring.overall')}</label>
        <progress id="plan-progress-bar" max={100} value={progressPct} />
        <span data-testid="plan-progress">{percent(progressPct)}</span>
      </div>
      <p className="field-hint">{t('farmPlans.monitoring.overallHint')}</p>
      {late.length > 0 ? (
        <div className="notice late-list" data-testid="late-actions">
          <p className="notice-summary">{t('farmPlans.monitoring.lateTitle', { count: late.length })}</p>
          <ul>
            {late.map((action) => (
              <li key={action.id}>
                {t('farmPlans.monitoring.lateItem', {
                  measure: labels.text(action.measure.name),
                  due: dateText(actionDueDate(action.year, action.quarter)),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        plan.actions.length > 0 && (
          <p className="muted" data-testid="late-none">
            {t('farmPlans.monitoring.noneLate')}
          </p>
        )
      )}
      {plan.actions.length > 0 && (
        <div className="table-scroll">
          <table className="data-table monitoring-table" data-testid="monitoring-table">
            <caption className="visually-hidden">{t('farmPlans.monitoring.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('farmPlans.monitoring.columns.action')}</th>
                <th scope="col">{t('farmPlans.monitoring.columns.status')}</th>
                <th scope="col" className="cell-number">
                  {t('farmPlans.monitoring.columns.latest')}
                </th>
                <th scope="col">{t('farmPlans.monitoring.columns.entries')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('farmPlans.actions.columns.tools')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.actions.flatMap((action) => {
                const name = labels.text(action.measure.name);
                const row = (
                  <tr key={action.id} data-testid="monitoring-row" data-action-id={action.id}>
                    <th scope="row">
                      {name}
                      <span className="cell-secondary">
                        {t('farmPlans.monitoring.due', { date: dateText(actionDueDate(action.year, action.quarter)) })}
                      </span>
                    </th>
                    <td data-testid="monitoring-status">
                      {labels.status(action.status)}
                      {lateActionIds.has(action.id) && <span className="late-flag">{t('farmPlans.late')}</span>}
                    </td>
                    <td className="cell-number" data-testid="monitoring-latest">
                      {percent(latestPercent(action))}
                    </td>
                    <td>
                      {action.progress.length === 0 ? (
                        <span className="muted">{t('farmPlans.monitoring.noEntries')}</span>
                      ) : (
                        <ul className="progress-entries">
                          {action.progress.map((entry) => (
                            <li key={entry.id} data-testid="progress-entry">
                              {t('farmPlans.monitoring.entry', {
                                date: dateText(entry.date),
                                percent: percent(entry.percentDone),
                              })}
                              {entry.notes !== '' && <span className="muted"> — {entry.notes}</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="cell-actions">
                      <button
                        type="button"
                        className="button button-small"
                        data-testid="progress-add"
                        aria-label={t('farmPlans.monitoring.addNamed', { measure: name })}
                        onClick={() => setRecordingId(recordingId === action.id ? null : action.id)}
                      >
                        {t('farmPlans.monitoring.add')}
                      </button>
                    </td>
                  </tr>
                );
                if (recordingId !== action.id) return [row];
                return [
                  row,
                  <tr key={`${action.id}-progress`} className="action-form-row">
                    <td colSpan={COLUMNS}>
                      <ProgressForm action={action} onDone={() => setRecordingId(null)} />
                    </td>
                  </tr>,
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
