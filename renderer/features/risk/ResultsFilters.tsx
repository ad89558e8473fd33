import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hazardLevels, modelHazards, scenarioIds } from '../../../shared/domain/hazard.js';
import type { ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import type { LevelFilter, RiskFilters } from './risk-table-model.js';
import { useRiskLabels } from './use-risk-labels.js';

interface ResultsFiltersProps {
  readonly scenarioId: ScenarioId;
  readonly onScenario: (scenarioId: ScenarioId) => void;
  readonly filters: RiskFilters;
  readonly onFilters: (filters: RiskFilters) => void;
}

const levelFilters: readonly LevelFilter[] = ['all', ...hazardLevels, 'none'];

/** Scenario, hazard, level and a producer or plot search above the risk table. */
export function ResultsFilters({ scenarioId, onScenario, filters, onFilters }: ResultsFiltersProps) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const id = useId();
  return (
    <div className="risk-filters" role="group" aria-label={t('riskDashboard.table.filters')}>
      <div className="field">
        <label htmlFor={`${id}-scenario`}>{t('riskDashboard.table.scenario')}</label>
        <select
          id={`${id}-scenario`}
          data-testid="risk-filter-scenario"
          value={scenarioId}
          onChange={(event) => onScenario(event.target.value as ScenarioId)}
        >
          {scenarioIds.map((scenario) => (
            <option key={scenario} value={scenario}>
              {labels.scenario(scenario)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-hazard`}>{t('riskDashboard.table.hazard')}</label>
        <select
          id={`${id}-hazard`}
          data-testid="risk-filter-hazard"
          value={filters.hazard}
          onChange={(event) => onFilters({ ...filters, hazard: event.target.value as ModelHazard | 'all' })}
        >
          <option value="all">{t('riskDashboard.table.allHazards')}</option>
          {modelHazards.map((hazard) => (
            <option key={hazard} value={hazard}>
              {labels.hazard(hazard)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('riskDashboard.table.level')}</label>
        <select
          id={`${id}-level`}
          data-testid="risk-filter-level"
          value={filters.level}
          aria-describedby={`${id}-level-hint`}
          onChange={(event) => onFilters({ ...filters, level: event.target.value as LevelFilter })}
        >
          {levelFilters.map((level) => (
            <option key={level} value={level}>
              {level === 'all' ? t('riskDashboard.table.allLevels') : labels.level(level === 'none' ? null : level)}
            </option>
          ))}
        </select>
      </div>
      <div className="field risk-search">
        <label htmlFor={`${id}-search`}>{t('riskDashboard.table.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          data-testid="risk-filter-search"
          value={filters.query}
          placeholder={t('riskDashboard.table.searchPlaceholder')}
          onChange={(event) => onFilters({ ...filters, query: event.target.value })}
        />
      </div>
      <p id={`${id}-level-hint`} className="field-hint risk-filters-hint">
        {filters.hazard === 'all' ? t('riskDashboard.table.levelHintAll') : t('riskDashboard.table.levelHintOne')}
      </p>
    </div>
  );
}
