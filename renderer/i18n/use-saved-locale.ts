import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context.js';

/**
 * On start, switch to the language saved in the settings. Until it arrives (or
 * if the core cannot answer) the app stays in Spanish, the default.
 */
export function useSavedLocale(): void {
  const api = useApi();
  const { i18n } = useTranslation();
  useEffect(() => {
    let current = true;
    api.settings.get({}).then(
      (settings) => {
        if (current && settings.locale !== i18n.language) void i18n.changeLanguage(settings.locale);
      },
      () => {
        // The status bar and each page already show that the core is unreachable.
      },
    );
    return () => {
      current = false;
    };
  }, [api, i18n]);
}
