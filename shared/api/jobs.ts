import { z } from 'zod';
import { procedure } from './procedure.js';

export const jobProcedures = {
  'jobs.cancel': procedure({
    kind: 'mutation',
    summary: 'Cancel a running job by the callId its caller gave it.',
    input: z.object({ callId: z.string().min(1).max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  }),
} as const;
