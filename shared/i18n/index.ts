import type { Locale } from '../domain/settings.js';
import enBase from './en/base.json' with { type: 'json' };
import enIncome from './en/income.json' with { type: 'json' };
import enLayers from './en/layers.json' with { type: 'json' };
import enPlansData from './en/plans-data.json' with { type: 'json' };
import enPlans from './en/plans.json' with { type: 'json' };
import enPlots from './en/plots.json' with { type: 'json' };
import enProducers from './en/producers.json' with { type: 'json' };
import enReports from './en/reports.json' with { type: 'json' };
import enReportsOrg from './en/reports-org.json' with { type: 'json' };
import enReportsSection from './en/reports-section.json' with { type: 'json' };
import enRisk from './en/risk.json' with { type: 'json' };
import enRiskDashboard from './en/risk-dashboard.json' with { type: 'json' };
import enTransfer from './en/transfer.json' with { type: 'json' };
import esBase from './es-PE/base.json' with { type: 'json' };
import esIncome from './es-PE/income.json' with { type: 'json' };
import esLayers from './es-PE/layers.json' with { type: 'json' };
import esPlansData from './es-PE/plans-data.json' with { type: 'json' };
import esPlans from './es-PE/plans.json' with { type: 'json' };
import esPlots from './es-PE/plots.json' with { type: 'json' };
import esProducers from './es-PE/producers.json' with { type: 'json' };
import esReports from './es-PE/reports.json' with { type: 'json' };
import esReportsOrg from './es-PE/reports-org.json' with { type: 'json' };
import esReportsSection from './es-PE/reports-section.json' with { type: 'json' };
import esRisk from './es-PE/risk.json' with { type: 'json' };
import esRiskDashboard from './es-PE/risk-dashboard.json' with { type: 'json' };
import esTransfer from './es-PE/transfer.json' with { type: 'json' };

import enWorkshop from './en/workshop.json' with { type: 'json' };
import enBasemaps from './en/basemaps.json' with { type: 'json' };
import enDemo from './en/demo.json' with { type: 'json' };
import enTour from './en/tour.json' with { type: 'json' };
import enBackups from './en/backups.json' with { type: 'json' };
import esWorkshop from './es-PE/workshop.json' with { type: 'json' };
import esBasemaps from './es-PE/basemaps.json' with { type: 'json' };
import esDemo from './es-PE/demo.json' with { type: 'json' };
import esTour from './es-PE/tour.json' with { type: 'json' };
import esBackups from './es-PE/backups.json' with { type: 'json' };
import enExchange from './en/exchange.json' with { type: 'json' };
import esExchange from './es-PE/exchange.json' with { type: 'json' };
import enPackageCli from './en/package-cli.json' with { type: 'json' };
import esPackageCli from './es-PE/package-cli.json' with { type: 'json' };
import enRecovery from './en/recovery.json' with { type: 'json' };
import esRecovery from './es-PE/recovery.json' with { type: 'json' };
/**
 * One file per feature and language (`<locale>/<feature>.json`), merged here:
 * features are translated side by side without editing the same file. Each
 * file holds its own top-level keys; a key defined twice is a test failure.
 */
const esPE = {
  ...esBase,
  ...esProducers,
  ...esPlots,
  ...esTransfer,
  ...esLayers,
  ...esRisk,
  ...esRiskDashboard,
  ...esPlansData,
  ...esPlans,
  ...esIncome,
  ...esReports,
  ...esReportsOrg,
  ...esReportsSection,
  ...esWorkshop,
  ...esBasemaps,
  ...esDemo,
  ...esTour,
  ...esBackups,
  ...esExchange,
  ...esPackageCli,
  ...esRecovery,
};
const en = {
  ...enBase,
  ...enProducers,
  ...enPlots,
  ...enTransfer,
  ...enLayers,
  ...enRisk,
  ...enRiskDashboard,
  ...enPlansData,
  ...enPlans,
  ...enIncome,
  ...enReports,
  ...enReportsOrg,
  ...enReportsSection,
  ...enWorkshop,
  ...enBasemaps,
  ...enDemo,
  ...enTour,
  ...enBackups,
  ...enExchange,
  ...enPackageCli,
  ...enRecovery,
};

/** The Spanish catalogue is the source of truth; every other language has its shape. */
export type Catalogue = typeof esPE;

/** The per-feature files, for the duplicate-key check. */
export const catalogueParts: Record<Locale, readonly object[]> = {
  'es-PE': [
    esBase,
    esProducers,
    esPlots,
    esTransfer,
    esLayers,
    esRisk,
    esRiskDashboard,
    esPlansData,
    esPlans,
    esIncome,
    esReports,
    esReportsOrg,
    esReportsSection,
    esWorkshop,
    esBasemaps,
    esDemo,
    esTour,
    esBackups,
    esExchange,
    esPackageCli,
    esRecovery,
  ],
  en: [
    enBase,
    enProducers,
    enPlots,
    enTransfer,
    enLayers,
    enRisk,
    enRiskDashboard,
    enPlansData,
    enPlans,
    enIncome,
    enReports,
    enReportsOrg,
    enReportsSection,
    enWorkshop,
    enBasemaps,
    enDemo,
    enTour,
    enBackups,
    enExchange,
    enPackageCli,
    enRecovery,
  ],
};

/**
 * One catalogue per supported locale, shared by the renderer and the CLI.
 * Typing `en` as `Catalogue` makes a key missing from English a compile error;
 * test/unit/i18n-catalogues.test.ts checks the other direction too.
 */
export const catalogues: Record<Locale, Catalogue> = { 'es-PE': esPE, en };

/** Dotted paths of every string in a catalogue: `{ a: { b: 'x' } }` → `['a.b']`. */
export function catalogueKeys(catalogue: unknown, prefix = ''): string[] {
  if (typeof catalogue !== 'object' || catalogue === null) return prefix === '' ? [] : [prefix];
  return Object.entries(catalogue).flatMap(([key, value]) =>
    catalogueKeys(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}
