import { useTranslation } from 'react-i18next';
import { isValidRuc } from '../../../shared/domain/peru-ids.js';
import { Field } from './form/Field.js';
import type { FieldProblem } from './form/form-issues.js';

interface RucFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** A problem from the last save attempt. */
  readonly problem: FieldProblem | undefined;
}

/**
 * The RUC is checked as it is typed, with the same check-digit rule as the
 * contract (shared/domain/peru-ids.ts): once 11 digits are there, or as soon
 * as something other than a digit is, the user learns whether SUNAT would accept it.
 */
export function RucField({ value, onChange, problem }: RucFieldProps) {
  const { t } = useTranslation();
  const ruc = value.trim();
  const decided = ruc.length >= 11 || /\D/.test(ruc);
  const live: FieldProblem | undefined =
    ruc !== '' && decided && !isValidRuc(ruc) ? { key: 'RUC_INVALID', params: {} } : undefined;
  const valid = ruc !== '' && isValidRuc(ruc);
  return (
    <Field
      label={t('organisations.form.ruc')}
      testId="org-ruc"
      problem={live ?? problem}
      hint={
        valid ? (
          <span className="field-ok" data-testid="org-ruc-ok">
            {t('organisations.form.rucValid')}
          </span>
        ) : (
          t('organisations.form.rucHint')
        )
      }
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
