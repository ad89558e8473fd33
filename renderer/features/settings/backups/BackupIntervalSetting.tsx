import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiContext } from '../../../api/api-context.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';

/**
 * Hours between automatic backups while the app runs. Uncontrolled and keyed
 * by the saved value, like BackupsToKeepSetting, so a reload after saving
 * shows what the core stored.
 */
export function BackupIntervalSetting({ saved }: { saved: number }) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget).get('backupIntervalHours'));
    setStatus('saving');
    setError(null);
    try {
      await api.settings.update({ backupIntervalHours: value });
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
        <label htmlFor={id}>{t('backupRestore.interval.label')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('backupRestore.interval.hint')}
        </p>
        <div className="field-inline">
          <input
            key={saved}
            id={id}
            name="backupIntervalHours"
            type="number"
            min={1}
            max={24}
            step={1}
            required
            defaultValue={saved}
            aria-describedby={`${id}-hint`}
            data-testid="settings-backup-interval"
            onChange={() => setStatus('idle')}
          />
          <button type="submit" className="button" data-testid="settings-interval-save" disabled={status === 'saving'}>
            {t('backupRestore.interval.save')}
          </button>
          <span role="status" className="field-status">
            {status === 'saved' ? t('backupRestore.interval.saved') : ''}
          </span>
        </div>
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
