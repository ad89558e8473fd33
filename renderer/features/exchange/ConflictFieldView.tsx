import { useTranslation } from 'react-i18next';
import type { RowConflict } from '../../../shared/api/exchange.js';
import { useFormat } from '../../i18n/use-format.js';
import { ConflictValue } from './ConflictValue.js';
import type { ExchangeLabels } from './use-exchange-labels.js';

type ConflictField = RowConflict['fields'][number];

interface ConflictFieldViewProps {
  readonly field: ConflictField;
  readonly labels: ExchangeLabels;
  readonly disabled: boolean;
  readonly onChoose: (candidate: ConflictField['candidates'][number]) => void;
}

/** One field's candidates side by side: the value, whose and when, which one shows now, and "use this one". */
export function ConflictFieldView({ field, labels, disabled, onChoose }: ConflictFieldViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldName = labels.field(field.field);
  return (
    <section className="exchange-conflict-field" data-testid="exchange-conflict-field" data-field={field.field}>
      <h3>{fieldName}</h3>
      <ul className="exchange-candidates" aria-label={t('exchangeConflicts.candidatesLabel', { field: fieldName })}>
        {field.candidates.map((candidate) => {
          const laptop = labels.laptop(candidate);
          return (
            <li
              key={candidate.dot}
              className="exchange-candidate"
              data-testid="exchange-candidate"
              data-shown={candidate.shown}
              data-dot={candidate.dot}
            >
              <p className="exchange-candidate-value" data-testid="exchange-candidate-value">
                <ConflictValue field={field.field} value={candidate.value} />
              </p>
              <p className="exchange-candidate-who">
                <strong data-testid="exchange-candidate-laptop">{laptop}</strong>
                <span className="cell-secondary">
                  {t('exchangeConflicts.changedAt', { date: format.date(candidate.changedAt) })}
                </span>
              </p>
              {candidate.shown && (
                <span className="exchange-badge" data-testid="exchange-candidate-shown">
                  {t('exchangeConflicts.shown')}
                </span>
              )}
              <button
                type="button"
                className="button"
                disabled={disabled}
                data-testid="exchange-use-value"
                onClick={() => onChoose(candidate)}
              >
                {t('exchangeConflicts.useThis')}
                <span className="visually-hidden">
                  {' '}
                  ({fieldName}: {laptop})
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
