import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskSummary } from '../../../shared/api/risk.js';
import { modelHazards } from '../../../shared/domain/hazard.js';
import { useFormat } from '../../i18n/use-format.js';
import { HazardChart } from './HazardChart.js';
import { LevelSwatch } from './LevelBadge.js';
import { levelOfSlot, levelSlots } from './level-slots.js';
import { distributionOf } from './risk-distribution.js';
import type { Metric } from './risk-distribution.js';
import type { ComparedScenario } from './risk-scenarios.js';
import { useRiskLabels } from './use-risk-labels.js';

interface DistributionSectionProps {
  readonly summary: RiskSummary;
  readonly compared: ComparedScenario;
  readonly metric: Metric;
  readonly onMetric: (metric: Metric) => void;
}

/** For each hazard, plots (or hectares) per level, today against the chosen scenario. */
export function DistributionSection({ summary, compared, metric, onMetric }: DistributionSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useRiskLabels();
  const metricName = useId();
  const formatValue = useCallback(
    (value: number) => (metric === 'plots' ? format.number(value) : format.ha(value)),
    [metric, format],
  );
  const formatShort = useCallback(
    (value: number) => format.number(value, { maximumFractionDigits: metric === 'plots' || value >= 10 ? 0 : 1 }),
    [metric, format],
  );
  const charts = useMemo(
    () =>
      modelHazards.map((hazard) => ({
        hazard,
        baseline: distributionOf(summary, hazard, 'baseline'),
        compared: distributionOf(summary, hazard, compared),
      })),
    [summary, compared],
  );

  return (
    <section className="page-section risk-distribution" aria-labelledby="risk-distribution-heading">
      <div className="risk-section-heading">
        <h2 id="risk-distribution-heading">{t('riskDashboard.charts.title')}</h2>
        <fieldset className="segmented" data-testid="risk-metric">
          <legend className="visually-hidden">{t('riskDashboard.charts.metric')}</legend>
          {(['plots', 'hectares'] as const).map((value) => (
            <label key={value} className="segmented-option">
              <input
                type="radio"
                name={metricName}
                value={value}
                checked={metric === value}
                data-testid={`risk-metric-${value}`}
                onChange={() => onMetric(value)}
              />
              {t(`riskDashboard.charts.metrics.${value}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="muted risk-section-intro">
        {t('riskDashboard.charts.intro', { scenario: labels.scenario(compared) })}
      </p>
      <ul className="level-legend" aria-label={t('riskDashboard.charts.legend')}>
        {levelSlots.map((slot) => (
          <li key={slot}>
            <LevelSwatch level={levelOfSlot(slot)} />
            {labels.level(levelOfSlot(slot))}
          </li>
        ))}
      </ul>
      <div className="hazard-charts">
        {charts.map((chart) => (
          <HazardChart
            key={chart.hazard}
            hazard={chart.hazard}
            baseline={chart.baseline}
            compared={chart.compared}
            comparedId={compared}
            metric={metric}
            formatValue={formatValue}
            formatShort={formatShort}
          />
        ))}
      </div>
    </section>
  );
}
