import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../domain/settings.js';
import { procedure } from './procedure.js';

export const settingsProcedures = {
  'settings.get': procedure({
    kind: 'query',
    summary: 'All settings, defaults filled in.',
    input: z.object({}).strict(),
    output: settingsSchema,
  }),
  'settings.update': procedure({
    kind: 'mutation',
    summary: 'Change some settings; returns all of them.',
    input: settingsPatchSchema,
    output: settingsSchema,
  }),
} as const;
