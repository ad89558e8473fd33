import './print.css';
import { Suspense, useCallback, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRINT_ROOT_ID } from '../../../../shared/api/reports.js';
import { ErrorBoundary } from '../../../components/ErrorBoundary.js';
import { defaultLocale } from '../../../i18n/i18n.js';
import { PrintPatternDefs } from './print-patterns.js';
import { PrintReadyProvider, PrintReportError, usePrintErrorText, usePrintPiece } from './print-ready.js';
import type { PrintPieceState } from './print-ready.js';
import { PrintReadyStore } from './print-ready-store.js';
import { printReports } from './print-reports.js';
import type { PrintReportProps } from './print-reports.js';
import { parsePrintRoute, printLocale } from './print-route.js';
import type { PrintRoute } from './print-route.js';
import { PrintTextsContext } from './print-texts.js';
import type { PrintTexts } from './print-texts.js';

/** How long everything must stay done before the route says ready (a finished piece often mounts the next). */
const SETTLE_MS = 150;

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The fonts the print uses (print.css), loaded explicitly: `document.fonts.ready` alone resolves before any text asks for them. */
async function loadPrintFonts(): Promise<void> {
  const sample = 'Página áéíóúñ ÁÉÍÓÚÑ — · S/ 1,234';
  await Promise.all([
    document.fonts.load(`400 12px "Noto Sans"`, sample),
    document.fonts.load(`700 12px "Noto Sans"`, sample),
  ]);
  await document.fonts.ready;
}

function FontsPiece() {
  const [state, setState] = useState<PrintPieceState>('pending');
  useEffect(() => {
    let current = true;
    loadPrintFonts().then(
      () => current && setState('done'),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, []);
  usePrintPiece('fonts', state);
  return null;
}

/** Tells its parent when its children first committed (their layout effects, which register their pieces, run first). */
function Mounted({ onMount, children }: { onMount: () => void; children: ReactNode }) {
  useLayoutEffect(onMount, [onMount]);
  return children;
}

function LanguagePiece({ ready }: { ready: boolean }) {
  usePrintPiece('language', ready ? 'done' : 'pending');
  return null;
}

/** A piece that is never done: the print fails with this error (unknown route, a report that threw). */
function FailedPiece({ name, error }: { name: string; error: unknown }) {
  usePrintPiece(name, { error });
  return null;
}

function ReportView({ route }: { route: PrintRoute | null }) {
  const { t } = useTranslation();
  // Registered outside the Suspense boundary: pending while the report's chunk loads, done once it has rendered.
  const [mounted, setMounted] = useState(false);
  const onMount = useCallback(() => setMounted(true), []);
  usePrintPiece('report', mounted || route === null ? 'done' : 'pending');
  if (route === null) return <FailedPiece name="route" error={new PrintReportError(t('printKit.errors.badRoute'))} />;
  // NOTE: each entry's props are its own kind's route; the map is typed per kind, the lookup loses that.
  const Report = printReports[route.kind] as ComponentType<PrintReportProps> | undefined;
  if (!Report)
    return (
      <FailedPiece name="route" error={new PrintReportError(t('printKit.errors.noReport', { kind: route.kind }))} />
    );
  return (
    <ErrorBoundary fallback={(error) => <FailedPiece name={route.kind} error={error} />}>
      <Suspense fallback={<p className="print-loading">{t('app.loading')}</p>}>
        <Mounted onMount={onMount}>
          <Report route={route} />
        </Mounted>
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * The print routes (`#/imprimir/<kind>/<id>?lang=…`), rendered instead of
 * the app shell: one report on white, A4 width, no navigation. The printer
 * (electron/core/reports/) waits for `#print-root[data-print-ready="true"]`
 * or `[data-print-error]`, then prints with the header and footer texts of
 * `data-print-header` and `data-print-footer`.
 */
export function PrintApp() {
  const { t, i18n } = useTranslation();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const route = parsePrintRoute(hash);
  const locale = printLocale(hash) ?? defaultLocale;
  const [store] = useState(() => new PrintReadyStore());
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [texts, setTexts] = useState<PrintTexts>({ header: '', footer: '' });
  const [readyVersion, setReadyVersion] = useState<number | null>(null);
  const errorText = usePrintErrorText();

  // The report's language is the one asked for, whatever the app's saved setting.
  useLayoutEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [i18n, locale]);

  useLayoutEffect(() => {
    document.documentElement.classList.add('print-mode');
    return () => document.documentElement.classList.remove('print-mode');
  }, []);

  useEffect(() => {
    if (texts.header !== '') document.title = texts.header;
  }, [texts.header]);

  // Ready when everything is done and stays so for SETTLE_MS (a timer, not animation frames: Electron's hidden
  // printing window may not run them), with the fonts ready again just before.
  const allDone = snapshot.error === null && snapshot.total > 0 && snapshot.pending.length === 0;
  useEffect(() => {
    if (!allDone) return;
    const version = snapshot.version;
    let current = true;
    const timer = window.setTimeout(() => {
      document.fonts.ready.then(
        () => current && store.getSnapshot().version === version && setReadyVersion(version),
        (error: unknown) => store.fail(errorText('fonts', error)),
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [allDone, snapshot.version, store, errorText]);

  const ready = allDone && readyVersion === snapshot.version;
  const languageReady = i18n.language === locale;

  return (
    <PrintReadyProvider store={store}>
      <PrintTextsContext value={setTexts}>
        <div
          id={PRINT_ROOT_ID}
          className="print-root"
          lang={locale}
          data-print-ready={ready ? 'true' : 'false'}
          data-print-error={snapshot.error ?? undefined}
          data-print-pending={snapshot.pending.join(' ') || undefined}
          data-print-header={texts.header}
          data-print-footer={texts.footer}
        >
          <PrintPatternDefs />
          <FontsPiece />
          <LanguagePiece ready={languageReady} />
          {languageReady ? <ReportView route={route} /> : <p className="print-loading">{t('app.loading')}</p>}
          {snapshot.error !== null && (
            <p className="print-error" role="alert">
              {snapshot.error}
            </p>
          )}
        </div>
      </PrintTextsContext>
    </PrintReadyProvider>
  );
}
