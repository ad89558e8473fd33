import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface InlineConfirmProps {
  /** The button that asks: "Eliminar". */
  readonly label: string;
  /** The question shown in its place: "¿Eliminar el perfil de 2026?". */
  readonly question: string;
  /** The button that does it. */
  readonly confirmLabel: string;
  readonly onConfirm: () => Promise<void>;
  readonly testId: string;
  readonly disabled?: boolean;
}

/**
 * A destructive action in two steps in the same place (no modal): the button
 * becomes the question with "confirm" and "cancel", and cancel takes focus so
 * Enter twice does not delete.
 */
export function InlineConfirm({ label, question, confirmLabel, onConfirm, testId, disabled }: InlineConfirmProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);

  async function confirm(): Promise<void> {
    setPending(true);
    try {
      await onConfirm();
    } finally {
      setPending(false);
      setAsking(false);
    }
  }

  if (!asking) {
    return (
      <button
        type="button"
        className="button button-quiet"
        data-testid={testId}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="inline-confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="button button-danger"
        data-testid={`${testId}-confirm`}
        disabled={pending}
        onClick={() => void confirm()}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button" disabled={pending} autoFocus onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
