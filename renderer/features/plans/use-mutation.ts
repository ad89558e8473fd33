import { useCallback, useState } from 'react';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import { useApiContext } from '../../api/api-context.js';

/**
 * One write at a time from a control: `run(api => api.plans.addAction(…))`
 * marks it pending, keeps its error for an <ErrorNotice>, and on success
 * reloads every query on screen (plan, figures, proposals) and returns the answer.
 */
export function useMutation() {
  const { api, invalidate } = useApiContext();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async <T>(call: (client: CafetalApi) => Promise<T>): Promise<T | undefined> => {
      setPending(true);
      setError(null);
      try {
        const result = await call(api);
        invalidate();
        return result;
      } catch (caught) {
        setError(caught);
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [api, invalidate],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
