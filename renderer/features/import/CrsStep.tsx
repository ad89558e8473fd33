import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedImport } from './use-import-file.js';
import type { PreviewResult } from './use-import-preview.js';

interface CrsStepProps {
  readonly opened: OpenedImport;
  /** The user's choice; null = what the file says. */
  readonly crsCode: number | null;
  readonly onChange: (code: number | null) => void;
  /** The system the last preview used, with its datum transformation. */
  readonly used: PreviewResult['crs'] | null;
}

/**
 * Step 3: the coordinate system. Shows what the file says and lets the user
 * override it; when the file holds metres and says nothing, a choice is
 * required (preselected: UTM 17S, most of Cajamarca). For PSAD56 the fixed
 * transformation is shown before importing (docs/import-export.md).
 */
export function CrsStep({ opened, crsCode, onChange, used }: CrsStepProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const { detected, needsChoice } = opened.crs;
  const transformation = used?.transformation ?? opened.crs.transformation;
  return (
    <section className="import-step import-narrow" aria-labelledby="import-step-heading">
      <h2 id="import-step-heading">{t('importWizard.crs.title')}</h2>
      <p data-testid="import-crs-detected">
        {detected && !needsChoice
          ? t('importWizard.crs.detected', { name: detected.name })
          : t('importWizard.crs.notDetected')}
      </p>
      {needsChoice && (
        <p className="notice" data-testid="import-crs-needs-choice">
          {t('importWizard.crs.needsChoice')}
        </p>
      )}
      <div className="field field-narrow">
        <label htmlFor={selectId}>{t('importWizard.crs.choose')}</label>
        <select
          id={selectId}
          data-testid="import-crs-select"
          value={crsCode === null ? '' : String(crsCode)}
          onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
        >
          {detected && !needsChoice && (
            <option value="">{t('importWizard.crs.fromFile', { name: detected.name })}</option>
          )}
          {opened.crsChoices.map((choice) => (
            <option key={choice.code} value={choice.code}>
              {t('importWizard.crs.option', { name: choice.name, code: choice.code })}
            </option>
          ))}
        </select>
        <p className="field-hint">{t('importWizard.crs.hint')}</p>
      </div>
      {used && <p data-testid="import-crs-used">{t('importWizard.crs.used', { name: used.name })}</p>}
      {transformation && (
        <div className="notice" data-testid="import-crs-transformation">
          <p className="notice-summary">{t('importWizard.crs.transformationTitle')}</p>
          <p>
            <code>{transformation}</code>
          </p>
          <p>{t('importWizard.crs.transformationExplained')}</p>
        </div>
      )}
    </section>
  );
}
