import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskRow } from '../../../shared/api/risk.js';
import type { ScenarioId } from '../../../shared/domain/hazard.js';
import { downloadBlob } from '../export/download-file.js';
import { riskResultsCsv } from './risk-csv.js';
import type { RiskCsvLabels } from './risk-csv.js';
import { useRiskLabels } from './use-risk-labels.js';

/** "Cooperativa Agraria Frontera San Ignacio" → "cooperativa-agraria-frontera-san-ignacio" for a file name. */
function fileSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'organizacion' : slug;
}

/** The CSV's headers and values in the user's language (Spanish headers in Spanish). */
export function useRiskCsvLabels(): RiskCsvLabels & { filePrefix: string } {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  return useMemo(
    () => ({
      headers: {
        plot: t('riskDashboard.csv.plot'),
        producer: t('riskDashboard.csv.producer'),
        areaHa: t('riskDashboard.csv.areaHa'),
        altitudeM: t('riskDashboard.csv.altitudeM'),
        altitudeSource: t('riskDashboard.csv.altitudeSource'),
        variety: t('riskDashboard.csv.variety'),
        scenario: t('riskDashboard.csv.scenario'),
        temperatureC: t('riskDashboard.csv.temperatureC'),
        stale: t('riskDashboard.csv.stale'),
        plotId: t('riskDashboard.csv.plotId'),
      },
      hazard: labels.hazard,
      level: labels.level,
      altitudeSource: (source) => (source === null ? '' : labels.altitudeSource(source)),
      scenario: labels.scenario,
      yes: t('riskDashboard.csv.yes'),
      no: t('riskDashboard.csv.no'),
      filePrefix: t('riskDashboard.csv.filePrefix'),
    }),
    [t, labels],
  );
}

/** Saves the rows as the table shows them (filtered and sorted); returns the file name. */
export function downloadRiskCsv(
  rows: readonly RiskRow[],
  labels: RiskCsvLabels & { filePrefix: string },
  options: { locale: string; organisationName: string; scenarioId: ScenarioId },
): string {
  const csv = riskResultsCsv(rows, labels, options.locale);
  const date = new Date().toISOString().slice(0, 10);
  const fileName = `${labels.filePrefix}-${fileSlug(options.organisationName)}-${options.scenarioId}-${date}.csv`;
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
  return fileName;
}
