import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { RecoveryStatus } from '../../../shared/api/recovery.js';
import { useApi } from '../../api/api-context.js';
import { RecoveryScreen } from './RecoveryScreen.js';

type Damaged = Extract<RecoveryStatus, { state: 'damaged' }>;

/**
 * Asks once, before anything else loads, whether the core is holding a
 * damaged database (`recovery.status`): then the recovery screen is all
 * there is; otherwise the app. A core that cannot answer (an older one,
 * unreachable) gets the app, whose own screens show the error.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<'loading' | 'ok' | Damaged>('loading');
  useEffect(() => {
    let current = true;
    api.recovery.status({}).then(
      (status) => current && setState(status.state === 'damaged' ? status : 'ok'),
      () => current && setState('ok'),
    );
    return () => {
      current = false;
    };
  }, [api]);
  if (state === 'loading') return null;
  if (state === 'ok') return children;
  return <RecoveryScreen status={state} />;
}
