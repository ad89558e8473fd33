import type { ErrorCode } from '../../shared/api/errors.js';
import { catalogues } from '../../shared/i18n/index.js';

export type CliLanguage = 'es' | 'en';

/** `--lang`, else LANG/LC_ALL: Spanish unless the environment asks for English. */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const chosen = flag ?? env.LC_ALL ?? env.LANG ?? 'es';
  return chosen.toLowerCase().startsWith('en') ? 'en' : 'es';
}

/** Error texts come from the same catalogues as the renderer's. */
export function errorText(code: ErrorCode, lang: CliLanguage): string {
  const errors = catalogues[lang === 'en' ? 'en' : 'es-PE'].errors as Record<string, string>;
  return errors[code] ?? code;
}

const labels = {
  es: {
    database: 'Base de datos',
    dataDir: 'Carpeta de datos',
    schema: 'Versión del esquema',
    sqlite: 'SQLite',
    version: 'Cafetal',
    counts: 'Registros',
    organisations: 'Organizaciones',
    producers: 'Productores',
    plots: 'Parcelas',
    layers: 'Capas',
    plans: 'Planes',
    none: '(ninguna)',
    created: 'Creada',
    backupDone: 'Copia de seguridad creada',
    usage: 'Uso',
    orgCreated: 'Organización creada',
    verdict_imported: 'importada',
    verdict_warnings: 'importada con advertencias',
    verdict_rejected: 'rechazada',
    verdict_unchanged: 'ya estaba',
    dryRun: 'simulación: nada se guardó',
  },
  en: {
    database: 'Database',
    dataDir: 'Data folder',
    schema: 'Schema version',
    sqlite: 'SQLite',
    version: 'Cafetal',
    counts: 'Rows',
    organisations: 'Organisations',
    producers: 'Producers',
    plots: 'Plots',
    layers: 'Layers',
    plans: 'Plans',
    none: '(none)',
    created: 'Created',
    backupDone: 'Backup written',
    usage: 'Usage',
    orgCreated: 'Organisation created',
    verdict_imported: 'imported',
    verdict_warnings: 'imported with warnings',
    verdict_rejected: 'rejected',
    verdict_unchanged: 'already there',
    dryRun: 'dry run: nothing saved',
  },
} as const;

export type LabelKey = keyof (typeof labels)['es'];
export const label = (key: LabelKey, lang: CliLanguage): string => labels[lang][key];
