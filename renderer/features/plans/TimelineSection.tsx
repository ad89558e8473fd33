import { useTranslation } from 'react-i18next';
import type { ActionStatus, Plan } from '../../../shared/domain/plan.js';
import { planYears } from '../../../shared/plans/plan-budget.js';
import { timeline } from '../../../shared/plans/plan-timeline.js';
import { usePlanLabels } from './use-plan-labels.js';

/** A shape per state, so the grid reads in greyscale and without colour (WCAG 1.4.1); the word is always there too. */
const marks: Record<ActionStatus | 'late', string> = {
  planned: '●',
  in_progress: '◐',
  done: '✓',
  dropped: '✕',
  late: '!',
};

interface TimelineSectionProps {
  readonly plan: Plan;
  readonly lateActionIds: ReadonlySet<string>;
}

/** *Cronograma*: one row per action, one column per quarter of the plan, its quarter marked with a shape and a word. */
export function TimelineSection({ plan, lateActionIds }: TimelineSectionProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const grid = timeline(plan.actions, plan.startYear, plan.endYear);
  const years = planYears(plan.startYear, plan.endYear);
  const stateOf = (id: string, status: ActionStatus): ActionStatus | 'late' =>
    lateActionIds.has(id) ? 'late' : status;
  const stateText = (state: ActionStatus | 'late'): string =>
    state === 'late' ? t('farmPlans.late') : labels.status(state);

  return (
    <section className="card plan-section" aria-labelledby="plan-timeline-heading" data-testid="plan-timeline">
      <h2 id="plan-timeline-heading">{t('farmPlans.timeline.title')}</h2>
      {grid.rows.length === 0 ? (
        <p className="empty-state">{t('farmPlans.timeline.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table timeline-table" data-testid="timeline-table">
              <caption className="visually-hidden">{t('farmPlans.timeline.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    {t('farmPlans.timeline.action')}
                  </th>
                  {years.map((year) => (
                    <th scope="colgroup" colSpan={4} key={year} className="timeline-year">
                      {year}
                    </th>
                  ))}
                </tr>
                <tr>
                  {grid.cells.map((cell) => (
                    <th scope="col" key={`${cell.year}-${cell.quarter}`} className="timeline-quarter">
                      <span aria-hidden="true">{labels.quarter(cell.quarter)}</span>
                      <span className="visually-hidden">{`${cell.year} ${labels.quarter(cell.quarter)}`}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map(({ action, cellIndex }) => {
                  const state = stateOf(action.id, action.status);
                  return (
                    <tr key={action.id} data-testid="timeline-row" data-action-id={action.id} data-state={state}>
                      <th scope="row" className="timeline-action">
                        {labels.text(action.measure.name)}
                        <span className="cell-secondary">
                          {stateText(state)}
                          {cellIndex === null &&
                            ` · ${t('farmPlans.timeline.outside', { year: action.year, quarter: labels.quarter(action.quarter) })}`}
                        </span>
                      </th>
                      {grid.cells.map((cell, index) =>
                        index === cellIndex ? (
                          <td
                            key={index}
                            className="timeline-cell is-marked"
                            data-testid="timeline-cell"
                            data-year={cell.year}
                            data-quarter={cell.quarter}
                            data-state={state}
                            title={`${labels.text(action.measure.name)}: ${cell.year} ${labels.quarter(cell.quarter)} · ${stateText(state)}`}
                          >
                            <span aria-hidden="true">{marks[state]}</span>
                            <span className="visually-hidden">{stateText(state)}</span>
                          </td>
                        ) : (
                          <td key={index} className="timeline-cell" />
                        ),
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <ul className="timeline-legend" aria-label={t('farmPlans.timeline.legend')}>
            {(['planned', 'in_progress', 'done', 'late', 'dropped'] as const).map((state) => (
              <li key={state} data-state={state}>
                <span className="timeline-mark" data-state={state} aria-hidden="true">
                  {marks[state]}
                </span>
                {stateText(state)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
