import { createContext, useContext, useLayoutEffect } from 'react';

/** The repeating header and footer texts, which the printer draws in the page margins (with "Página X de Y"). */
export interface PrintTexts {
  readonly header: string;
  readonly footer: string;
}

export const PrintTextsContext = createContext<((texts: PrintTexts) => void) | null>(null);

/**
 * A report names its header ("<organisation> · Plan de finca — <producer>")
 * and footer ("Cafetal · <date> · v<version>"); PrintApp puts them on
 * `#print-root` as `data-print-header` and `data-print-footer`.
 */
export function usePrintTexts(header: string, footer: string): void {
  const setTexts = useContext(PrintTextsContext);
  useLayoutEffect(() => {
    setTexts?.({ header, footer });
  }, [setTexts, header, footer]);
}
