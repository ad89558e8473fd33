import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';

/**
 * How many start-up backups to keep. The input is uncontrolled and keyed by
 * the saved value, so a reload after saving shows what the core stored.
 */
export function BackupsToKeepSetting({ saved }: { saved: number }) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget).get('backupsToKeep'));
    setStatus('saving');
    setError(null);
    try {
      await api.settings.update({ backupsToKeep: value });
      setStatus('saved');
      invalidate();
    } catch (caught) {
      setError(caught);
      setStatus('idle');
    }
  }

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={id}>{t('settings.backupsToKeep.label')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('settings.backupsToKeep.hint')}
        </p>
        <div className="field-inline">
          <input
            key={saved}
            id={id}
            name="backupsToKeep"
            type="number"
            min={1}
            max={60}
            step={1}
            required
            defaultValue={saved}
            aria-describedby={`${id}-hint`}
            data-testid="settings-backups-to-keep"
            onChange={() => setStatus('idle')}
          />
          <button type="submit" className="button" data-testid="settings-backups-save" disabled={status === 'saving'}>
            {t('settings.backupsToKeep.save')}
          </button>
          <span role="status" className="field-status">
            {status === 'saved' ? t('settings.backupsToKeep.saved') : ''}
          </span>
        </div>
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
