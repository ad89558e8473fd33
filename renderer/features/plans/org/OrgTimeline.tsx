import { useTranslation } from 'react-i18next';
import type { ActionStatus, Plan } from '../../../../shared/domain/plan.js';
import { timeline } from '../../../../shared/plans/plan-timeline.js';
import { useFormat } from '../../../i18n/use-format.js';
import { assertNever } from '../../../lib/assert-never.js';
import { usePlanLabels } from '../use-plan-labels.js';

/** A shape per status as well as a colour, so the grid reads printed in black and white. */
function statusMark(status: ActionStatus): string {
  switch (status) {
    case 'planned':
      return '○';
    case 'in_progress':
      return '◐';
    case 'done':
      return '●';
    case 'dropped':
      return '×';
    default:
      return assertNever(status, 'action status');
  }
}

/** The organisation's actions on a quarter grid over the plan period (a table: it reads row by row). */
export function OrgTimeline({ plan, lateActionIds }: { plan: Plan; lateActionIds: readonly string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = usePlanLabels();
  const grid = timeline(plan.actions, plan.startYear, plan.endYear);
  const years = [...new Set(grid.cells.map((cell) => cell.year))];
  const year = (value: number) => format.number(value, { useGrouping: false });

  return (
    <section className="page-section org-timeline" aria-labelledby="org-timeline-heading">
      <h2 id="org-timeline-heading">{t('orgPlan.timeline.title')}</h2>
      {grid.rows.length === 0 ? (
        <p className="muted">{t('orgPlan.timeline.empty')}</p>
      ) : (
        <>
          <ul className="org-legend" aria-label={t('orgPlan.timeline.legend')}>
            {(['planned', 'in_progress', 'done', 'dropped'] as const).map((status) => (
              <li key={status}>
                <span className={`org-mark org-status-${status}`} aria-hidden="true">
                  {statusMark(status)}
                </span>
                {labels.status(status)}
              </li>
            ))}
            <li>
              <span className="org-mark org-mark-late" aria-hidden="true">
                !
              </span>
              {t('orgPlan.actions.late')}
            </li>
          </ul>
          <div className="table-scroll">
            <table className="org-timeline-table" data-testid="org-timeline">
              <caption className="visually-hidden">{t('orgPlan.timeline.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2} className="org-timeline-measure">
                    {t('orgPlan.actions.measure')}
                  </th>
                  {years.map((value) => (
                    <th scope="colgroup" colSpan={4} key={value} className="org-timeline-year">
                      {year(value)}
                    </th>
                  ))}
                </tr>
                <tr>
                  {grid.cells.map((cell) => (
                    <th
                      scope="col"
                      key={`${cell.year}-${cell.quarter}`}
                      className={cell.quarter === 1 ? 'org-timeline-q org-timeline-q1' : 'org-timeline-q'}
                    >
                      {labels.quarter(cell.quarter)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map(({ action, cellIndex }) => {
                  const late = lateActionIds.includes(action.id);
                  return (
                    <tr key={action.id} data-testid="org-timeline-row">
                      <th scope="row">{labels.text(action.measure.name)}</th>
                      {grid.cells.map((cell, index) => (
                        <td
                          key={`${cell.year}-${cell.quarter}`}
                          className={cell.quarter === 1 ? 'org-timeline-cell org-timeline-q1' : 'org-timeline-cell'}
                        >
                          {index === cellIndex && (
                            <span
                              className={`org-mark org-status-${action.status}${late ? ' org-mark-late' : ''}`}
                              title={`${labels.status(action.status)}${late ? ` · ${t('orgPlan.actions.late')}` : ''}`}
                            >
                              <span aria-hidden="true">{late ? '!' : statusMark(action.status)}</span>
                              <span className="visually-hidden">
                                {labels.status(action.status)}
                                {late && ` · ${t('orgPlan.actions.late')}`}
                              </span>
                            </span>
                          )}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {grid.rows.some((row) => row.cellIndex === null) && (
            <p className="field-hint">{t('orgPlan.timeline.outside')}</p>
          )}
        </>
      )}
    </section>
  );
}
