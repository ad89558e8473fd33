import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';

type WholeNumberKey = 'backupsToKeep' | 'backupIntervalHours';

interface WholeNumberSettingProps {
  readonly settingKey: WholeNumberKey;
  readonly saved: number;
  readonly min: number;
  readonly max: number;
  /** The label, hint, save and saved texts. */
  readonly text: { label: string; hint: string; save: string; saved: string };
  readonly testIds: { input: string; save: string };
}

/**
 * One whole-number setting with its own Save button. The input is
 * uncontrolled and keyed by the saved value, so a reload after saving shows
 * what the core stored (which validates the range again).
 */
export function WholeNumberSetting({ settingKey, saved, min, max, text, testIds }: WholeNumberSettingProps) {
  const { api, invalidate } = useApiContext();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget).get(settingKey));
    setStatus('saving');
    setError(null);
    try {
      await api.settings.update({ [settingKey]: value });
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
        <label htmlFor={id}>{text.label}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {text.hint}
        </p>
        <div className="field-inline">
          <input
            key={saved}
            id={id}
            name={settingKey}
            type="number"
            min={min}
            max={max}
            step={1}
            required
            defaultValue={saved}
            aria-describedby={`${id}-hint`}
            data-testid={testIds.input}
            onChange={() => setStatus('idle')}
          />
          <button type="submit" className="button" data-testid={testIds.save} disabled={status === 'saving'}>
            {text.save}
          </button>
          <span role="status" className="field-status">
            {status === 'saved' ? text.saved : ''}
          </span>
        </div>
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
