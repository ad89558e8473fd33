import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotRiskCard } from '../../../shared/api/risk.js';
import { modelHazards, scenarioIds } from '../../../shared/domain/hazard.js';
import type { HazardResult, ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import { LevelBadge } from './LevelBadge.js';
import { useRiskLabels } from './use-risk-labels.js';

type Assessment = PlotRiskCard['assessments'][number];

const resultOf = (assessment: Assessment | undefined, hazard: ModelHazard): HazardResult | undefined =>
  assessment?.results.find((result) => result.hazard === hazard);

/**
 * The card's core: one row per hazard with its level in each scenario, and
 * under a disclosure button the reasons in words (`describeDriver`), per scenario.
 * `narrow` (the map's side panel): the hazard's name takes its own row above
 * its four levels, so four badges fit side by side in ~20rem.
 */
export function RiskMatrix({ assessments, narrow }: { assessments: readonly Assessment[]; narrow: boolean }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const baseId = useId();
  const [open, setOpen] = useState<ReadonlySet<ModelHazard>>(new Set());
  const byScenario = new Map<ScenarioId, Assessment>(
    assessments.map((assessment) => [assessment.scenarioId, assessment]),
  );
  const toggle = (hazard: ModelHazard): void =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(hazard)) next.delete(hazard);
      else next.add(hazard);
      return next;
    });

  const disclosure = (hazard: ModelHazard, detailsId: string) => {
    const expanded = open.has(hazard);
    return (
      <button
        type="button"
        className="disclosure-button"
        aria-expanded={expanded}
        aria-controls={detailsId}
        data-testid={`risk-expand-${hazard}`}
        onClick={() => toggle(hazard)}
      >
        <span className="disclosure-mark" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
        {labels.hazard(hazard)}
      </button>
    );
  };
  const badges = (hazard: ModelHazard) =>
    scenarioIds.map((scenarioId) => (
      <td key={scenarioId} data-scenario={scenarioId}>
        <LevelBadge
          level={resultOf(byScenario.get(scenarioId), hazard)?.level ?? null}
          testId={`risk-level-${hazard}-${scenarioId}`}
        />
      </td>
    ));
  const drivers = (hazard: ModelHazard, detailsId: string) => (
    <tr id={detailsId} className="risk-drivers-row" hidden={!open.has(hazard)}>
      <td colSpan={(narrow ? 0 : 1) + scenarioIds.length}>
        {open.has(hazard) && (
          <dl className="risk-drivers" data-testid={`risk-drivers-${hazard}`}>
            {scenarioIds.map((scenarioId) => {
              const list = resultOf(byScenario.get(scenarioId), hazard)?.drivers ?? [];
              return (
                <div key={scenarioId} className="risk-drivers-scenario">
                  <dt>{labels.scenario(scenarioId)}</dt>
                  {list.length === 0 ? (
                    <dd className="muted">{t('riskDashboard.card.noDrivers')}</dd>
                  ) : (
                    list.map((driver, index) => (
                      <dd key={index} data-testid="risk-driver" data-code={driver.code}>
                        {labels.driver(driver)}
                      </dd>
                    ))
                  )}
                </div>
              );
            })}
          </dl>
        )}
      </td>
    </tr>
  );

  return (
    <table className={narrow ? 'risk-matrix is-narrow' : 'risk-matrix'} data-testid="risk-matrix">
      <caption className="visually-hidden">{t('riskDashboard.card.matrixCaption')}</caption>
      <thead>
        <tr>
          {!narrow && <th scope="col">{t('riskDashboard.card.hazard')}</th>}
          {scenarioIds.map((scenarioId) => (
            <th key={scenarioId} scope="col" title={labels.scenario(scenarioId)}>
              <span aria-hidden="true">{labels.scenarioShort(scenarioId)}</span>
              <span className="visually-hidden">{labels.scenario(scenarioId)}</span>
            </th>
          ))}
        </tr>
      </thead>
      {narrow ? (
        modelHazards.map((hazard) => {
          const detailsId = `${baseId}-${hazard}`;
          return (
            <tbody key={hazard} data-testid="risk-matrix-row" data-hazard={hazard}>
              <tr className="risk-hazard-row">
                <th scope="rowgroup" colSpan={scenarioIds.length}>
                  {disclosure(hazard, detailsId)}
                </th>
              </tr>
              <tr>{badges(hazard)}</tr>
              {drivers(hazard, detailsId)}
            </tbody>
          );
        })
      ) : (
        <tbody>
          {modelHazards.map((hazard) => {
            const detailsId = `${baseId}-${hazard}`;
            return (
              <Fragment key={hazard}>
                <tr data-testid="risk-matrix-row" data-hazard={hazard}>
                  <th scope="row">{disclosure(hazard, detailsId)}</th>
                  {badges(hazard)}
                </tr>
                {drivers(hazard, detailsId)}
              </Fragment>
            );
          })}
        </tbody>
      )}
    </table>
  );
}
