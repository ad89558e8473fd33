import { z } from 'zod';
import { climateModelParamsSchema, defaultClimateModelParams } from '../climate/model-params.js';
import { defaultIncomeSettings, incomeSettingsSchema } from '../plans/income-settings.js';

export const locales = ['es-PE', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * Settings the user can change. Each key has a default here; the store keeps
 * only what the user changed. Later issues add domain defaults (prices, lapse
 * rate, scenarios) with their sources.
 */
export const settingsSchema = z.object({
  locale: z.enum(locales),
  /** Number of rotating start-up backups to keep. */
  backupsToKeep: z.number().int().min(1).max(60),
  /** Hours between automatic backups while the app runs (only when the data changed since the last one). */
  backupIntervalHours: z.number().int().min(1).max(24),
  /** The organisation the user works for: lists and the map show its data. Null shows everything. */
  activeOrganisationId: z.uuid().nullable(),
  /** The built-in climate model's parameters (lapse rate, stations, scenario Δ, thresholds); defaults and sources in shared/climate/climate-model.json. */
  climateModel: climateModelParamsSchema,
  /** Living-income benchmark, poverty line, coffee price, costs, jornal and credit for family plans; defaults and sources in shared/plans/income-defaults.json. */
  income: incomeSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  locale: 'es-PE',
  backupsToKeep: 7,
  backupIntervalHours: 4,
  activeOrganisationId: null,
  climateModel: defaultClimateModelParams,
  income: defaultIncomeSettings,
};

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
