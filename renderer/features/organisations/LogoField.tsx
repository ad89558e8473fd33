import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './form/form-issues.js';
import { useProblemText } from './form/use-problem-text.js';
import { compressLogo, LogoError } from './logo-image.js';
import type { LogoFailure } from './logo-image.js';

interface LogoFieldProps {
  readonly value: string | null;
  readonly onChange: (dataUrl: string | null) => void;
  readonly problem: FieldProblem | undefined;
}

/** Pick an image; it is shrunk in a canvas to fit the contract's limit and previewed. */
export function LogoField({ value, onChange, problem }: LogoFieldProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const id = useId();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<LogoFailure | null>(null);

  async function choose(file: File | undefined): Promise<void> {
    if (!file) return;
    setWorking(true);
    setFailure(null);
    try {
      onChange(await compressLogo(file));
    } catch (error) {
      setFailure(error instanceof LogoError ? error.reason : 'unreadable');
    } finally {
      setWorking(false);
    }
  }

  const message = failure ? t(`organisations.logo.${failure}`) : problem ? problemText(problem) : null;
  return (
    <div className="field logo-field">
      <label htmlFor={id}>{t('organisations.logo.label')}</label>
      <div className="logo-row">
        <div className="logo-preview" data-testid="org-logo-preview">
          {value ? (
            <img src={value} alt={t('organisations.logo.previewAlt')} />
          ) : (
            <span className="muted">{t('organisations.logo.none')}</span>
          )}
        </div>
        <div className="logo-controls">
          <input
            id={id}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            data-testid="org-logo"
            aria-invalid={message ? true : undefined}
            aria-describedby={`${id}-hint${message ? ` ${id}-problem` : ''}`}
            onChange={(event) => {
              void choose(event.target.files?.[0]);
              // Choosing the same file again after "Quitar" must fire onChange again.
              event.target.value = '';
            }}
          />
          {value && (
            <button type="button" className="button" data-testid="org-logo-remove" onClick={() => onChange(null)}>
              {t('organisations.logo.remove')}
            </button>
          )}
        </div>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {working ? t('organisations.logo.working') : t('organisations.logo.hint')}
      </p>
      {message && (
        <p id={`${id}-problem`} className="field-problem" data-testid="org-logo-problem">
          {message}
        </p>
      )}
    </div>
  );
}
