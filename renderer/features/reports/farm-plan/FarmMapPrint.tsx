import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRiskLabels } from '../../risk/use-risk-labels.js';
import { MAX_NAMED_PLOTS, PrintPlotMap } from '../print/PrintPlotMap.js';
import type { PrintMapPlot } from '../print/PrintPlotMap.js';
import { PrintSection } from '../print/PrintSection.js';
import type { FarmPlanReportData } from './farm-plan-data.js';
import { hazardResultOf, mainHazard } from './farm-plan-model.js';

/** The family's plots on a vector map, each filled by its level of the plan's main hazard in the plan's scenario. */
export function FarmMapPrint({ data }: { data: FarmPlanReportData }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const { plan, features, riskCards, plots: plotList } = data;
  const hazard = mainHazard(plan.actions, riskCards, plan.scenarioId);

  const plots = useMemo((): PrintMapPlot[] => {
    const cards = new Map(riskCards.map((card) => [card.plotId, card]));
    // Many plots are numbered as in the plot table (FamilyPrint's N° column), not in the map's own order.
    const numbers = new Map(plotList.map((plot, index) => [plot.id, String(index + 1)]));
    const numbered = plotList.length > MAX_NAMED_PLOTS;
    return features.features.map((feature) => {
      const id = feature.properties.id;
      const card = cards.get(id);
      const level = hazard && card ? (hazardResultOf(card, plan.scenarioId, hazard)?.level ?? null) : null;
      const label = numbered ? numbers.get(id) : undefined;
      return { id, name: feature.properties.name, geometry: feature.geometry, level, ...(label ? { label } : {}) };
    });
  }, [features, riskCards, hazard, plan.scenarioId, plotList]);

  const params = hazard ? { hazard: labels.hazard(hazard), scenario: labels.scenario(plan.scenarioId) } : null;
  return (
    <PrintSection
      title={t('farmPlanReport.map.section')}
      intro={params ? t('farmPlanReport.map.intro', params) : t('farmPlanReport.map.introNoHazard')}
      keepTogether
      testId="farm-report-map"
    >
      <PrintPlotMap
        plots={plots}
        title={params ? t('farmPlanReport.map.title', params) : t('farmPlanReport.map.titleNoHazard')}
        height={460}
      />
    </PrintSection>
  );
}
