import type { Locale } from '../../../shared/domain/settings.js';

/**
 * Prints a renderer print route (`#/imprimir/…`) to a PDF. Browser mode and
 * the CLI print with the system Chromium (chromium-printer.ts); the desktop
 * app with Electron's `printToPDF` (electron/shell/electron-printer.ts). The
 * core only sees this interface.
 */
export interface PdfPrinter {
  print(route: string, options: { locale: Locale; signal?: AbortSignal }): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Where the core finds the printer: set by whoever serves the renderer (it needs the renderer's URL). */
export interface ReportsHost {
  printer: PdfPrinter | null;
}

/** A4 portrait; the margins hold the repeating header and footer. */
export const PAGE_MARGINS_MM = { top: 18, bottom: 18, left: 14, right: 14 } as const;

/** How long a print route may take to draw (500 families: a few seconds; a slow laptop: more). */
export const PRINT_READY_TIMEOUT_MS = 180_000;
