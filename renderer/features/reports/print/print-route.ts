import { locales } from '../../../../shared/domain/settings.js';
import type { Locale } from '../../../../shared/domain/settings.js';

/**
 * The print routes (shared/api/reports.ts `reportRoute` writes them):
 * - `#/imprimir/farm-plan/<planId>?lang=es-PE`
 * - `#/imprimir/org-plan/<planId>?lang=…`
 * - `#/imprimir/plot-sheets/producer/<producerId>?lang=…`
 * - `#/imprimir/plot-sheets/organisation/<organisationId>?lang=…`
 */
export type PrintRoute =
  | { readonly kind: 'farm-plan'; readonly planId: string }
  | { readonly kind: 'org-plan'; readonly planId: string }
  | { readonly kind: 'plot-sheets'; readonly scope: 'producer' | 'organisation'; readonly id: string };
export type PrintKind = PrintRoute['kind'];

const PREFIX = /^#\/?imprimir(?:\/|$)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the hash is a print route at all (App.tsx then renders PrintApp instead of the shell). */
export const isPrintHash = (hash: string): boolean => PREFIX.test(hash);

/** The route named by a print hash; null when it is not one we can print (unknown kind, malformed id). */
export function parsePrintRoute(hash: string): PrintRoute | null {
  if (!isPrintHash(hash)) return null;
  const path = hash.replace(PREFIX, '').split('?')[0] ?? '';
  const parts = path.split('/').filter((part) => part !== '');
  const [kind, first = '', second = ''] = parts;
  switch (kind) {
    case 'farm-plan':
    case 'org-plan':
      return parts.length === 2 && UUID.test(first) ? { kind, planId: first.toLowerCase() } : null;
    case 'plot-sheets':
      return parts.length === 3 && (first === 'producer' || first === 'organisation') && UUID.test(second)
        ? { kind, scope: first, id: second.toLowerCase() }
        : null;
    default:
      return null;
  }
}

/** `?lang=en` in the hash; null when absent or not a language Cafetal has. */
export function printLocale(hash: string): Locale | null {
  const query = hash.split('?')[1];
  if (query === undefined) return null;
  const lang = new URLSearchParams(query).get('lang');
  return lang !== null && (locales as readonly string[]).includes(lang) ? (lang as Locale) : null;
}
