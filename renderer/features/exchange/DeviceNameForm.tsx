import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';

/** This laptop's name as others will see it (`exchange.renameDevice`). */
export function DeviceNameForm({ saved, disabled }: { saved: string; disabled: boolean }) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const inputId = useId();
  const hintId = useId();
  const [name, setName] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { error: unknown }>('idle');
  const value = name ?? saved;
  const changed = value.trim() !== '' && value.trim() !== saved;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!changed) return;
    setState('saving');
    try {
      await api.exchange.renameDevice({ name: value.trim() });
      setName(null);
      setState('saved');
      invalidate();
    } catch (error) {
      setState({ error });
    }
  }

  return (
    <form className="exchange-name-form" onSubmit={(event) => void onSubmit(event)}>
      <div className="field">
        <label htmlFor={inputId}>{t('exchange.thisLaptop.name')}</label>
        <div className="exchange-name-row">
          <input
            id={inputId}
            value={value}
            maxLength={120}
            aria-describedby={hintId}
            disabled={disabled}
            data-testid="exchange-device-name"
            onChange={(event) => {
              setName(event.target.value);
              setState('idle');
            }}
          />
          <button
            type="submit"
            className="button"
            disabled={disabled || !changed || state === 'saving'}
            data-testid="exchange-device-rename"
          >
            {t('exchange.thisLaptop.rename')}
          </button>
        </div>
        <p id={hintId} className="field-hint">
          {t('exchange.thisLaptop.nameHint')}
        </p>
        {state === 'saved' && (
          <p className="field-status" role="status" data-testid="exchange-device-renamed">
            {t('exchange.thisLaptop.renamed')}
          </p>
        )}
      </div>
      {typeof state === 'object' && <ErrorNotice error={state.error} />}
    </form>
  );
}
