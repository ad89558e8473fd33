import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format.js';
import { Chart, segmentLabels } from '../../risk/chart-setup.js';
import { levelPattern } from '../../risk/level-patterns.js';
import { useSoles } from '../../income/money.js';
import { fundingStyle } from './funding-styles.js';
import type { MoneyByYear } from './org-types.js';

interface BudgetChartProps {
  readonly byYear: MoneyByYear;
  readonly sources: readonly string[];
  readonly sourceName: (source: string) => string;
}

/**
 * One horizontal bar per year, stacked by funding source. Horizontal, as the
 * risk charts: the years read top to bottom like the table below, and each
 * segment has room for its amount ("12 mil") written in.
 */
export function BudgetChart({ byYear, sources, sourceName }: BudgetChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const heightPx = 40 + byYear.length * 34;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: byYear.map((row) => format.number(row.year, { useGrouping: false })),
        datasets: sources.map((source) => {
          const style = fundingStyle(source);
          return {
            label: sourceName(source),
            data: byYear.map((row) => row.bySource[source] ?? 0),
            backgroundColor: levelPattern(style.tile, style.colour),
            borderColor: '#ffffff',
            borderWidth: { left: 0, right: 1, top: 0, bottom: 0 },
            stack: 'sources',
          };
        }),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { callback: (value) => soles(Number(value)) } },
          y: { stacked: true, grid: { display: false } },
        },
        plugins: {
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${soles(Number(item.raw))}` } },
        },
      },
      // "43.1 mil" inside a segment (the axis and the table say soles); Intl's compact forms differ between engines.
      plugins: [
        segmentLabels((value) =>
          t('orgPlan.budget.thousands', { value: format.number(value / 1000, { maximumFractionDigits: 1 }) }),
        ),
      ],
    });
    return () => chart.destroy();
  }, [byYear, sources, sourceName, format, soles, t]);

  return (
    <div className="org-chart-canvas" style={{ height: `${heightPx}px` }}>
      <canvas ref={canvasRef} role="img" aria-label={t('orgPlan.budget.chartLabel')} data-testid="org-budget-chart" />
    </div>
  );
}
