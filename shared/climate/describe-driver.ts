import type { RiskDriver } from '../domain/hazard.js';

/** Any translate function: i18next's `t` (renderer, CLI and PDF reports all use one). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * Params holding a code get its translated name beside them, so catalogue
 * sentences can say "2050 moderado" or "Alto": `scenarioId` → `scenario`,
 * `level` → `levelName`…
 */
const namedCodes: Record<string, { name: string; group: string }> = {
  scenarioId: { name: 'scenario', group: 'risk.scenarios' },
  level: { name: 'levelName', group: 'risk.levels' },
  hazard: { name: 'hazardName', group: 'risk.hazards' },
  altitudeSource: { name: 'altitudeSourceName', group: 'risk.altitudeSources' },
  susceptibility: { name: 'susceptibilityName', group: 'risk.susceptibility' },
  wetness: { name: 'wetnessName', group: 'risk.wetness' },
  reason: { name: 'reasonText', group: 'risk.noData' },
};

/**
 * The one sentence for a driver (`risk.drivers.<code>` with its params), used
 * by the screens, the CLI and the PDF reports. Numbers are formatted by the
 * catalogue (`{{tempC, number(maximumFractionDigits: 1)}}`), so `t` must be an
 * i18next `t` bound to the reader's language.
 */
export function describeDriver(t: Translate, driver: RiskDriver): string {
  const params: Record<string, unknown> = { ...driver.params };
  for (const [key, value] of Object.entries(driver.params)) {
    const named = namedCodes[key];
    if (named && typeof value === 'string') params[named.name] = t(`${named.group}.${value}`);
  }
  return t(`risk.drivers.${driver.code}`, params);
}
