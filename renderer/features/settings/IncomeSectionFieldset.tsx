import { useTranslation } from 'react-i18next';
import { defaultIncomeSettings, incomeSettingNotes } from '../../../shared/plans/income-settings.js';
import type { IncomeSettings } from '../../../shared/plans/income-settings.js';
import { useFormat } from '../../i18n/use-format.js';
import { IncomeField } from './IncomeField.js';
import { incomeFieldValue } from './income-form.js';
import type { IncomeSectionSpec } from './income-form.js';

/** One group of income settings (benchmark, price, jornal…) with why its default is what it is. */
export function IncomeSectionFieldset({ spec, saved }: { spec: IncomeSectionSpec; saved: IncomeSettings }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const note = incomeSettingNotes[spec.section];
  const history = saved.livingIncome.history
    .map((entry) => `${entry.year}: S/ ${format.number(entry.monthlySoles)}`)
    .join('; ');
  return (
    <fieldset className="climate-fieldset" data-testid={`income-section-${spec.section}`}>
      <legend>{t(`incomeSettings.sections.${spec.section}`)}</legend>
      <p className="field-hint">{i18n.language.startsWith('en') ? note.en : note.es}</p>
      <div className="income-grid">
        {spec.fields.map((field) => (
          <IncomeField
            key={field.field}
            section={spec.section}
            spec={field}
            value={incomeFieldValue(saved, spec.section, field.field)}
            fallback={incomeFieldValue(defaultIncomeSettings, spec.section, field.field)}
          />
        ))}
      </div>
      {spec.section === 'livingIncome' && history !== '' && (
        <p className="field-hint">{t('incomeSettings.history', { values: history })}</p>
      )}
      {spec.section === 'units' && (
        <p className="field-hint">{t('incomeSettings.quintal', { kg: format.number(saved.units.quintalKg) })}</p>
      )}
    </fieldset>
  );
}
