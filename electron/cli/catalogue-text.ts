import { catalogues } from '../../shared/i18n/index.js';
import type { CliLanguage } from './messages.js';

/**
 * `t('risk.levels.alto')` for the CLI, from the renderer's catalogues, with
 * i18next-style `{{name}}` interpolation (numbers formatted for the language),
 * so the terminal says what the screens say.
 */
export function catalogueText(lang: CliLanguage) {
  const catalogue = catalogues[lang === 'en' ? 'en' : 'es-PE'] as unknown as Record<string, unknown>;
  const numberFormat = new Intl.NumberFormat(lang === 'en' ? 'en' : 'es-PE', { maximumFractionDigits: 1 });
  return (key: string, params: Record<string, unknown> = {}): string => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      const value = params[name];
      return typeof value === 'number' ? numberFormat.format(value) : String(value ?? '');
    });
  };
}
