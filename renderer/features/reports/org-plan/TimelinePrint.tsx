import { useTranslation } from 'react-i18next';
import { actionStatuses } from '../../../../shared/domain/plan.js';
import type { Plan } from '../../../../shared/domain/plan.js';
import { timeline } from '../../../../shared/plans/plan-timeline.js';
import { usePlanLabels } from '../../plans/use-plan-labels.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { StatusMark } from './StatusMark.js';
import { yearChunks } from './timeline-chunks.js';

/**
 * The organisation's actions on a quarter grid (the screen's OrgTimeline),
 * one grid per run of up to five years so each fits the page's width; the
 * header rows repeat if a grid runs onto the next page.
 */
export function TimelinePrint({ plan, lateActionIds }: { plan: Plan; lateActionIds: readonly string[] }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const format = usePrintFormat();
  const grid = timeline(plan.actions, plan.startYear, plan.endYear);
  const late = new Set(lateActionIds);
  const chunks = yearChunks(plan.startYear, plan.endYear);

  if (grid.rows.length === 0) return <p className="print-muted">{t('orgPlan.timeline.empty')}</p>;
  return (
    <>
      <ul className="print-legend org-report-legend">
        {actionStatuses.map((status) => (
          <li key={status}>
            <StatusMark status={status} />
            {labels.status(status)}
          </li>
        ))}
        <li>
          <StatusMark status="planned" late />
          {t('reportsOrg.timeline.lateNote')}
        </li>
      </ul>
      {chunks.map((years) => {
        const first = years[0] ?? plan.startYear;
        const last = years.at(-1) ?? first;
        // Columns of this grid: the plan's cell index of (first, Q1) onwards.
        const offset = (first - plan.startYear) * 4;
        const cells = grid.cells.slice(offset, offset + years.length * 4);
        const rows = grid.rows.filter(
          ({ cellIndex }) => cellIndex !== null && cellIndex >= offset && cellIndex < offset + cells.length,
        );
        if (rows.length === 0) return null;
        return (
          <table className="print-table org-report-timeline" key={first} data-testid="org-report-timeline">
            {chunks.length > 1 && (
              <caption>
                {t('reportsOrg.timeline.years', { first: format.year(first), last: format.year(last) })}
              </caption>
            )}
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className="org-report-timeline-measure">
                  {t('orgPlan.actions.measure')}
                </th>
                {years.map((year) => (
                  <th scope="colgroup" colSpan={4} key={year} className="print-center org-report-q1">
                    {format.year(year)}
                  </th>
                ))}
              </tr>
              <tr>
                {cells.map((cell) => (
                  <th
                    scope="col"
                    key={`${cell.year}-${cell.quarter}`}
                    className={cell.quarter === 1 ? 'print-center org-report-q1' : 'print-center'}
                  >
                    {labels.quarter(cell.quarter)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ action, cellIndex }) => (
                <tr key={action.id}>
                  <th scope="row">{labels.text(action.measure.name)}</th>
                  {cells.map((cell, index) => (
                    <td
                      key={`${cell.year}-${cell.quarter}`}
                      className={cell.quarter === 1 ? 'print-center org-report-q1' : 'print-center'}
                    >
                      {cellIndex === offset + index && <StatusMark status={action.status} late={late.has(action.id)} />}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      {grid.rows.some((row) => row.cellIndex === null) && (
        <p className="print-small">{t('orgPlan.timeline.outside')}</p>
      )}
    </>
  );
}
