import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeStatus } from '../../../shared/api/exchange.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { ConflictCard } from './ConflictCard.js';
import { loadConflicts } from './exchange-queries.js';
import { useExchangeLabels } from './use-exchange-labels.js';

/**
 * The review screen (`#/intercambio/conflictos`): one card per row two
 * laptops changed concurrently. A choice is a new change that travels, so
 * the card goes away here and, after the next exchange, on the others too.
 */
export function ConflictsPage({ status }: { status: ExchangeStatus | null }) {
  const { t } = useTranslation();
  const conflicts = useApiQuery(loadConflicts);
  const labels = useExchangeLabels(status?.device ?? null);
  const [resolved, setResolved] = useState<string | null>(null);

  return (
    <div className="exchange-conflicts" data-testid="exchange-conflicts">
      <p className="page-intro">{t('exchangeConflicts.intro')}</p>
      {resolved !== null && (
        <p className="notice notice-success" role="status" data-testid="exchange-resolved">
          {resolved}
        </p>
      )}
      {conflicts.status === 'loading' && <p className="muted">{t('exchange.loading')}</p>}
      {conflicts.status === 'error' && <ErrorNotice error={conflicts.error} />}
      {conflicts.status === 'ready' && conflicts.data.length === 0 && (
        <p className="empty-state" data-testid="exchange-conflicts-empty">
          {t('exchangeConflicts.empty')}
        </p>
      )}
      {conflicts.status === 'ready' &&
        conflicts.data.map((conflict) => (
          <ConflictCard
            key={`${conflict.table}/${conflict.rowId}`}
            conflict={conflict}
            labels={labels}
            onResolved={(label, fields, laptop) =>
              setResolved(
                t('exchangeConflicts.resolved', {
                  label,
                  fields: fields.map((field) => labels.field(field)).join(', '),
                  laptop: labels.laptop(laptop),
                }),
              )
            }
          />
        ))}
    </div>
  );
}
