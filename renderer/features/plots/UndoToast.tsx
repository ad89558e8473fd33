import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface Toast {
  readonly message: string;
  /** "Deshacer": present after a deletion. */
  readonly undo?: () => void;
}

/** Long enough to read and reach "Deshacer" by keyboard; the plot is only tombstoned anyway. */
const TOAST_MS = 12_000;

/** A short message at the bottom of the map, with an optional undo. */
export function UndoToast({ toast, onDismiss }: { toast: Toast | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(onDismiss, TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className="map-toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="map-toast" data-testid="toast">
          <span data-testid="toast-message">{toast.message}</span>
          {toast.undo && (
            <button type="button" className="link-button" data-testid="toast-undo" onClick={toast.undo}>
              {t('plots.toast.undo')}
            </button>
          )}
          <button type="button" className="toast-close" aria-label={t('plots.toast.dismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
