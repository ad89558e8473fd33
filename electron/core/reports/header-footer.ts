import type { Locale } from '../../../shared/domain/settings.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const pageWords: Record<Locale, { page: string; of: string }> = {
  'es-PE': { page: 'Página', of: 'de' },
  en: { page: 'Page', of: 'of' },
};

/**
 * Chromium's header and footer templates (page.pdf and Electron's printToPDF
 * take the same ones): the report's header text on top; its footer text and
 * "Página X de Y" below. Chromium fills `.pageNumber` and `.totalPages`. The
 * texts come from the print route and are escaped: a producer named
 * `<script>` prints as text.
 */
export function headerFooterTemplates(
  header: string,
  footer: string,
  locale: Locale,
): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #333; width: 100%;';
  const words = pageWords[locale];
  return {
    headerTemplate: `<div style='${style} padding: 0 14mm; display: flex; justify-content: space-between; border-bottom: 0.5pt solid #999;'><span>${escapeHtml(header)}</span></div>`,
    footerTemplate: `<div style='${style} padding: 0 14mm; display: flex; justify-content: space-between;'><span>${escapeHtml(footer)}</span><span>${words.page} <span class="pageNumber"></span> ${words.of} <span class="totalPages"></span></span></div>`,
  };
}

/** The number of pages of a PDF (its page objects), for the job's result and the tests. */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
