import { useTranslation } from 'react-i18next';
import type { IncomeDistribution } from '../../plans/org/org-types.js';
import { PrintSection } from '../print/PrintSection.js';
import { PrintTable } from '../print/PrintTable.js';
import { PrintSeriesSwatch } from '../print/print-patterns.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { GapBars, gapSeries } from './GapBars.js';
import type { GapBar } from './GapBars.js';

const knownBins = ['at_or_above', 'gap_0_5k', 'gap_5_10k', 'gap_10_20k', 'gap_over_20k'] as const;
const isKnownBin = (label: string): label is (typeof knownBins)[number] =>
  (knownBins as readonly string[]).includes(label);

/**
 * Families below the living income and the poverty line now and at the end
 * of the plan, and how their gaps spread (the screen's bins and words).
 */
export function IncomeDistributionPrint({
  distribution,
  endYear,
}: {
  distribution: IncomeDistribution;
  endYear: number;
}) {
  const { t } = useTranslation();
  const format = usePrintFormat();
  const count = (value: number) => format.number(value);
  const bars: GapBar[] = distribution.bins.map((bin) => ({
    label: isKnownBin(bin.label) ? t(`orgPlan.distribution.bins.${bin.label}`) : bin.label,
    now: bin.now,
    end: bin.end,
  }));
  const endLabel = t('reportsOrg.distribution.endLabel', { year: format.year(endYear) });
  const figures = [
    {
      key: 'benchmark',
      label: t('reportsOrg.distribution.belowBenchmark'),
      now: distribution.belowBenchmarkNow,
      end: distribution.belowBenchmarkEnd,
    },
    {
      key: 'poverty',
      label: t('reportsOrg.distribution.belowPoverty'),
      now: distribution.belowPovertyNow,
      end: distribution.belowPovertyEnd,
    },
  ];

  return (
    <PrintSection
      title={t('reportsOrg.distribution.title')}
      intro={t('reportsOrg.distribution.intro')}
      pageBreak
      testId="org-report-income"
    >
      {distribution.families === 0 ? (
        <p className="print-muted">{t('orgPlan.distribution.empty')}</p>
      ) : (
        <>
          <div className="org-report-compare">
            {figures.map((figure) => (
              <div className="org-report-compare-item" key={figure.key} data-figure={figure.key}>
                <div className="org-report-compare-label">{figure.label}</div>
                <div className="org-report-compare-values">
                  <span>
                    <span className="org-report-compare-when">{t('reportsOrg.distribution.nowLabel')}</span>
                    <strong>{count(figure.now)}</strong>
                  </span>
                  <span className="org-report-arrow" aria-hidden="true">
                    →
                  </span>
                  <span>
                    <span className="org-report-compare-when">{endLabel}</span>
                    <strong>{count(figure.end)}</strong>
                  </span>
                </div>
                <div className="print-small print-muted">
                  {t('reportsOrg.distribution.ofFamilies', { families: count(distribution.families) })}
                </div>
              </div>
            ))}
          </div>
          <figure className="print-figure">
            <figcaption>{t('reportsOrg.distribution.chartCaption')}</figcaption>
            <GapBars
              bars={bars}
              count={count}
              ariaLabel={t('orgPlan.distribution.chartLabel', {
                nowBelow: count(distribution.belowBenchmarkNow),
                endBelow: count(distribution.belowBenchmarkEnd),
                families: count(distribution.families),
              })}
            />
            <ul className="print-legend">
              <li>
                <PrintSeriesSwatch index={gapSeries.now} />
                {t('reportsOrg.distribution.nowLabel')}
              </li>
              <li>
                <PrintSeriesSwatch index={gapSeries.end} />
                {endLabel}
              </li>
            </ul>
          </figure>
          <PrintTable
            columns={[
              { header: t('orgPlan.distribution.bin'), cell: (bar: GapBar) => bar.label },
              {
                header: t('reportsOrg.distribution.nowLabel'),
                cell: (bar: GapBar) => count(bar.now),
                align: 'num',
                width: '22%',
              },
              { header: endLabel, cell: (bar: GapBar) => count(bar.end), align: 'num', width: '22%' },
            ]}
            rows={bars}
            rowKey={(bar) => bar.label}
            foot={[[t('reportsOrg.distribution.families'), count(distribution.families), count(distribution.families)]]}
            testId="org-report-income-table"
            keepTogether
          />
        </>
      )}
    </PrintSection>
  );
}
