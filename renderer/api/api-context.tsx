import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { CafetalApi } from '../../shared/api/client-types.js';

interface ApiContextValue {
  readonly api: CafetalApi;
  /** Bumped after every successful write, so every query on screen reloads. */
  readonly dataVersion: number;
  readonly invalidate: () => void;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ api, children }: { api: CafetalApi; children: ReactNode }) {
  const [dataVersion, setDataVersion] = useState(0);
  const invalidate = useCallback(() => setDataVersion((version) => version + 1), []);
  const value = useMemo(() => ({ api, dataVersion, invalidate }), [api, dataVersion, invalidate]);
  return <ApiContext value={value}>{children}</ApiContext>;
}

export function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApiContext() needs an <ApiProvider> above it.');
  return value;
}

export const useApi = (): CafetalApi => useApiContext().api;
