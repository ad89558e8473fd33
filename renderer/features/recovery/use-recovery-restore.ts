import { useState } from 'react';
import type { RecoveryResult } from '../../../shared/api/recovery.js';
import { useApi } from '../../api/api-context.js';

export type RecoveryFlow =
  | { readonly phase: 'idle' }
  | { readonly phase: 'restoring'; readonly fileName: string }
  | { readonly phase: 'restored'; readonly result: RecoveryResult }
  | { readonly phase: 'failed'; readonly fileName: string; readonly error: unknown }
  | { readonly phase: 'quitting' };

/** How long the "restored" notice stays before the page loads the restored data. */
const RELOAD_AFTER_MS = 2500;

/**
 * "Restaurar esta copia" and "Salir". After a restore the page loads again
 * from scratch: the app was never started on this page, so nothing in it
 * belongs to the restored data yet.
 */
export function useRecoveryRestore() {
  const api = useApi();
  const [flow, setFlow] = useState<RecoveryFlow>({ phase: 'idle' });

  async function restore(backupFileName: string): Promise<void> {
    setFlow({ phase: 'restoring', fileName: backupFileName });
    try {
      const result = await api.recovery.restore({ source: { backupFileName }, confirm: true });
      setFlow({ phase: 'restored', result });
      window.setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
    } catch (error) {
      setFlow({ phase: 'failed', fileName: backupFileName, error });
    }
  }

  async function quit(): Promise<void> {
    setFlow({ phase: 'quitting' });
    try {
      await api.recovery.quit({});
    } catch {
      // The server may be gone before it answers: that is the point.
    }
  }

  return {
    flow,
    busy: flow.phase === 'restoring' || flow.phase === 'restored' || flow.phase === 'quitting',
    restore: (backupFileName: string) => void restore(backupFileName),
    quit: () => void quit(),
  };
}
