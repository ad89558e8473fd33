import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotFeatureCollection } from '../../../../shared/api/plots.js';
import type { RiskRow, RiskSummary } from '../../../../shared/api/risk.js';
import type { ScenarioId } from '../../../../shared/domain/hazard.js';
import { useRiskLabels } from '../../risk/use-risk-labels.js';
import { PrintPlotMap } from '../print/PrintPlotMap.js';
import type { PrintMapPlot } from '../print/PrintPlotMap.js';
import { PrintSection } from '../print/PrintSection.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { mapHazardFor } from './map-hazard.js';

interface OrgRiskMapProps {
  readonly plots: PlotFeatureCollection;
  readonly riskRows: readonly RiskRow[];
  readonly summary: RiskSummary;
  readonly scenarioId: ScenarioId;
}

/** SVG units of the map (the kit draws 688 units across the page): most of an A4 page under its heading. */
const MAP_HEIGHT = 800;

/**
 * Every plot of the organisation coloured by its level of the hazard that
 * most plots have at Alto or Muy alto in the plan's scenario. With hundreds
 * of plots no label is written (numbers would point to no list); the map
 * shows where the risk lies, the charts after it give the counts.
 */
export function OrgRiskMap({ plots, riskRows, summary, scenarioId }: OrgRiskMapProps) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const format = usePrintFormat();
  const choice = useMemo(() => mapHazardFor(summary, scenarioId), [summary, scenarioId]);
  const mapPlots = useMemo((): PrintMapPlot[] => {
    const levels = new Map(riskRows.map((row) => [row.plotId, row.levels]));
    return plots.features.map((feature) => ({
      id: feature.id,
      name: feature.properties.name,
      geometry: feature.geometry,
      level: choice === null ? null : (levels.get(feature.id)?.[choice.hazard] ?? null),
      label: '',
    }));
  }, [plots, riskRows, choice]);
  const scenario = labels.scenario(scenarioId);

  return (
    <PrintSection
      title={t('reportsOrg.map.title')}
      intro={
        plots.features.length === 0
          ? t('reportsOrg.map.noPlots')
          : choice === null
            ? t('reportsOrg.map.notAnalysed')
            : t('reportsOrg.map.intro', {
                plots: format.number(plots.features.length),
                hazard: labels.hazard(choice.hazard).toLocaleLowerCase(format.locale),
                scenario,
                high: format.number(choice.highPlots),
                rated: format.number(choice.ratedPlots),
              })
      }
      pageBreak
      testId="org-report-map"
    >
      {plots.features.length > 0 && (
        <div className="org-report-map" data-hazard={choice?.hazard ?? ''}>
          <PrintPlotMap
            plots={mapPlots}
            title={
              choice === null
                ? t('reportsOrg.map.title')
                : t('reportsOrg.map.caption', { hazard: labels.hazard(choice.hazard), scenario })
            }
            height={MAP_HEIGHT}
          />
        </div>
      )}
    </PrintSection>
  );
}
