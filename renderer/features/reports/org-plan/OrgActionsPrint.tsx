import { useTranslation } from 'react-i18next';
import type { Plan, PlanAction } from '../../../../shared/domain/plan.js';
import { actionCostSoles } from '../../../../shared/plans/plan-budget.js';
import { latestPercent } from '../../../../shared/plans/plan-timeline.js';
import { usePlanLabels } from '../../plans/use-plan-labels.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { StatusMark } from './StatusMark.js';

/** The organisation's own actions as a table (by year and quarter), each with its cost, indicator and status. */
export function OrgActionsPrint({ plan, lateActionIds }: { plan: Plan; lateActionIds: readonly string[] }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const format = usePrintFormat();
  const actions = [...plan.actions].sort((a, b) => a.year - b.year || a.quarter - b.quarter);
  const late = new Set(lateActionIds);

  const columns: PrintColumn<PlanAction>[] = [
    {
      header: t('orgPlan.actions.measure'),
      cell: (action) => (
        <>
          <strong>{labels.text(action.measure.name)}</strong>
          {action.responsible !== '' && <span className="print-sub">{action.responsible}</span>}
        </>
      ),
      width: '27%',
    },
    {
      header: t('orgPlan.actions.when'),
      cell: (action) =>
        t('reportsOrg.actions.whenValue', { year: format.year(action.year), quarter: labels.quarter(action.quarter) }),
      width: '11%',
    },
    {
      header: t('orgPlan.actions.quantityShort'),
      cell: (action) => labels.quantity(action.quantity, action.measure.unit),
      align: 'num',
      width: '11%',
    },
    { header: t('orgPlan.actions.funding'), cell: (action) => labels.funding(action.fundingSource), width: '13%' },
    {
      header: t('orgPlan.actions.indicator'),
      cell: (action) => (
        <>
          {action.indicator || t('common.notSet')}
          {action.target !== '' && (
            <span className="print-sub">{t('orgPlan.actions.targetIs', { target: action.target })}</span>
          )}
        </>
      ),
    },
    {
      header: t('orgPlan.actions.cost'),
      cell: (action) => format.solesWhole(actionCostSoles(action)),
      align: 'num',
      width: '11%',
    },
    {
      header: t('orgPlan.actions.status'),
      cell: (action) => (
        <span className="org-report-status">
          <StatusMark status={action.status} late={late.has(action.id)} />
          <span>
            {labels.status(action.status)}
            {action.status === 'in_progress' && (
              <span className="print-sub">
                {t('reportsOrg.actions.percentDone', {
                  percent: format.number(latestPercent(action), { maximumFractionDigits: 0 }),
                })}
              </span>
            )}
            {late.has(action.id) && <span className="print-sub">{t('orgPlan.actions.late')}</span>}
          </span>
        </span>
      ),
      width: '13%',
    },
  ];

  return (
    <PrintTable
      caption={t('orgPlan.actions.caption')}
      columns={columns}
      rows={actions}
      rowKey={(action) => action.id}
      empty={t('orgPlan.actions.empty')}
      testId="org-report-actions"
    />
  );
}
