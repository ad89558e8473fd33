import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format.js';
import { levelPatternUrl } from '../../risk/level-patterns.js';
import { DistributionChart, distributionFills } from './DistributionChart.js';
import type { IncomeDistribution } from './org-types.js';

const knownBins = ['at_or_above', 'gap_0_5k', 'gap_5_10k', 'gap_10_20k', 'gap_over_20k'] as const;
const isKnownBin = (label: string): label is (typeof knownBins)[number] =>
  (knownBins as readonly string[]).includes(label);

/**
 * The members' living-income gap before and after the plans: how many
 * families are below the benchmark and the poverty line now and at the end,
 * and how the gaps spread (bins of S/ a year).
 */
export function IncomeDistributionSection({ distribution }: { distribution: IncomeDistribution }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bars = useMemo(
    () =>
      distribution.bins.map((bin) => ({
        label: isKnownBin(bin.label) ? t(`orgPlan.distribution.bins.${bin.label}`) : bin.label,
        now: bin.now,
        end: bin.end,
      })),
    [distribution.bins, t],
  );
  const count = (value: number) => format.number(value);
  const caption = t('orgPlan.distribution.chartLabel', {
    nowBelow: count(distribution.belowBenchmarkNow),
    endBelow: count(distribution.belowBenchmarkEnd),
    families: count(distribution.families),
  });

  return (
    <section className="page-section org-distribution" aria-labelledby="org-distribution-heading">
      <h2 id="org-distribution-heading">{t('orgPlan.distribution.title')}</h2>
      <p className="muted org-intro">{t('orgPlan.distribution.intro')}</p>
      {distribution.families === 0 ? (
        <p className="empty-state">{t('orgPlan.distribution.empty')}</p>
      ) : (
        <>
          <dl className="org-tiles org-tiles-compare" data-testid="org-distribution">
            <div className="org-tile" data-figure="belowBenchmark">
              <dt>{t('orgPlan.distribution.belowBenchmark')}</dt>
              <dd>
                {t('orgPlan.distribution.nowToEnd', {
                  now: count(distribution.belowBenchmarkNow),
                  end: count(distribution.belowBenchmarkEnd),
                  families: count(distribution.families),
                })}
              </dd>
            </div>
            <div className="org-tile" data-figure="belowPoverty">
              <dt>{t('orgPlan.distribution.belowPoverty')}</dt>
              <dd>
                {t('orgPlan.distribution.nowToEnd', {
                  now: count(distribution.belowPovertyNow),
                  end: count(distribution.belowPovertyEnd),
                  families: count(distribution.families),
                })}
              </dd>
            </div>
          </dl>
          <h3 className="org-subheading">{t('orgPlan.distribution.histogram')}</h3>
          <ul className="org-legend" aria-label={t('orgPlan.distribution.legend')}>
            {(['now', 'end'] as const).map((key) => (
              <li key={key}>
                <span
                  className="org-swatch"
                  aria-hidden="true"
                  style={{
                    backgroundImage: levelPatternUrl(distributionFills[key].tile, distributionFills[key].colour),
                  }}
                />
                {t(`orgPlan.distribution.${key}`)}
              </li>
            ))}
          </ul>
          <DistributionChart bars={bars} caption={caption} />
          <details className="org-chart-table">
            <summary>{t('orgPlan.distribution.showTable')}</summary>
            <table className="data-table compact" data-testid="org-distribution-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('orgPlan.distribution.bin')}</th>
                  <th scope="col" className="cell-number">
                    {t('orgPlan.distribution.now')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('orgPlan.distribution.end')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.label}>
                    <th scope="row">{bar.label}</th>
                    <td className="cell-number">{count(bar.now)}</td>
                    <td className="cell-number">{count(bar.end)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
