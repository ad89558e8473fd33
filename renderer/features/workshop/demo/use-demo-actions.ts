import { useState } from 'react';
import { useApiContext } from '../../../api/api-context.js';
import { useJob } from '../../../api/use-job.js';
import { setLastDemoSwitch } from './demo-last-switch.js';

/**
 * Load and reset run as jobs (progress while the demo is generated); leave is
 * one call. After each, every query reloads, and the app shell, keyed on the
 * open workspace (App.tsx), mounts again: the active organisation, lists and
 * the map all start from the newly opened database, none from the old one.
 */
export function useDemoActions() {
  const { api, invalidate } = useApiContext();
  const load = useJob(
    (_input: void, options) => api.demo.load({}, options),
    (value) => {
      setLastDemoSwitch({ kind: 'load', value });
      invalidate();
    },
  );
  const reset = useJob(
    (_input: void, options) => api.demo.reset({}, options),
    (value) => {
      setLastDemoSwitch({ kind: 'reset', value });
      invalidate();
    },
  );
  const [leaving, setLeaving] = useState(false);
  const [leaveError, setLeaveError] = useState<unknown>(null);

  async function leave(): Promise<void> {
    setLeaving(true);
    setLeaveError(null);
    try {
      await api.demo.leave({});
      setLastDemoSwitch({ kind: 'leave', value: null });
      invalidate();
    } catch (error) {
      setLeaveError(error);
    } finally {
      setLeaving(false);
    }
  }

  const running = load.state.phase === 'running' || reset.state.phase === 'running' || leaving;
  return { load, reset, leave, leaving, leaveError, running };
}
