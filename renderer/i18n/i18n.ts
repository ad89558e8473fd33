import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { locales } from '../../shared/domain/settings.js';
import type { Locale } from '../../shared/domain/settings.js';
import { catalogues } from '../../shared/i18n/index.js';

export const defaultLocale: Locale = 'es-PE';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * Catalogues are bundled (no network backend): the app must start offline.
 * Spanish is the default and the fallback, because it is the complete one.
 */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    'es-PE': { translation: catalogues['es-PE'] },
    en: { translation: catalogues.en },
  },
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  // Look up 'es-PE' itself, never a bare 'es' that has no catalogue.
  load: 'currentOnly',
  // Resources are in memory, so initialise synchronously: the first render is already translated.
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
});

const applyDocumentLanguage = (lng: string): void => {
  document.documentElement.lang = lng;
};
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** The active locale, narrowed to one Cafetal supports. */
export function activeLocale(language: string): Locale {
  return isLocale(language) ? language : defaultLocale;
}
