import { createContext, useCallback, useContext, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors.js';
import type { QueryState } from '../../../api/use-api-query.js';
import type { PrintReadyStore } from './print-ready-store.js';

const PrintReadyContext = createContext<PrintReadyStore | null>(null);

export function PrintReadyProvider({ store, children }: { store: PrintReadyStore; children: ReactNode }) {
  return <PrintReadyContext value={store}>{children}</PrintReadyContext>;
}

function useStore(): PrintReadyStore {
  const store = useContext(PrintReadyContext);
  if (!store) throw new Error('Print pieces need a <PrintReadyProvider> (PrintApp) above them.');
  return store;
}

/** A piece's state: still drawing, drawn, or failed (the print stops with that error). */
export type PrintPieceState = 'pending' | 'done' | { readonly error: unknown };

/** An error whose message is already written for the reader (translated): printed as it is. */
export class PrintReportError extends Error {}

/** "No se encontró el registro. (plans.get: …)": the translated code, then the technical message. */
export function usePrintErrorText(): (name: string, error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (name: string, error: unknown) => {
      if (error instanceof PrintReportError) return error.message;
      const summary = error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.INTERNAL');
      const technical = error instanceof Error ? error.message : String(error);
      return `${summary} (${name}: ${technical})`;
    },
    [t],
  );
}

/**
 * Declares one piece of the print (a query, a chart, a map) and its state.
 * Registered in a layout effect, which React runs child-first and before the
 * parents' effects: a chart that mounts when its data arrives is pending
 * before the data's piece is marked done, so the print never flips ready
 * between the two.
 */
export function usePrintPiece(name: string, state: PrintPieceState): void {
  const store = useStore();
  const errorText = usePrintErrorText();
  const key = `${name}#${useId()}`;
  useLayoutEffect(() => {
    store.begin(key, name);
    return () => store.remove(key);
  }, [store, key, name]);
  useLayoutEffect(() => {
    if (typeof state === 'object') store.fail(errorText(name, state.error));
    else store.set(key, state === 'done');
  }, [store, key, name, state, errorText]);
}

/** A data query as a print piece; returns the query unchanged, for `const plan = usePrintQuery('plan', usePlan(id))`. */
export function usePrintQuery<T>(name: string, query: QueryState<T>): QueryState<T> {
  const state: PrintPieceState =
    query.status === 'ready' ? 'done' : query.status === 'error' ? { error: query.error } : 'pending';
  usePrintPiece(name, state);
  return query;
}

export interface PrintPieceHandle {
  done(): void;
  fail(error: unknown): void;
}

/**
 * The imperative form, for what finishes in a callback (an image's onLoad, a
 * canvas chart's first draw): `const piece = usePrintReady().begin('logo')`
 * is better written as `usePrintPiece`; use this when the piece's lifetime is
 * not a component's. Pieces begun here are removed when the component unmounts.
 */
export function usePrintReady(): { begin(name: string): PrintPieceHandle } {
  const store = useStore();
  const errorText = usePrintErrorText();
  const prefix = useId();
  const counter = useRef(0);
  const owned = useRef(new Set<string>());
  useLayoutEffect(() => {
    const keys = owned.current;
    return () => {
      for (const key of keys) store.remove(key);
      keys.clear();
    };
  }, [store]);
  return useMemo(
    () => ({
      begin(name: string): PrintPieceHandle {
        counter.current += 1;
        const key = `${name}#${prefix}-${counter.current}`;
        owned.current.add(key);
        store.begin(key, name);
        return { done: () => store.set(key, true), fail: (error) => store.fail(errorText(name, error)) };
      },
    }),
    [store, errorText, prefix],
  );
}
