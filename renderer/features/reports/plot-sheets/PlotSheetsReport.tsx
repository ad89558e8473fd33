import './plot-sheets.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintCover } from '../print/PrintCover.js';
import { PrintSection } from '../print/PrintSection.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { usePrintQuery } from '../print/print-ready.js';
import type { PrintReportProps } from '../print/print-reports.js';
import { usePrintTexts } from '../print/print-texts.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { PlotSheetBlock } from './PlotSheetBlock.js';
import { plotSheets } from './plot-sheet-model.js';
import type { PlotSheet } from './plot-sheet-model.js';
import type { PlotSheetsData } from './plot-sheets-data.js';
import { usePlotSheets } from './use-plot-sheets.js';
import { useSheetLabels } from './use-sheet-labels.js';
import { useSheetNumbers } from './use-sheet-numbers.js';

/** The EUDR's rules that the sheets answer, at the foot of the cover. */
function EudrNote() {
  const { t } = useTranslation();
  return (
    <section className="plot-sheets-eudr" data-testid="plot-sheets-eudr">
      <h2>{t('reportsPlots.subtitle')}</h2>
      <ul>
        <li>{t('reportsPlots.eudr.cutoff')}</li>
        <li>{t('reportsPlots.eudr.polygons')}</li>
        <li>{t('reportsPlots.eudr.coordinates')}</li>
      </ul>
      <p className="print-small print-muted">{t('reportsPlots.eudr.scope')}</p>
    </section>
  );
}

function PlotIndex({ sheets, showProducer }: { sheets: readonly PlotSheet[]; showProducer: boolean }) {
  const { t } = useTranslation();
  const numbers = useSheetNumbers();
  const labels = useSheetLabels();
  const columns: PrintColumn<PlotSheet>[] = [
    { header: t('reportsPlots.index.n'), cell: (sheet) => numbers.whole(sheet.n), align: 'num', width: '7%' },
    { header: t('reportsPlots.index.plot'), cell: (sheet) => sheet.name },
    ...(showProducer
      ? [{ header: t('reportsPlots.index.producer'), cell: (sheet: PlotSheet) => sheet.producerName }]
      : []),
    {
      header: t('reportsPlots.index.area'),
      cell: (sheet) => numbers.ha(sheet.areaHa),
      align: 'num',
      width: '10%',
    },
    { header: t('reportsPlots.index.geometry'), cell: (sheet) => labels.geometry(sheet), width: '15%' },
    {
      header: t('reportsPlots.index.vertices'),
      cell: (sheet) => numbers.whole(sheet.vertices),
      align: 'num',
      width: '9%',
    },
    {
      header: t('reportsPlots.index.status'),
      cell: (sheet) =>
        labels.remarks(sheet).map((remark) => (
          <span key={remark.text} className={remark.warning ? 'plot-sheet-warning print-sub' : 'print-sub'}>
            {remark.text}
          </span>
        )),
      width: '28%',
    },
  ];
  return (
    <PrintSection title={t('reportsPlots.index.title')} testId="plot-sheets-index">
      <PrintTable
        caption={t('reportsPlots.index.caption')}
        columns={columns}
        rows={sheets}
        rowKey={(sheet) => sheet.id}
        empty={t('reportsPlots.empty')}
        testId="plot-sheets-index-table"
      />
    </PrintSection>
  );
}

function PlotSheetsDocument({ data }: { data: PlotSheetsData }) {
  const { t } = useTranslation();
  const format = usePrintFormat();
  const sheets = useMemo(() => plotSheets(data.plots, data.producers, format.locale), [data, format.locale]);
  const totalHa = sheets.reduce((sum, sheet) => sum + sheet.areaHa, 0);
  const toCheck = sheets.filter(
    (sheet) => sheet.geolocation === 'point_needs_polygon' || sheet.duplicateRings > 0 || sheet.tooFewRings > 0,
  ).length;
  const today = new Date();
  usePrintTexts(
    t('reportsPlots.header', { organisation: data.organisation.name }),
    t('reportsPlots.footer', { date: format.date(today) }),
  );
  const producer = data.producer;

  return (
    <article className="plot-sheets" data-testid="plot-sheets-report">
      <PrintCover
        organisation={data.organisation}
        title={t('reportsPlots.title')}
        subject={
          producer !== null
            ? t('reportsPlots.cover.producer', { producer: producer.names })
            : t('reportsPlots.cover.organisation')
        }
        date={format.dateLong(today)}
        facts={[
          ...(producer !== null ? [{ label: t('reportsPlots.sheet.memberCode'), value: producer.memberCode }] : []),
          {
            label: t('reportsPlots.cover.plots'),
            value: t('reportsPlots.cover.counts', {
              count: sheets.length,
              plots: format.number(sheets.length),
              area: format.number(totalHa, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
            }),
          },
          { label: t('reportsPlots.eudr.cutoffLabel'), value: t('reportsPlots.eudr.cutoffDate') },
          ...(toCheck > 0
            ? [
                {
                  label: t('reportsPlots.cover.remarks'),
                  value: t('reportsPlots.cover.toCheck', { count: toCheck, plots: format.number(toCheck) }),
                },
              ]
            : []),
        ]}
      >
        <EudrNote />
      </PrintCover>
      <div className="page-break" />
      <PlotIndex sheets={sheets} showProducer={producer === null} />
      {sheets.map((sheet) => (
        <PlotSheetBlock key={sheet.id} sheet={sheet} />
      ))}
    </article>
  );
}

/**
 * `#/imprimir/plot-sheets/<producer|organisation>/<id>`: the plot sheets /
 * EUDR annex. A cover, the EUDR note, an index of the plots, then one sheet
 * per plot (map, facts, vertex coordinates) that never splits across pages.
 */
export function PlotSheetsReport({ route }: PrintReportProps<'plot-sheets'>) {
  const { t } = useTranslation();
  const data = usePrintQuery('plot-sheets', usePlotSheets(route.scope, route.id));
  if (data.status !== 'ready') return <p className="print-loading">{t('app.loading')}</p>;
  return <PlotSheetsDocument data={data.data} />;
}
