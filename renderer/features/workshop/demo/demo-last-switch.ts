import { useSyncExternalStore } from 'react';
import type { DemoSwitch } from '../../../../shared/api/demo.js';

export interface LastDemoSwitch {
  readonly kind: 'load' | 'reset' | 'leave';
  readonly value: DemoSwitch | null;
}

/**
 * How the last load, reset or leave ended, kept outside React: a swap
 * remounts the whole shell (see use-demo-actions.ts), and the panel's own
 * state would be gone before it could say "opened in 1.2 s".
 */
let last: LastDemoSwitch | null = null;
const listeners = new Set<() => void>();

export function setLastDemoSwitch(next: LastDemoSwitch | null): void {
  last = next;
  for (const listener of listeners) listener();
}

export function useLastDemoSwitch(): LastDemoSwitch | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => last,
  );
}
