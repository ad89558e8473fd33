import { useTranslation } from 'react-i18next';
import type { PlotSummary } from '../../../../shared/domain/plot.js';
import { MAX_NAMED_PLOTS } from '../print/PrintPlotMap.js';
import { PrintFacts, PrintSection } from '../print/PrintSection.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { usePrintFormat } from '../print/use-print-format.js';
import type { FarmPlanReportData } from './farm-plan-data.js';

/** The family (producer, DNI, community, household, certifications) and its plots, with the farm's totals. */
export function FamilyPrint({ data }: { data: FarmPlanReportData }) {
  const { t } = useTranslation();
  const format = usePrintFormat();
  const { producer, plots } = data;
  const totalHa = plots.reduce((sum, plot) => sum + plot.areaHa, 0);
  const notSet = t('farmPlanReport.family.notSet');
  const text = (value: string | null) => (value === null || value.trim() === '' ? notSet : value);
  const certifications =
    producer.certifications.length === 0
      ? t('farmPlanReport.family.none')
      : producer.certifications.map((c) => t(`certifications.names.${c}`)).join(', ');

  // Beyond MAX_NAMED_PLOTS the map labels plots by number: the table gives each its number.
  const numbered = plots.length > MAX_NAMED_PLOTS;
  const columns: PrintColumn<PlotSummary>[] = [
    ...(numbered
      ? [
          {
            header: t('farmPlanReport.plots.number'),
            cell: (_: PlotSummary, index: number) => format.number(index + 1),
            align: 'num' as const,
            width: '7%',
          },
        ]
      : []),
    { header: t('farmPlanReport.plots.name'), cell: (plot) => plot.name, width: numbered ? '23%' : '30%' },
    {
      header: t('farmPlanReport.plots.area'),
      cell: (plot) => format.number(plot.areaHa, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      align: 'num',
      width: '13%',
    },
    {
      header: t('farmPlanReport.plots.altitude'),
      cell: (plot) => format.msnm(plot.altitudeM),
      align: 'num',
      width: '15%',
    },
    { header: t('farmPlanReport.plots.variety'), cell: (plot) => text(plot.variety), width: '20%' },
    {
      header: t('farmPlanReport.plots.system'),
      cell: (plot) => t(`plots.systems.${plot.productionSystem}`),
      width: '22%',
    },
  ];

  return (
    <PrintSection title={t('farmPlanReport.family.title')} pageBreak testId="farm-report-family">
      <PrintFacts
        facts={[
          { label: t('farmPlanReport.family.producer'), value: producer.names },
          { label: t('farmPlanReport.family.memberCode'), value: producer.memberCode },
          { label: t('farmPlanReport.family.dni'), value: text(producer.dni) },
          { label: t('farmPlanReport.family.community'), value: text(producer.community) },
          { label: t('farmPlanReport.family.district'), value: text(producer.district) },
          {
            label: t('farmPlanReport.family.householdSize'),
            value: producer.householdSize === null ? notSet : format.number(producer.householdSize),
          },
          { label: t('farmPlanReport.family.plots'), value: format.number(plots.length) },
          { label: t('farmPlanReport.family.hectares'), value: format.ha(totalHa) },
          { label: t('farmPlanReport.family.certifications'), value: certifications },
        ]}
      />
      <h3>{t('farmPlanReport.plots.title')}</h3>
      <PrintTable
        columns={columns}
        rows={plots}
        rowKey={(plot) => plot.id}
        empty={t('farmPlanReport.plots.none')}
        foot={
          plots.length > 1
            ? [
                [
                  t('farmPlanReport.plots.total', { count: plots.length }),
                  format.number(totalHa, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                  null,
                  null,
                  null,
                ],
              ]
            : undefined
        }
        testId="farm-report-plots"
      />
    </PrintSection>
  );
}
