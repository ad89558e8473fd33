import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/api/contract.js';
import { useApiContext } from '../../api/api-context.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { useFormat } from '../../i18n/use-format.js';
import { GapText } from './GapText.js';
import { useSoles } from './money.js';

export type ListedProfile = OutputOf<'income.list'>[number];

interface IncomeProfileListProps {
  readonly profiles: readonly ListedProfile[];
  readonly onEdit: (profile: ListedProfile) => void;
  readonly onRemoved: (year: number) => void;
  readonly onError: (error: unknown) => void;
}

/** A family's income by year, newest first: what it earns, the living income for its size, and the gap. */
export function IncomeProfileList({ profiles, onEdit, onRemoved, onError }: IncomeProfileListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles, solesExact } = useSoles();
  const { api, invalidate } = useApiContext();
  const sorted = [...profiles].sort((a, b) => b.year - a.year);

  async function remove(profile: ListedProfile): Promise<void> {
    try {
      await api.income.remove({ id: profile.id });
      invalidate();
      onRemoved(profile.year);
    } catch (caught) {
      onError(caught);
    }
  }

  return (
    <div className="table-scroll">
      <table className="data-table income-table" data-testid="income-profiles">
        <caption className="visually-hidden">{t('income.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('income.list.year')}</th>
            <th scope="col">{t('income.list.coffee')}</th>
            <th scope="col" className="cell-number">
              {t('income.list.income')}
            </th>
            <th scope="col" className="cell-number">
              {t('income.list.benchmark')}
            </th>
            <th scope="col" className="cell-number">
              {t('income.list.gap')}
            </th>
            <th scope="col" className="cell-actions">
              <span className="visually-hidden">{t('income.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((profile) => {
            const { income } = profile;
            const year = format.number(profile.year, { useGrouping: false });
            return (
              <tr key={profile.id} data-testid="income-profile-row" data-year={profile.year}>
                <th scope="row">
                  {year}
                  <span className="cell-secondary">{t('income.list.people', { count: profile.householdSize })}</span>
                </th>
                <td>
                  {t('income.list.coffeeLine', {
                    area: format.ha(profile.coffeeAreaHa),
                    yield: format.number(profile.yieldQqPerHa, { maximumFractionDigits: 1 }),
                    price: solesExact(profile.price),
                    unit: t(`income.priceUnitsShort.${profile.priceUnit}`),
                    basis: t(`income.priceBases.${profile.priceBasis}`),
                  })}
                  <span className="cell-secondary">
                    {t('income.list.coffeeNet', {
                      kg: format.number(income.coffeeKg, { maximumFractionDigits: 0 }),
                      net: soles(income.coffeeNetSoles),
                    })}
                  </span>
                </td>
                <td className="cell-number" data-testid="income-total" data-soles={income.totalSoles}>
                  {soles(income.totalSoles)}
                  <span className="cell-secondary">
                    {t('income.list.others', {
                      crops: soles(income.otherCropsSoles),
                      livestock: soles(income.livestockSoles),
                      offFarm: soles(income.offFarmSoles),
                    })}
                  </span>
                </td>
                <td className="cell-number" data-testid="income-benchmark" data-soles={income.benchmarkSoles}>
                  {soles(income.benchmarkSoles)}
                  <span className="cell-secondary">
                    {t('income.list.povertyLine', { amount: soles(income.povertyLineSoles) })}
                  </span>
                </td>
                <td className="cell-number" data-testid="income-gap" data-soles={income.gapSoles}>
                  <GapText gapSoles={income.gapSoles} />
                  {income.totalSoles < income.povertyLineSoles && (
                    <span className="income-flag" data-testid="income-below-poverty">
                      {t('income.list.belowPoverty')}
                    </span>
                  )}
                </td>
                <td className="cell-actions">
                  <button type="button" className="button" data-testid="income-edit" onClick={() => onEdit(profile)}>
                    {t('income.list.edit')}
                  </button>{' '}
                  <InlineConfirm
                    label={t('income.list.delete')}
                    question={t('income.list.confirmDelete', { year })}
                    confirmLabel={t('income.list.delete')}
                    testId="income-delete"
                    onConfirm={() => remove(profile)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
