import './farm-plan-report.css';
import { useTranslation } from 'react-i18next';
import { useRiskLabels } from '../../risk/use-risk-labels.js';
import { PrintCover } from '../print/PrintCover.js';
import { PrintSection } from '../print/PrintSection.js';
import { SignatureLines } from '../print/SignatureLines.js';
import { PrintReportError, usePrintQuery } from '../print/print-ready.js';
import type { PrintReportProps } from '../print/print-reports.js';
import { usePrintTexts } from '../print/print-texts.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { ActionsPrint } from './ActionsPrint.js';
import { FamilyPrint } from './FamilyPrint.js';
import { FarmBudgetPrint } from './FarmBudgetPrint.js';
import { FarmIncomePrint } from './FarmIncomePrint.js';
import { FarmMapPrint } from './FarmMapPrint.js';
import { FarmRiskPrint } from './FarmRiskPrint.js';
import { NotAFarmPlanError } from './farm-plan-data.js';
import type { FarmPlanReportData } from './farm-plan-data.js';
import { useFarmPlanReport } from './use-farm-plan-report.js';

function FarmPlanDocument({ data }: { data: FarmPlanReportData }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const format = usePrintFormat();
  const { plan, figures, organisation, producer } = data;
  const today = new Date();
  usePrintTexts(
    t('farmPlanReport.header', { organisation: organisation.name, producer: producer.names }),
    t('farmPlanReport.footer', { date: format.date(today), version: plan.version }),
  );
  const approval =
    plan.approvedAt !== null && plan.approvedBy !== null
      ? t('farmPlanReport.cover.approved', { by: plan.approvedBy, date: format.dateLong(plan.approvedAt) })
      : t('farmPlanReport.cover.draft');

  return (
    <article className="farm-report" data-testid="farm-plan-report">
      <PrintCover
        organisation={organisation}
        title={t('farmPlanReport.title')}
        subject={producer.names}
        period={t('farmPlanReport.cover.period', {
          start: format.year(plan.startYear),
          end: format.year(plan.endYear),
        })}
        version={plan.version}
        date={format.dateLong(today)}
        facts={[
          { label: t('farmPlanReport.cover.planTitle'), value: plan.title },
          { label: t('farmPlanReport.cover.scenario'), value: labels.scenario(plan.scenarioId) },
          { label: t('farmPlanReport.cover.approval'), value: approval },
        ]}
      >
        {plan.objectives !== '' && (
          <div className="farm-report-objectives">
            <h3>{t('farmPlanReport.cover.objectives')}</h3>
            <p>{plan.objectives}</p>
          </div>
        )}
      </PrintCover>
      <FamilyPrint data={data} />
      <FarmMapPrint data={data} />
      <FarmRiskPrint data={data} />
      <PrintSection
        title={t('farmPlanReport.measures.title')}
        intro={t('farmPlanReport.measures.intro', { count: plan.actions.length })}
        pageBreak
        testId="farm-report-measures"
      >
        <ActionsPrint plan={plan} plots={data.plots} />
      </PrintSection>
      <FarmBudgetPrint budget={figures.budget} />
      {figures.income !== null && <FarmIncomePrint income={figures.income} />}
      <PrintSection title={t('farmPlanReport.signatures.title')} keepTogether testId="farm-report-signatures">
        <p>{t('farmPlanReport.signatures.intro')}</p>
        <SignatureLines
          signers={[
            { role: t('farmPlanReport.signatures.producer'), name: producer.names },
            { role: t('farmPlanReport.signatures.technician') },
          ]}
        />
      </PrintSection>
    </article>
  );
}

/** The farm plan as a PDF (`#/imprimir/farm-plan/<planId>`): what the family, the board and funders sign and keep. */
export function FarmPlanReport({ route }: PrintReportProps<'farm-plan'>) {
  const { t } = useTranslation();
  const query = useFarmPlanReport(route.planId);
  const report = usePrintQuery(
    'farm-plan-data',
    query.status === 'error' && query.error instanceof NotAFarmPlanError
      ? { status: 'error', error: new PrintReportError(t('farmPlanReport.notFarmPlan')) }
      : query,
  );
  return report.status === 'ready' ? <FarmPlanDocument data={report.data} /> : null;
}
