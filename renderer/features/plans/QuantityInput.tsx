import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseQuantity } from './action-form-values.js';

interface QuantityInputProps {
  readonly value: number;
  readonly label: string;
  readonly unit: string;
  readonly disabled: boolean;
  /** Called with a valid new quantity when the field is left or Enter is pressed. */
  readonly onCommit: (quantity: number) => void;
}

/** A quantity edited in place: saved on leaving the field or on Enter, Esc puts the saved value back. */
export function QuantityInput({ value, label, unit, disabled, onCommit }: QuantityInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const parsed = parseQuantity(text);
  const invalid = draft !== null && (!Number.isFinite(parsed) || parsed < 0);

  function commit(): void {
    if (draft === null) return;
    if (invalid) return;
    setDraft(null);
    if (parsed !== value) onCommit(parsed);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(null);
    }
  }

  return (
    <span className="quantity-input">
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={invalid ? true : undefined}
        title={invalid ? t('formIssues.notANumber') : undefined}
        data-testid="action-quantity-inline"
        disabled={disabled}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <span className="quantity-unit">{unit}</span>
    </span>
  );
}
