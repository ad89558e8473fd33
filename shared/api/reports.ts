import { z } from 'zod';
import { idSchema } from '../domain/ids.js';
import { locales } from '../domain/settings.js';
import { procedure } from './procedure.js';

/**
 * The PDF reports. Each is a print route of the renderer
 * (`#/imprimir/<kind>/<id>?lang=…`, see `reportRoute`) printed by Chromium
 * (browser mode and CLI, through playwright-core) or by Electron
 * (`webContents.printToPDF`), A4 portrait.
 */
export const reportKinds = ['farm-plan', 'org-plan', 'plot-sheets'] as const;
export type ReportKind = (typeof reportKinds)[number];

// NOTE: a plain union: plot sheets come in two shapes under one `kind`, which a discriminated union refuses.
export const reportTargetSchema = z.union([
  z.object({ kind: z.literal('farm-plan'), planId: idSchema }).strict(),
  z.object({ kind: z.literal('org-plan'), planId: idSchema }).strict(),
  /** Plot sheets / EUDR annex: one family's plots, or every plot of an organisation. */
  z.object({ kind: z.literal('plot-sheets'), producerId: idSchema }).strict(),
  z.object({ kind: z.literal('plot-sheets'), organisationId: idSchema }).strict(),
]);
export type ReportTarget = z.infer<typeof reportTargetSchema>;

/** The renderer's print route for a report, as a URL hash. */
export function reportRoute(target: ReportTarget, locale: (typeof locales)[number]): string {
  const lang = `?lang=${locale}`;
  switch (target.kind) {
    case 'farm-plan':
    case 'org-plan':
      return `#/imprimir/${target.kind}/${target.planId}${lang}`;
    case 'plot-sheets':
      return 'producerId' in target
        ? `#/imprimir/plot-sheets/producer/${target.producerId}${lang}`
        : `#/imprimir/plot-sheets/organisation/${target.organisationId}${lang}`;
    default: {
      const never: never = target;
      throw new Error(`Unknown report ${JSON.stringify(never)}`);
    }
  }
}

/**
 * What the print route tells the printer, as attributes of `#print-root` once
 * everything (data, fonts, charts, maps) is drawn: `data-print-ready="true"`,
 * or `data-print-error="…"`; `data-print-header` (organisation · report title)
 * and `data-print-footer` (left footer text) for the repeating header and
 * footer, which the printer draws with "Página X de Y".
 */
export const PRINT_ROOT_ID = 'print-root';

const reportInput = z.object({ target: reportTargetSchema, locale: z.enum(locales).default('es-PE') }).strict();

const reportOutput = { pages: z.number().int(), sizeBytes: z.number().int(), durationMs: z.number() };

export const reportProcedures = {
  'reports.write': procedure({
    kind: 'job',
    summary: 'Produce a PDF report (farm plan, organisation plan, plot sheets / EUDR annex) into a file.',
    input: reportInput.extend({ outputPath: z.string().min(1).max(4096) }).strict(),
    output: z.object({ path: z.string(), ...reportOutput }),
  }),
  'reports.download': procedure({
    kind: 'job',
    summary: 'The same PDF, returned as content (browser mode downloads it).',
    input: reportInput,
    output: z.object({ fileName: z.string(), dataBase64: z.string(), ...reportOutput }),
  }),
};
