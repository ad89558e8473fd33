import { useTranslation } from 'react-i18next';
import { certifications } from '../../../../shared/domain/certifications.js';
import type { Certification } from '../../../../shared/domain/certifications.js';

interface CertificationsFieldProps {
  readonly legend: string;
  readonly value: readonly Certification[];
  readonly onChange: (value: Certification[]) => void;
  /** Each checkbox is `<testIdPrefix>-<certification>`. */
  readonly testIdPrefix: string;
}

/** One checkbox per certification; the chosen ones keep the contract's order. */
export function CertificationsField({ legend, value, onChange, testIdPrefix }: CertificationsFieldProps) {
  const { t } = useTranslation();
  const toggle = (certification: Certification, on: boolean): void =>
    onChange(certifications.filter((c) => (c === certification ? on : value.includes(c))));
  return (
    <fieldset className="field checkbox-group">
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {certifications.map((certification) => (
          <label key={certification} className="checkbox">
            <input
              type="checkbox"
              data-testid={`${testIdPrefix}-${certification}`}
              checked={value.includes(certification)}
              onChange={(event) => toggle(certification, event.target.checked)}
            />
            {t(`certifications.names.${certification}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
