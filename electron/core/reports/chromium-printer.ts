import type { Browser } from 'playwright-core';
import { ApiError } from '../../../shared/api/errors.js';
import { PRINT_ROOT_ID } from '../../../shared/api/reports.js';
import { headerFooterTemplates } from './header-footer.js';
import { PAGE_MARGINS_MM, PRINT_READY_TIMEOUT_MS } from './pdf-printer.js';
import type { PdfPrinter } from './pdf-printer.js';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (no browser is downloaded: the machines are offline). */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Prints with the system Chromium through playwright-core (browser mode and
 * the CLI). One headless browser is started on the first report and kept for
 * the next ones; each report gets a fresh page on the renderer's own
 * 127.0.0.1 URL. Chromium's sandbox needs user namespaces, which containers
 * and root sessions lack: it is turned off only when running as root.
 */
export function createChromiumPrinter(baseUrl: string): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = async (): Promise<Browser> => {
    const { chromium } = await import('playwright-core');
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    try {
      return await chromium.launch({
        executablePath: chromiumPath(),
        args: ['--disable-dev-shm-usage', '--disable-background-networking', ...(asRoot ? ['--no-sandbox'] : [])],
      });
    } catch (error) {
      browser = null;
      throw new ApiError('INTERNAL', `Chromium could not start (${chromiumPath()}): ${(error as Error).message}`, {
        reason: 'PRINTER_UNAVAILABLE',
      });
    }
  };
  return {
    async print(route, { locale, signal }) {
      browser ??= launch();
      const context = await (await browser).newContext({ viewport: { width: 1240, height: 1754 } });
      const abort = () => void context.close();
      signal?.addEventListener('abort', abort);
      try {
        const page = await context.newPage();
        // Offline by design: anything not from the app's own server is refused.
        await page.route(
          (url) => !url.href.startsWith(baseUrl),
          (r) => r.abort(),
        );
        await page.goto(new URL(route, baseUrl).href);
        const root = page.locator(`#${PRINT_ROOT_ID}[data-print-ready="true"], #${PRINT_ROOT_ID}[data-print-error]`);
        await root
          .first()
          .waitFor({ state: 'attached', timeout: PRINT_READY_TIMEOUT_MS })
          .catch(async (error: unknown) => {
            // Say what the route was still waiting for: a query, a chart, a map, the fonts.
            const pending = await page
              .locator(`#${PRINT_ROOT_ID}`)
              .getAttribute('data-print-pending')
              .catch(() => null);
            throw new ApiError('INTERNAL', `The report did not finish drawing (waiting for: ${pending ?? '?'}).`, {
              reason: 'REPORT_TIMEOUT',
              pending,
              detail: (error as Error).message,
            });
          });
        const printRoot = page.locator(`#${PRINT_ROOT_ID}`);
        const attrs = {
          error: await printRoot.getAttribute('data-print-error'),
          header: (await printRoot.getAttribute('data-print-header')) ?? '',
          footer: (await printRoot.getAttribute('data-print-footer')) ?? '',
        };
        if (attrs.error) throw new ApiError('NOT_FOUND', attrs.error, { reason: 'REPORT_FAILED' });
        const mm = (n: number) => `${n}mm`;
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          ...headerFooterTemplates(attrs.header, attrs.footer, locale),
          margin: {
            top: mm(PAGE_MARGINS_MM.top),
            bottom: mm(PAGE_MARGINS_MM.bottom),
            left: mm(PAGE_MARGINS_MM.left),
            right: mm(PAGE_MARGINS_MM.right),
          },
        });
      } catch (error) {
        if (signal?.aborted) throw new ApiError('CANCELLED', 'The operation was cancelled.');
        throw error;
      } finally {
        signal?.removeEventListener('abort', abort);
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
