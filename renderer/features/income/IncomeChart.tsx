import './income.css';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFigures } from '../../../shared/api/plans.js';
import { useFormat } from '../../i18n/use-format.js';
import { IncomeLegend } from './IncomeLegend.js';
import { IncomeTable } from './IncomeTable.js';
import { incomeLines } from './income-lines.js';
import type { IncomeLine } from './income-lines.js';
import { Chart, categoryMarker } from './line-chart-setup.js';
import { useSoles } from './money.js';

export type IncomeFigures = NonNullable<PlanFigures['income']>;

/**
 * A family's income over the plan years (with the measures' effects) against
 * the living-income benchmark and the poverty line, with the year the gap
 * closes marked. The same figures are in a table for screen readers and for
 * copying (folded by default).
 */
export function IncomeChart({ figures }: { figures: IncomeFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const years = figures.years;
  const first = years[0];
  const last = years.at(-1);
  // Years are labels, not quantities: "2027", never "2,027".
  const yearText = useCallback((year: number) => format.number(year, { useGrouping: false }), [format]);

  const names = useMemo(
    (): Record<IncomeLine, string> => ({
      income: t('income.chart.lines.income'),
      benchmark: t('income.chart.lines.benchmark'),
      poverty: t('income.chart.lines.poverty'),
    }),
    [t],
  );

  const headline = useMemo(() => {
    if (!first || !last) return t('income.chart.noYears');
    if (figures.gapClosesInYear !== null) {
      return first.gapSoles <= 0
        ? t('income.chart.alreadyAbove', { year: yearText(first.year) })
        : t('income.chart.closes', { year: yearText(figures.gapClosesInYear), gap: soles(first.gapSoles) });
    }
    return t('income.chart.stillOpen', {
      year: yearText(last.year),
      gap: soles(last.gapSoles),
      startGap: soles(first.gapSoles),
    });
  }, [figures, first, last, t, soles, yearText]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const series: Record<IncomeLine, number[]> = {
      income: years.map((y) => y.totalSoles),
      benchmark: years.map((y) => y.benchmarkSoles),
      poverty: years.map((y) => y.povertyLineSoles),
    };
    const markerIndex =
      figures.gapClosesInYear === null ? -1 : years.findIndex((y) => y.year === figures.gapClosesInYear);
    const markerLabel =
      figures.gapClosesInYear === null ? '' : t('income.chart.marker', { year: yearText(figures.gapClosesInYear) });
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: years.map((y) => yearText(y.year)),
        datasets: (Object.keys(series) as IncomeLine[]).map((line) => ({
          label: names[line],
          data: series[line],
          borderColor: incomeLines[line].colour,
          backgroundColor: incomeLines[line].colour,
          borderWidth: incomeLines[line].widthPx,
          borderDash: [...incomeLines[line].dash],
          pointStyle: incomeLines[line].point,
          pointRadius: 4,
          pointHoverRadius: 6,
          tension: 0,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          // offset: the first and last years' points sit inside the frame, not on its edges.
          x: { offset: true, grid: { display: false } },
          y: { beginAtZero: true, ticks: { callback: (value) => soles(Number(value)) } },
        },
        plugins: {
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${soles(Number(item.raw))}` },
          },
        },
      },
      plugins: [categoryMarker(markerIndex < 0 ? null : markerIndex, markerLabel)],
    });
    return () => chart.destroy();
  }, [years, figures.gapClosesInYear, names, soles, yearText, t]);

  return (
    <figure className="income-chart" data-testid="income-chart" data-gap-closes={figures.gapClosesInYear ?? ''}>
      <figcaption>
        <h3>{t('income.chart.title')}</h3>
        <p className="income-chart-headline" data-testid="income-chart-headline">
          {headline}
        </p>
      </figcaption>
      <IncomeLegend names={names} />
      <div className="income-chart-canvas">
        <canvas ref={canvasRef} role="img" aria-label={`${t('income.chart.title')}. ${headline}`} />
      </div>
      <p className="field-hint">{t('income.chart.sourceNote', { profileYear: yearText(figures.profileYear) })}</p>
      <IncomeTable figures={figures} />
    </figure>
  );
}
