import { catalogues } from '../../shared/i18n/index.js';
import type { CliLanguage } from './messages.js';

/**
 * `t('risk.levels.alto')` for the CLI, from the renderer's catalogues, with
 * i18next-style `{{name}}` / `{{name, number(options)}}` interpolation,
 * so the terminal says what the screens say.
 */
export function catalogueText(lang: CliLanguage) {
  const catalogue = catalogues[lang === 'en' ? 'en' : 'es-PE'] as unknown as Record<string, unknown>;
  const locale = lang === 'en' ? 'en' : 'es-PE';
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (key: string, params: Record<string, unknown> = {}): string => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') return key;
    return node.replace(
      /\{\{\s*(\w+)\s*(?:,\s*number(?:\(([^)]*)\))?)?\s*\}\}/g,
      (_, name: string, options?: string) => {
        const value = params[name];
        if (typeof value === 'string') return value;
        if (typeof value !== 'number') return '';
        return options
          ? new Intl.NumberFormat(locale, formatOptions(options)).format(value)
          : numberFormat.format(value);
      },
    );
  };
}

/** i18next's `number(minimumFractionDigits: 1; signDisplay: exceptZero)` options as Intl options. */
function formatOptions(text: string): Intl.NumberFormatOptions {
  const options: Intl.NumberFormatOptions & Record<string, string | number> = {};
  for (const part of text.split(';')) {
    const [key, raw] = part.split(':').map((s) => s.trim());
    if (!key || raw === undefined) continue;
    options[key] = /^\d+$/.test(raw) ? Number(raw) : raw;
  }
  return options;
}
