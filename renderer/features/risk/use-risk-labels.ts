import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeDriver } from '../../../shared/climate/describe-driver.js';
import type { Translate } from '../../../shared/climate/describe-driver.js';
import type { HazardLevel, ModelHazard, RiskDriver, ScenarioId } from '../../../shared/domain/hazard.js';

/**
 * Hazard, level and scenario names in the user's language. The names live in
 * the shared `risk.*` catalogue (also used by the CLI and the reports), so
 * the dashboard says "Roya" and "Muy alto" exactly as the card and the PDF do.
 */
export function useRiskLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      hazard: (hazard: ModelHazard): string => t(`risk.hazards.${hazard}`),
      level: (level: HazardLevel | null): string =>
        level === null ? t('risk.levels.none') : t(`risk.levels.${level}`),
      scenario: (scenarioId: ScenarioId): string => t(`risk.scenarios.${scenarioId}`),
      /** Column headers where four scenarios share a narrow card: "Base", "2030", "2050 mod.", "2050 alto". */
      scenarioShort: (scenarioId: ScenarioId): string => t(`riskDashboard.scenarioShort.${scenarioId}`),
      altitudeSource: (source: 'typed' | 'gps' | 'dem' | null): string =>
        source === null ? t('riskDashboard.altitudeSource.none') : t(`riskDashboard.altitudeSource.${source}`),
      /** A reason behind a level as one sentence (shared/climate/describe-driver.ts). */
      // NOTE: describeDriver builds keys at run time, which the typed `t` does not accept; it is the same function.
      driver: (driver: RiskDriver): string => describeDriver(t as unknown as Translate, driver),
    }),
    [t],
  );
}
export type RiskLabels = ReturnType<typeof useRiskLabels>;
