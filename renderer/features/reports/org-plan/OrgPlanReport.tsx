import './org-plan-report.css';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/domain/plan.js';
import { useRiskLabels } from '../../risk/use-risk-labels.js';
import { PrintCover } from '../print/PrintCover.js';
import { PrintSection } from '../print/PrintSection.js';
import { SignatureLines } from '../print/SignatureLines.js';
import { usePrintQuery } from '../print/print-ready.js';
import type { PrintReportProps } from '../print/print-reports.js';
import { usePrintTexts } from '../print/print-texts.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { BudgetPrint } from './BudgetPrint.js';
import { FamiliesAnnexPrint } from './FamiliesAnnexPrint.js';
import { IncomeDistributionPrint } from './IncomeDistributionPrint.js';
import { OrgActionsPrint } from './OrgActionsPrint.js';
import { OrgRiskMap } from './OrgRiskMap.js';
import { OrgSummaryPrint } from './OrgSummaryPrint.js';
import type { OrgPlanReportData } from './org-plan-data.js';
import { RiskDistributionPrint } from './RiskDistributionPrint.js';
import { TimelinePrint } from './TimelinePrint.js';
import { useOrgPlanReport } from './use-org-plan-report.js';

/** Approved plans say by whom and when; drafts say so, since a draft is often printed for the assembly to discuss. */
function useApprovalFact(plan: Plan): string {
  const { t } = useTranslation();
  const format = usePrintFormat();
  return plan.approvedAt !== null && plan.approvedBy !== null
    ? t('reportsOrg.cover.approved', { by: plan.approvedBy, date: format.dateLong(plan.approvedAt) })
    : t('reportsOrg.cover.draft');
}

function OrgPlanDocument({ data }: { data: OrgPlanReportData }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const format = usePrintFormat();
  const { plan, figures, organisation } = data;
  const totals = figures.organisation;
  const today = new Date();
  const approval = useApprovalFact(plan);
  usePrintTexts(
    t('reportsOrg.header', { organisation: organisation.name }),
    t('reportsOrg.footer', { date: format.date(today), version: plan.version }),
  );

  return (
    <article className="org-report" data-testid="org-plan-report">
      <PrintCover
        organisation={organisation}
        title={t('reportsOrg.title')}
        subject={plan.title}
        period={t('orgPlan.period', { start: format.year(plan.startYear), end: format.year(plan.endYear) })}
        version={plan.version}
        date={format.dateLong(today)}
        facts={[
          { label: t('reportsOrg.risk.scenario'), value: labels.scenario(plan.scenarioId) },
          { label: t('reportsOrg.signatures.title'), value: approval },
        ]}
      >
        {plan.objectives !== '' && (
          <div className="org-report-objectives">
            <h3>{t('reportsOrg.cover.objectives')}</h3>
            <p>{plan.objectives}</p>
          </div>
        )}
      </PrintCover>
      <div className="page-break" />
      {totals === null ? (
        <p className="print-muted">{t('orgPlan.noTotals')}</p>
      ) : (
        <OrgSummaryPrint totals={totals} ownBudgetSoles={figures.budget.totalSoles} />
      )}
      {totals !== null && (
        <BudgetPrint byYear={totals.budgetByYear} bySource={totals.budgetBySource} totalSoles={totals.totalSoles} />
      )}
      <OrgRiskMap plots={data.plots} riskRows={data.riskRows} summary={data.riskSummary} scenarioId={plan.scenarioId} />
      <RiskDistributionPrint
        summary={data.riskSummary}
        scenarioId={plan.scenarioId}
        plotCount={data.plots.features.length}
      />
      <PrintSection
        title={t('reportsOrg.actions.title')}
        intro={t('reportsOrg.actions.intro')}
        pageBreak
        testId="org-report-actions-section"
      >
        <OrgActionsPrint plan={plan} lateActionIds={figures.lateActionIds} />
      </PrintSection>
      <PrintSection
        title={t('reportsOrg.timeline.title')}
        intro={t('reportsOrg.timeline.intro')}
        testId="org-report-timeline-section"
      >
        <TimelinePrint plan={plan} lateActionIds={figures.lateActionIds} />
      </PrintSection>
      {totals !== null && <IncomeDistributionPrint distribution={totals.incomeDistribution} endYear={plan.endYear} />}
      <PrintSection title={t('reportsOrg.signatures.title')} keepTogether testId="org-report-signatures">
        <p>{approval}</p>
        <SignatureLines
          columns={3}
          signers={[
            { role: t('reportsOrg.signatures.president') },
            { role: t('reportsOrg.signatures.manager') },
            { role: t('reportsOrg.signatures.technician') },
          ]}
        />
      </PrintSection>
      {totals !== null && <FamiliesAnnexPrint families={totals.families} plans={data.plans} endYear={plan.endYear} />}
    </article>
  );
}

/**
 * `#/imprimir/org-plan/<planId>`: the organisation's climate resilience plan
 * as a PDF: cover, summary, budget by year and source, the map of every plot
 * by its most widespread serious hazard, plots per level now and in the
 * plan's scenario, the organisation's actions and their quarter timeline,
 * the living-income gap before and after, signatures, and one annex line per family.
 */
export function OrgPlanReport({ route }: PrintReportProps<'org-plan'>) {
  const { t } = useTranslation();
  const data = usePrintQuery('org-plan', useOrgPlanReport(route.planId));
  if (data.status !== 'ready') return <p className="print-loading">{t('app.loading')}</p>;
  return <OrgPlanDocument data={data.data} />;
}
