import type { InputOf, OutputOf } from '../../../shared/api/contract.js';
import { useApiContext } from '../../api/api-context.js';
import { useJob } from '../../api/use-job.js';
import type { JobState } from '../../api/use-job.js';

export type AnalyseRequest = InputOf<'risk.analyse'>;
export type AnalyseResult = OutputOf<'risk.analyse'>;
export type AnalysisJobState = JobState<AnalyseResult>;

/**
 * Runs `risk.analyse` as a job (progress, cancel). When it ends every query
 * reloads, so the status, the dashboard, the table and the map's colours
 * show the new results. A cancelled run keeps what it had finished: reload then too.
 */
export function useRiskAnalysis() {
  const { api, invalidate } = useApiContext();
  const job = useJob(async (request: AnalyseRequest, options) => {
    try {
      return await api.risk.analyse(request, options);
    } finally {
      invalidate();
    }
  });
  return { state: job.state, start: job.start, cancel: job.cancel, reset: job.reset };
}
