import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locales } from '../../../shared/domain/settings.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { activeLocale, isLocale } from '../../i18n/i18n.js';

/**
 * Switches the language at once, then saves it. If saving fails the screen
 * stays in the chosen language for this session and says it was not saved.
 */
export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const { api, invalidate } = useApiContext();
  const id = useId();
  const [error, setError] = useState<unknown>(null);

  async function choose(value: string): Promise<void> {
    if (!isLocale(value)) return;
    setError(null);
    await i18n.changeLanguage(value);
    try {
      await api.settings.update({ locale: value });
      invalidate();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.language.title')}</h2>
      <div className="field field-narrow">
        <label htmlFor={id}>{t('settings.language.label')}</label>
        <select
          id={id}
          data-testid="settings-locale"
          value={activeLocale(i18n.language)}
          onChange={(event) => void choose(event.target.value)}
        >
          {locales.map((locale) => (
            // Each language names itself, so a user who cannot read the current one still finds theirs.
            <option key={locale} value={locale} lang={locale}>
              {t(`settings.language.${locale}`)}
            </option>
          ))}
        </select>
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </section>
  );
}
