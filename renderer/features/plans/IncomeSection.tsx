import { Suspense, lazy } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFigures } from '../../../shared/api/plans.js';
import { ErrorBoundary } from '../../components/ErrorBoundary.js';
import { IncomeProfileEntry } from './IncomeProfileEntry.js';
import { IncomeYearsTable } from './IncomeYearsTable.js';
import { useSoles } from './use-soles.js';

type IncomeFigures = NonNullable<PlanFigures['income']>;
type ChartModule = { IncomeChart: ComponentType<{ figures: IncomeFigures }> };

// The income chart is a colleague's (renderer/features/income/). A glob, not an import: the build resolves it to
// that file when it is there and to nothing otherwise; without it the plain table below takes its place.
const charts = import.meta.glob<ChartModule>('../income/IncomeChart.tsx');

function TableInstead({ figures }: { figures: IncomeFigures }) {
  return <IncomeYearsTable income={figures} />;
}

const IncomeChart = lazy(async (): Promise<{ default: ComponentType<{ figures: IncomeFigures }> }> => {
  const load = charts['../income/IncomeChart.tsx'];
  if (!load) return { default: TableInstead };
  return { default: (await load()).IncomeChart };
});

interface IncomeSectionProps {
  readonly income: PlanFigures['income'];
  readonly producerId: string | null;
}

/** *Ingreso digno*: the family's income over the plan against the living-income benchmark, and when the gap closes. */
export function IncomeSection({ income, producerId }: IncomeSectionProps) {
  const { t } = useTranslation();
  const soles = useSoles();
  const first = income?.years[0];
  const last = income?.years.at(-1);
  // A gap of zero or less means the family reaches the benchmark: said in words, not as a negative sum.
  const gapText = (gapSoles: number): string =>
    gapSoles > 0 ? soles(gapSoles, { whole: true }) : t('farmPlans.income.noGap');

  return (
    <section className="card plan-section" aria-labelledby="plan-income-heading" data-testid="plan-income">
      <h2 id="plan-income-heading">{t('farmPlans.income.title')}</h2>
      {income === null ? (
        producerId !== null && <IncomeProfileEntry producerId={producerId} />
      ) : (
        <>
          {first && last && (
            <dl className="plan-totals" data-testid="income-summary">
              <div>
                <dt>{t('farmPlans.income.gapAt', { year: first.year })}</dt>
                <dd data-testid="income-gap-start">{gapText(first.gapSoles)}</dd>
              </div>
              <div>
                <dt>{t('farmPlans.income.gapAt', { year: last.year })}</dt>
                <dd data-testid="income-gap-end">{gapText(last.gapSoles)}</dd>
              </div>
              <div>
                <dt>{t('farmPlans.income.closing')}</dt>
                <dd data-testid="income-closes">
                  {income.gapClosesInYear === null
                    ? t('farmPlans.income.notClosed')
                    : t('farmPlans.income.closesIn', { year: income.gapClosesInYear })}
                </dd>
              </div>
            </dl>
          )}
          <ErrorBoundary fallback={() => <IncomeYearsTable income={income} />}>
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <IncomeChart figures={income} />
            </Suspense>
          </ErrorBoundary>
        </>
      )}
    </section>
  );
}
