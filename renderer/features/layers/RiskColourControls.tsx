import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { modelHazards, scenarioIds } from '../../../shared/domain/hazard.js';
import type { ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import type { RiskColouring } from './use-risk-colouring.js';

/** The hazard and scenario the plots are coloured by, next to "Colorear por" in the map toolbar. */
export function RiskColourControls({ risk }: { risk: RiskColouring }) {
  const { t } = useTranslation();
  const hazardId = useId();
  const scenarioId = useId();
  const { choice, setChoice, state } = risk;
  return (
    <>
      <span className="map-toolbar-pair">
        <label htmlFor={hazardId}>{t('mapRisk.hazard')}</label>
        <select
          id={hazardId}
          value={choice.hazard}
          data-testid="risk-colour-hazard"
          onChange={(event) => setChoice({ hazard: event.target.value as ModelHazard })}
        >
          {modelHazards.map((hazard) => (
            <option key={hazard} value={hazard}>
              {t(`risk.hazards.${hazard}`)}
            </option>
          ))}
        </select>
      </span>
      <span className="map-toolbar-pair">
        <label htmlFor={scenarioId}>{t('mapRisk.scenario')}</label>
        <select
          id={scenarioId}
          value={choice.scenarioId}
          data-testid="risk-colour-scenario"
          onChange={(event) => setChoice({ scenarioId: event.target.value as ScenarioId })}
        >
          {scenarioIds.map((scenario) => (
            <option key={scenario} value={scenario}>
              {t(`risk.scenarios.${scenario}`)}
            </option>
          ))}
        </select>
      </span>
      {state.status === 'loading' && (
        <span className="muted" role="status">
          {t('mapRisk.loading')}
        </span>
      )}
      {state.status === 'noOrganisation' && (
        <span className="muted" role="status" data-testid="risk-colour-no-organisation">
          {t('mapRisk.noOrganisation')}
        </span>
      )}
      {state.status === 'error' && (
        <span className="field-error" role="alert" data-testid="risk-colour-error">
          {t('mapRisk.loadFailed')}
        </span>
      )}
    </>
  );
}
