import type { Catalogue } from '../../shared/i18n/index.js';

// Typed keys: `t('nav.mapaa')` or a missing `errors.<CODE>` is a compile error, not a blank label.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
