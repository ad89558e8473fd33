import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format.js';
import { GapText } from '../../income/GapText.js';
import { plansHref } from '../plan-routes.js';
import { useSoles } from '../../income/money.js';
import { defaultFamilySort, familyColumns, nextSort, sortFamilies } from './families-sort.js';
import type { FamilyColumn, FamilySort } from './families-sort.js';
import type { FamilyRow } from './org-types.js';

/** Annex: one row per member family, its farm plan, budget and income gap now and at the end; sortable. */
export function FamiliesAnnex({ families }: { families: readonly FamilyRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  const [sort, setSort] = useState<FamilySort>(defaultFamilySort);
  const rows = useMemo(() => sortFamilies(families, sort, format.locale), [families, sort, format.locale]);
  const money = (value: number | null) => (value === null ? t('orgPlan.families.noProfile') : soles(value));
  const gap = (value: number | null) =>
    value === null ? t('orgPlan.families.noProfile') : <GapText gapSoles={value} />;

  const header = (column: FamilyColumn) => {
    const sorted = sort.column === column ? sort.direction : null;
    return (
      <th
        scope="col"
        key={column}
        className={column === 'producerName' ? undefined : 'cell-number'}
        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          data-testid={`org-families-sort-${column}`}
          onClick={() => setSort((current) => nextSort(current, column))}
        >
          {t(`orgPlan.families.columns.${column}`)}
          <span className="sort-mark" aria-hidden="true">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="page-section org-families" aria-labelledby="org-families-heading">
      <h2 id="org-families-heading">{t('orgPlan.families.title')}</h2>
      <p className="muted org-intro">{t('orgPlan.families.intro')}</p>
      {families.length === 0 ? (
        <p className="empty-state">{t('orgPlan.families.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table org-families-table" data-testid="org-families">
            <caption className="visually-hidden">{t('orgPlan.families.caption')}</caption>
            <thead>
              <tr>
                {header('producerName')}
                <th scope="col">{t('orgPlan.families.plan')}</th>
                {familyColumns.slice(1).map(header)}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.producerId} data-testid="org-family-row" data-producer-id={row.producerId}>
                  <th scope="row">{row.producerName}</th>
                  <td>
                    {row.planId === null ? (
                      <span className="muted">{t('orgPlan.families.noPlan')}</span>
                    ) : (
                      <a href={plansHref.farm(row.planId)}>{t('orgPlan.families.openPlan')}</a>
                    )}
                  </td>
                  <td className="cell-number">{format.number(row.actions)}</td>
                  <td className="cell-number">{soles(row.budgetSoles)}</td>
                  <td className="cell-number">{money(row.incomeNowSoles)}</td>
                  <td className="cell-number">{money(row.incomeEndSoles)}</td>
                  <td className="cell-number">{gap(row.gapNowSoles)}</td>
                  <td className="cell-number">{gap(row.gapEndSoles)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
