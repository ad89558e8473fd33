import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowConflict } from '../../../shared/api/exchange.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { ConflictFieldView } from './ConflictFieldView.js';
import type { ExchangeLabels, LaptopRef } from './use-exchange-labels.js';
import { useResolveConflict } from './use-resolve-conflict.js';

/** The laptops with values in this row, once each, in the order they first appear. */
function laptopsOf(conflict: RowConflict): LaptopRef[] {
  const byId = new Map<string, LaptopRef>();
  for (const field of conflict.fields) {
    for (const candidate of field.candidates)
      if (!byId.has(candidate.deviceId)) byId.set(candidate.deviceId, candidate);
  }
  return [...byId.values()];
}

interface ConflictCardProps {
  readonly conflict: RowConflict;
  readonly labels: ExchangeLabels;
  readonly onResolved: (label: string, fields: readonly string[], laptop: LaptopRef) => void;
}

/** One row changed on two laptops: each conflicting field with every laptop's value, and the ways to choose. */
export function ConflictCard({ conflict, labels, onResolved }: ConflictCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const resolve = useResolveConflict(conflict, (fields, laptop) => onResolved(conflict.label, fields, laptop));
  return (
    <article
      className="card exchange-conflict"
      aria-labelledby={headingId}
      data-testid="exchange-conflict"
      data-table={conflict.table}
      data-row-id={conflict.rowId}
    >
      <header className="exchange-conflict-header">
        <h2 id={headingId}>{conflict.label}</h2>
        <p className="muted">
          {labels.table(conflict.table)} ·{' '}
          {t('exchangeConflicts.detectedAt', { date: format.date(conflict.detectedAt) })}
        </p>
      </header>
      {conflict.fields.map((field) => (
        <ConflictFieldView
          key={field.field}
          field={field}
          labels={labels}
          disabled={resolve.pending}
          onChoose={(candidate) => resolve.chooseValue(candidate, field.field)}
        />
      ))}
      <div className="exchange-conflict-actions">
        {laptopsOf(conflict).map((laptop) => (
          <button
            key={laptop.deviceId}
            type="button"
            className="button"
            disabled={resolve.pending}
            data-testid="exchange-use-laptop"
            data-device-id={laptop.deviceId}
            onClick={() => resolve.chooseLaptop(laptop)}
          >
            {t('exchangeConflicts.useAll', { laptop: labels.laptop(laptop) })}
          </button>
        ))}
      </div>
      {resolve.error !== null && <ErrorNotice error={resolve.error} />}
    </article>
  );
}
