import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import { Chart, segmentLabels } from './chart-setup.js';
import { levelPattern } from './level-patterns.js';
import { levelOfSlot, levelSlots, slotColour } from './level-slots.js';
import { atHighRisk, totalOf } from './risk-distribution.js';
import type { Distribution, Metric } from './risk-distribution.js';
import { useRiskLabels } from './use-risk-labels.js';

interface HazardChartProps {
  readonly hazard: ModelHazard;
  readonly baseline: Distribution;
  readonly compared: Distribution;
  readonly comparedId: ScenarioId;
  readonly metric: Metric;
  /** The metric's value as text: "3" plots or "2.5 ha". */
  readonly formatValue: (value: number) => string;
  /** The short form written inside a bar segment: "43" (the axis says "ha"). */
  readonly formatShort: (value: number) => string;
}

/**
 * One hazard: two stacked bars, baseline and the compared scenario, split by
 * level. Each segment is written in, the headline says how many plots (or
 * hectares) are at Alto or Muy alto, and a table holds the same numbers for
 * screen readers and for copying.
 */
export function HazardChart({
  hazard,
  baseline,
  compared,
  comparedId,
  metric,
  formatValue,
  formatShort,
}: HazardChartProps) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const baselineLabel = labels.scenario('baseline');
  const comparedLabel = labels.scenario(comparedId);
  const highNow = atHighRisk(baseline, metric);
  const highThen = atHighRisk(compared, metric);
  const headline = t('riskDashboard.charts.highRisk', {
    now: formatValue(highNow),
    then: formatValue(highThen),
    scenario: comparedLabel,
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // With nothing to count the axis would collapse; 1 keeps an empty frame.
    const empty = Math.max(totalOf(baseline, metric), totalOf(compared, metric)) === 0;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: [baselineLabel, comparedLabel],
        datasets: levelSlots.map((slot) => ({
          label: labels.level(levelOfSlot(slot)),
          data: [baseline[slot][metric], compared[slot][metric]],
          backgroundColor: levelPattern(slot, slotColour(slot)),
          borderColor: '#ffffff',
          borderWidth: { left: 0, right: 1, top: 0, bottom: 0 },
          stack: 'levels',
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            stacked: true,
            beginAtZero: true,
            max: empty ? 1 : undefined,
            // Plots are whole: no "0.5 parcelas" ticks.
            ticks: { precision: metric === 'plots' ? 0 : 1, callback: (value) => formatValue(Number(value)) },
          },
          y: { stacked: true, grid: { display: false } },
        },
        plugins: {
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw))}` },
          },
        },
      },
      plugins: [segmentLabels(formatShort)],
    });
    return () => chart.destroy();
  }, [baseline, compared, metric, baselineLabel, comparedLabel, labels, formatValue, formatShort]);

  const hazardName = labels.hazard(hazard);
  return (
    <figure className="hazard-chart" data-testid="risk-hazard-chart" data-hazard={hazard}>
      <figcaption>
        <h3>{hazardName}</h3>
        <p className="hazard-chart-headline" data-testid="risk-hazard-headline" data-now={highNow} data-then={highThen}>
          {headline}
        </p>
      </figcaption>
      <div className="hazard-chart-canvas">
        <canvas ref={canvasRef} role="img" aria-label={`${hazardName}. ${headline}`} />
      </div>
      <details className="hazard-chart-table">
        <summary>{t('riskDashboard.charts.showTable')}</summary>
        <table className="data-table compact-table" data-testid="risk-hazard-table">
          <caption className="visually-hidden">
            {t('riskDashboard.charts.tableCaption', { hazard: hazardName })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('riskDashboard.charts.level')}</th>
              <th scope="col" className="cell-number">
                {baselineLabel}
              </th>
              <th scope="col" className="cell-number">
                {comparedLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {levelSlots.map((slot) => (
              <tr key={slot} data-level={slot}>
                <th scope="row">{labels.level(levelOfSlot(slot))}</th>
                <td className="cell-number" data-testid="risk-count-baseline">
                  {formatValue(baseline[slot][metric])}
                </td>
                <td className="cell-number" data-testid="risk-count-compared">
                  {formatValue(compared[slot][metric])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
