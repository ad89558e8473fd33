import { BrowserWindow } from 'electron';
import { ApiError } from '../../shared/api/errors.js';
import { PRINT_ROOT_ID } from '../../shared/api/reports.js';
import { headerFooterTemplates } from '../core/reports/header-footer.js';
import type { PdfPrinter } from '../core/reports/pdf-printer.js';
import { PAGE_MARGINS_MM, PRINT_READY_TIMEOUT_MS } from '../core/reports/pdf-printer.js';
import { APP_START_URL } from './app-origin.js';
import { lockDownNavigation, secureWebPreferences } from './window.js';

const MM_PER_INCH = 25.4;

/** Reads the print root's state; a fixed string (no input goes into it), run in the hidden window. */
const READ_PRINT_ROOT = `(() => {
  const el = document.getElementById(${JSON.stringify(PRINT_ROOT_ID)});
  return el ? { ready: el.dataset.printReady === 'true', error: el.dataset.printError ?? null,
    header: el.dataset.printHeader ?? '', footer: el.dataset.printFooter ?? '' } : null;
})()`;

interface PrintRootState {
  ready: boolean;
  error: string | null;
  header: string;
  footer: string;
}

/**
 * The desktop app's printer: a hidden window, as secure as the main one
 * (same preload, sandbox, CSP and navigation lock), loads the print route
 * from `app://` and `webContents.printToPDF` writes A4 portrait with the same
 * header and footer as the Chromium printer.
 */
export function createElectronPrinter(preloadPath: string): PdfPrinter {
  return {
    async print(route, { locale, signal }) {
      const win = new BrowserWindow({
        show: false,
        width: 1240,
        height: 1754,
        webPreferences: secureWebPreferences(preloadPath),
      });
      lockDownNavigation(win.webContents);
      const abort = () => win.destroy();
      signal?.addEventListener('abort', abort);
      try {
        await win.loadURL(`${APP_START_URL}${route}`);
        const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
        let state: PrintRootState | null = null;
        while (Date.now() < deadline) {
          state = (await win.webContents.executeJavaScript(READ_PRINT_ROOT)) as PrintRootState | null;
          if (state?.ready || state?.error) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        if (!state?.ready) {
          throw new ApiError('NOT_FOUND', state?.error ?? 'The report did not finish drawing.', {
            reason: 'REPORT_FAILED',
          });
        }
        const inches = (mm: number) => mm / MM_PER_INCH;
        const pdf = await win.webContents.printToPDF({
          pageSize: 'A4',
          landscape: false,
          printBackground: true,
          displayHeaderFooter: true,
          ...headerFooterTemplates(state.header, state.footer, locale),
          margins: {
            top: inches(PAGE_MARGINS_MM.top),
            bottom: inches(PAGE_MARGINS_MM.bottom),
            left: inches(PAGE_MARGINS_MM.left),
            right: inches(PAGE_MARGINS_MM.right),
          },
        });
        return new Uint8Array(pdf);
      } catch (error) {
        if (signal?.aborted) throw new ApiError('CANCELLED', 'The operation was cancelled.');
        throw error;
      } finally {
        signal?.removeEventListener('abort', abort);
        if (!win.isDestroyed()) win.destroy();
      }
    },
    close: () => Promise.resolve(),
  };
}
