import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueCode } from '../../components/validation-issues.js';
import type { PlotFormValues } from './plot-form-values.js';
import type { ProducerOption } from './use-producer-options.js';

interface ProducerSelectProps {
  readonly value: string;
  readonly producers: readonly ProducerOption[] | null;
  readonly error: IssueCode | undefined;
  readonly onChange: (patch: Partial<PlotFormValues>) => void;
}

/** Options grouped by organisation when several are listed (no active organisation). */
function groupByOrganisation(producers: readonly ProducerOption[]): [string | null, ProducerOption[]][] {
  const groups = new Map<string | null, ProducerOption[]>();
  for (const producer of producers) {
    const list = groups.get(producer.organisationName) ?? [];
    list.push(producer);
    groups.set(producer.organisationName, list);
  }
  return [...groups];
}

/** Whose plot it is. Without producers, says where to register them first. */
export function ProducerSelect({ value, producers, error, onChange }: ProducerSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  if (producers?.length === 0) {
    return (
      <div className="notice" data-testid="plot-no-producers">
        <p className="notice-summary">{t('plots.form.noProducers')}</p>
        <a href="#/productores">{t('plots.form.goToProducers')}</a>
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t('plots.form.producer')} *</label>
      <select
        id={id}
        data-testid="plot-field-producerId"
        value={value}
        disabled={!producers}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => onChange({ producerId: event.target.value })}
      >
        <option value="">{producers ? t('plots.form.chooseProducer') : t('app.loading')}</option>
        {groupByOrganisation(producers ?? []).map(([organisation, list]) =>
          organisation === null ? (
            list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))
          ) : (
            <optgroup key={organisation} label={organisation}>
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
      {error && <p className="field-error">{t(`validation.${error}`)}</p>}
    </div>
  );
}
