import { useApiQuery } from '../../../api/use-api-query.js';
import { loadSystemInfo } from '../../../shell/system-info.js';

/**
 * Which database is open ('main' or 'demo'), from `system.info`; 'main' until
 * it is known. It is reread after every write, so it follows a swap made
 * anywhere (the Taller panel, the banner, another window of browser mode).
 */
export function useWorkspaceKind(): 'main' | 'demo' {
  const info = useApiQuery(loadSystemInfo);
  return info.status === 'ready' ? info.data.workspace : 'main';
}
