import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { PrintKind, PrintRoute } from './print-route.js';

/** What a report component receives: its own route (narrowed to its kind). */
export interface PrintReportProps<K extends PrintKind = PrintKind> {
  readonly route: Extract<PrintRoute, { kind: K }>;
}

type LazyReport<K extends PrintKind> = LazyExoticComponent<ComponentType<PrintReportProps<K>>>;
type PrintReports = { readonly [K in PrintKind]?: LazyReport<K> };

/** A report loaded in its own chunk on first use: `lazyReport(async () => (await import('…')).MyReport)`. */
export function lazyReport<K extends PrintKind>(
  load: () => Promise<ComponentType<PrintReportProps<K>>>,
): LazyReport<K> {
  return lazy(async () => ({ default: await load() }));
}

/**
 * The reports by route kind. A report adds itself with one line here;
 * PrintApp dispatches to it (an unknown kind prints an error, never a blank PDF).
 */
export const printReports: PrintReports = {
  'farm-plan': lazyReport(async () => (await import('../farm-plan/FarmPlanReport.js')).FarmPlanReport),
  'org-plan': lazyReport(async () => (await import('../org-plan/OrgPlanReport.js')).OrgPlanReport),
  'plot-sheets': lazyReport(async () => (await import('../plot-sheets/PlotSheetsReport.js')).PlotSheetsReport),
};
