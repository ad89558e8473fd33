import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format.js';
import { Chart } from '../../risk/chart-setup.js';
import { levelPattern } from '../../risk/level-patterns.js';
import { barTopLabels } from './bar-top-labels.js';

export interface DistributionBar {
  readonly label: string;
  readonly now: number;
  readonly end: number;
}

/** Now and at the end of the plan: plain for now, hatched for the end, so the pair reads in greyscale. */
export const distributionFills = {
  now: { colour: '#c9b29b', tile: 'bajo' },
  end: { colour: '#6fa77c', tile: 'alto' },
} as const;

/** Families per gap bin, now against the end of the plan, as pairs of vertical bars with the counts on top. */
export function DistributionChart({ bars, caption }: { bars: readonly DistributionBar[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const most = Math.max(1, ...bars.flatMap((bar) => [bar.now, bar.end]));
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: bars.map((bar) => bar.label),
        datasets: (['now', 'end'] as const).map((key) => ({
          label: t(`orgPlan.distribution.${key}`),
          data: bars.map((bar) => bar[key]),
          backgroundColor: levelPattern(distributionFills[key].tile, distributionFills[key].colour),
          borderColor: '#55615a',
          borderWidth: 1,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { grid: { display: false } },
          // Room above the tallest bar for its count; families are whole.
          y: { beginAtZero: true, suggestedMax: most * 1.15, ticks: { precision: 0 } },
        },
      },
      plugins: [barTopLabels((value) => format.number(value))],
    });
    return () => chart.destroy();
  }, [bars, format, t]);

  return (
    <div className="org-chart-canvas org-distribution-canvas">
      <canvas ref={canvasRef} role="img" aria-label={caption} data-testid="org-distribution-chart" />
    </div>
  );
}
