import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../shared/domain/plan.js';
import type { FamilyRow } from '../../plans/org/org-types.js';
import { PrintSection } from '../print/PrintSection.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { annexRows } from './annex-rows.js';
import type { AnnexRow } from './annex-rows.js';

interface FamiliesAnnexPrintProps {
  readonly families: readonly FamilyRow[];
  readonly plans: readonly PlanSummary[];
  readonly endYear: number;
}

/**
 * One line per member family (500 families run over several pages: the
 * header repeats, rows never split). Incomes and gaps in whole soles a year;
 * a gap of zero or less is "Sin brecha", never a negative amount.
 */
export function FamiliesAnnexPrint({ families, plans, endYear }: FamiliesAnnexPrintProps) {
  const { t } = useTranslation();
  const format = usePrintFormat();
  const rows = useMemo(() => annexRows(families, plans, format.locale), [families, plans, format.locale]);
  const money = (value: number | null) =>
    value === null ? <span className="print-muted">{t('reportsOrg.annex.noProfile')}</span> : format.solesWhole(value);
  const gap = (value: number | null) =>
    value === null ? (
      <span className="print-muted">{t('reportsOrg.annex.noProfile')}</span>
    ) : value > 0 ? (
      format.solesWhole(value)
    ) : (
      t('reportsOrg.annex.noGap')
    );

  // Without a farm plan nothing is planned: a dash, not "0" and "S/ 0" (the Plan column says "Sin plan").
  const planned = (row: AnnexRow, text: string) => (row.planId === null ? t('common.notSet') : text);

  const columns: PrintColumn<AnnexRow>[] = [
    { header: t('reportsOrg.annex.n'), cell: (row) => format.number(row.n), align: 'num', width: '5%' },
    { header: t('reportsOrg.annex.producer'), cell: (row) => row.producerName },
    {
      header: t('reportsOrg.annex.plan'),
      cell: (row) =>
        row.planId === null ? (
          <span className="print-muted">{t('reportsOrg.annex.noPlan')}</span>
        ) : (
          t('reportsOrg.annex.planVersion', { version: row.planVersion ?? 1 })
        ),
      width: '7%',
    },
    {
      header: t('reportsOrg.annex.actions'),
      cell: (row) => planned(row, format.number(row.actions)),
      align: 'num',
      width: '8%',
    },
    {
      header: t('reportsOrg.annex.budget'),
      cell: (row) => planned(row, format.solesWhole(row.budgetSoles)),
      align: 'num',
      width: '10%',
    },
    { header: t('reportsOrg.annex.incomeNow'), cell: (row) => money(row.incomeNowSoles), align: 'num', width: '10%' },
    { header: t('reportsOrg.annex.incomeEnd'), cell: (row) => money(row.incomeEndSoles), align: 'num', width: '10%' },
    { header: t('reportsOrg.annex.gapNow'), cell: (row) => gap(row.gapNowSoles), align: 'num', width: '10%' },
    { header: t('reportsOrg.annex.gapEnd'), cell: (row) => gap(row.gapEndSoles), align: 'num', width: '10%' },
  ];

  return (
    <PrintSection
      title={t('reportsOrg.annex.title')}
      intro={t('reportsOrg.annex.intro', { year: format.year(endYear) })}
      pageBreak
      testId="org-report-annex"
    >
      <div className="org-report-annex">
        <PrintTable
          columns={columns}
          rows={rows}
          rowKey={(row) => row.producerId}
          empty={t('reportsOrg.annex.empty')}
          testId="org-report-families"
        />
      </div>
    </PrintSection>
  );
}
