import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { core } from 'zod';
import { scenarioIdSchema } from '../../../shared/domain/hazard.js';
import { issueCodes } from '../../components/validation-issues.js';
import type { IssueCode } from '../../components/validation-issues.js';
import { thresholdRows } from '../risk/threshold-rows.js';

const stationLabels = {
  name: 'name',
  lon: 'lon',
  lat: 'lat',
  altitudeM: 'altitude',
  meanTempC: 'meanTemp',
  rainfallMm: 'rainfall',
  source: 'source',
} as const;
const isStationField = (key: string | undefined): key is keyof typeof stationLabels =>
  key !== undefined && key in stationLabels;
const isIssueCode = (code: string): code is IssueCode => (issueCodes as readonly string[]).includes(code);

/** "Estación 2 · Latitud: es demasiado largo o grande" for a schema issue of the climate model form. */
export function useIssueLabel() {
  const { t } = useTranslation();
  return useCallback(
    (issue: core.$ZodIssue): string => {
      const path = issue.path.map(String);
      const [first, second, third] = path;
      const dotted = path.join('.');
      const row = thresholdRows.find((candidate) => dotted.startsWith(candidate.path));
      const scenario = scenarioIdSchema.safeParse(second);
      let field = t('validation.general');
      if (first === 'lapseRateCPerKm') field = t('climateSettings.lapseRate.label');
      else if (first === 'scenarios' && scenario.success) field = `${t(`risk.scenarios.${scenario.data}`)} Δ`;
      else if (first === 'stations' && second !== undefined) {
        field = t('climateSettings.stations.rowLabel', { number: Number(second) + 1 });
        if (isStationField(third)) field += ` · ${t(`climateSettings.stations.${stationLabels[third]}`)}`;
      } else if (row) field = `${t(`risk.hazards.${row.hazard}`)} — ${t(`methodology.quantities.${row.quantity}`)}`;
      // A refine on a row of cutoffs fails only when they are out of order.
      const message =
        row && issue.code === 'custom'
          ? t('climateSettings.thresholds.order')
          : isIssueCode(issue.code)
            ? t(`validation.${issue.code}`)
            : issue.message;
      return `${field}: ${message}`;
    },
    [t],
  );
}
