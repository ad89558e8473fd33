import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintPlotMap } from '../print/PrintPlotMap.js';
import type { PrintMapPlot } from '../print/PrintPlotMap.js';
import { PrintFacts } from '../print/PrintSection.js';
import { CoordinateTable, coordinateLines } from './CoordinateTable.js';
import type { PlotSheet } from './plot-sheet-model.js';
import { useSheetLabels } from './use-sheet-labels.js';
import { useSheetNumbers } from './use-sheet-numbers.js';

/** SVG units of the small map (the kit draws 688 across the page): about 45 mm tall. */
const MAP_HEIGHT = 170;
/**
 * A sheet of up to this many coordinate lines fits within a page with its map
 * and facts, so it never splits; a longer one (a GPS track with hundreds of
 * vertices) may continue on the next page, its table header repeated.
 */
const LINES_KEPT_TOGETHER = 40;

/** One plot: its number and name, family, area, EUDR remark, a map of it alone and its vertex coordinates. */
/** One plot alone: 80 m keeps a GPS point's surroundings readable and lets a 1 ha plot fill the frame. */
const SHEET_MIN_EXTENT_M = 80;

export function PlotSheetBlock({ sheet }: { sheet: PlotSheet }) {
  const { t } = useTranslation();
  const numbers = useSheetNumbers();
  const labels = useSheetLabels();
  const mapPlots = useMemo(
    (): PrintMapPlot[] => [
      { id: sheet.id, name: sheet.name, geometry: sheet.geometry, level: null, label: String(sheet.n) },
    ],
    [sheet],
  );
  const area = numbers.ha(sheet.areaHa);
  const long = coordinateLines(sheet.rings) > LINES_KEPT_TOGETHER;
  const facts = [
    { label: t('reportsPlots.sheet.producer'), value: sheet.producerName },
    ...(sheet.memberCode !== null ? [{ label: t('reportsPlots.sheet.memberCode'), value: sheet.memberCode }] : []),
    {
      label: t('reportsPlots.sheet.area'),
      value:
        sheet.geometry.type === 'Point'
          ? t('reportsPlots.sheet.areaDeclared', { area })
          : t('reportsPlots.sheet.areaValue', { area }),
    },
    { label: t('reportsPlots.sheet.geometry'), value: labels.geometry(sheet) },
    ...(sheet.place !== '' ? [{ label: t('reportsPlots.sheet.place'), value: sheet.place }] : []),
    { label: t('reportsPlots.sheet.vertices'), value: numbers.whole(sheet.vertices) },
  ];
  const remarks = labels.remarks(sheet);

  return (
    <section
      className={long ? 'plot-sheet plot-sheet-long' : 'plot-sheet'}
      data-testid="plot-sheet"
      data-plot-id={sheet.id}
      data-n={sheet.n}
    >
      <div className="plot-sheet-head">
        <h3>{t('reportsPlots.sheet.title', { n: sheet.n, name: sheet.name })}</h3>
        <PrintFacts facts={facts} columns={3} />
        <ul className="plot-sheet-remarks">
          {remarks.map((remark) => (
            <li key={remark.text} className={remark.warning ? 'plot-sheet-warning' : undefined}>
              {remark.text}
            </li>
          ))}
        </ul>
        <div className="plot-sheet-map">
          <PrintPlotMap
            plots={mapPlots}
            title={t('reportsPlots.sheet.mapCaption', { n: sheet.n })}
            height={MAP_HEIGHT}
            minExtentM={SHEET_MIN_EXTENT_M}
          />
        </div>
      </div>
      <CoordinateTable rings={sheet.rings} n={sheet.n} />
    </section>
  );
}
