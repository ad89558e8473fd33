import { useEffect, useMemo, useState } from 'react';
import type { RiskRow } from '../../../shared/api/risk.js';
import type { HazardLevel, ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import { useApiContext } from '../../api/api-context.js';

export interface RiskChoice {
  readonly hazard: ModelHazard;
  readonly scenarioId: ScenarioId;
}

/** What the plots are coloured with under "Riesgo climático": each plot's level for one hazard and scenario. */
export interface RiskLevels extends RiskChoice {
  /** Plots without a row (never analysed) are absent; a null level means the model had no data. */
  readonly levels: ReadonlyMap<string, HazardLevel | null>;
  /** Plots whose results predate a change to the plot, a layer or the model settings. */
  readonly stale: number;
}

export type RiskResultsState =
  | { readonly status: 'off' }
  | { readonly status: 'noOrganisation' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly rows: readonly RiskRow[] }
  | { readonly status: 'error'; readonly error: unknown };

export interface RiskColouring {
  readonly choice: RiskChoice;
  readonly setChoice: (change: Partial<RiskChoice>) => void;
  readonly state: RiskResultsState;
  /** Null until results are in (every plot is then "Sin datos"). */
  readonly levels: RiskLevels | null;
}

type Loaded = { key: string; rows: readonly RiskRow[] } | { key: string; error: unknown };

/**
 * The "Colorear por: Riesgo climático" choice (hazard and scenario) and the
 * organisation's `risk.results` for that scenario, loaded only while that
 * colouring is on and again after every write in the app.
 */
export function useRiskColouring(organisationId: string | null, active: boolean): RiskColouring {
  const { api, dataVersion } = useApiContext();
  const [choice, setChoiceState] = useState<RiskChoice>({ hazard: 'thermal', scenarioId: 'baseline' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${organisationId ?? ''}|${choice.scenarioId}|${dataVersion}`;

  useEffect(() => {
    if (!active || organisationId === null) return;
    let current = true;
    api.risk.results({ organisationId, scenarioId: choice.scenarioId }).then(
      (rows) => current && setLoaded({ key, rows }),
      (error: unknown) => current && setLoaded({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [api, active, organisationId, choice.scenarioId, key]);

  const state = useMemo((): RiskResultsState => {
    if (!active) return { status: 'off' };
    if (organisationId === null) return { status: 'noOrganisation' };
    if (!loaded || loaded.key !== key) return { status: 'loading' };
    return 'rows' in loaded ? { status: 'ready', rows: loaded.rows } : { status: 'error', error: loaded.error };
  }, [active, organisationId, loaded, key]);

  const levels = useMemo((): RiskLevels | null => {
    if (state.status !== 'ready') return null;
    const byPlot = new Map<string, HazardLevel | null>();
    let stale = 0;
    for (const row of state.rows) {
      byPlot.set(row.plotId, row.levels[choice.hazard]);
      if (row.stale) stale += 1;
    }
    return { hazard: choice.hazard, scenarioId: choice.scenarioId, levels: byPlot, stale };
  }, [state, choice]);

  const setChoice = (change: Partial<RiskChoice>) => setChoiceState((current) => ({ ...current, ...change }));
  return { choice, setChoice, state, levels };
}
