import type { OutputOf } from '../../../shared/api/contract.js';
import type { HazardLevels } from '../../../shared/api/risk.js';
import { hazardLevels, levelFromRank, levelRank, modelHazards, scenarioIds } from '../../../shared/domain/hazard.js';
import type { HazardLevel, ScenarioId } from '../../../shared/domain/hazard.js';
import { ApiError } from '../../../shared/api/errors.js';
import { assessAllScenarios } from '../../../shared/climate/assess-plot.js';
import { listLayers } from '../layers/layers-store.js';
import { readSettings } from '../settings/settings-store.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import { plotInputsKey, sharedInputsKey } from './inputs-key.js';
import type { LayerStats } from './layer-overlays.js';
import { loadRiskPlots } from './risk-plots.js';
import type { RiskPlot } from './risk-plots.js';
import { storedKeys } from './risk-rows.js';
import { plotClimateInputs } from './plot-climate-inputs.js';

/** Each plot's current inputs key: what its stored results must match to be up to date. */
function currentKeys(db: Store, plots: readonly RiskPlot[]): Map<string, string> {
  const shared = sharedInputsKey(listLayers(db), readSettings(db).climateModel);
  return new Map(plots.map((plot) => [plot.id, plotInputsKey(plot, shared)]));
}

export function riskStatus(db: Store, organisationId: string): OutputOf<'risk.status'> {
  const plots = loadRiskPlots(db, organisationId);
  const current = currentKeys(db, plots);
  const stored = storedKeys(db, organisationId);
  let upToDate = 0;
  let stale = 0;
  for (const plot of plots) {
    const key = stored.get(plot.id);
    if (key === undefined) continue;
    if (key === current.get(plot.id)) upToDate += 1;
    else stale += 1;
  }
  const last = stmt(
    db,
    `SELECT MAX(r.analysed_at) AS at FROM producers pr JOIN plots p INDEXED BY plots_risk_inputs ON p.producer_id = pr.id
       JOIN plot_risks r ON r.plot_id = p.id
      WHERE pr.organisation_id = ? AND p.deleted_at IS NULL AND p.geometry IS NOT NULL`,
  ).get(organisationId) as { at: string | null };
  return { plots: plots.length, upToDate, stale, missing: plots.length - upToDate - stale, lastAnalysedAt: last.at };
}

interface LevelRow {
  plot_id: string;
  scenario_id: ScenarioId;
  inputs_key: string;
  temperature_c: number | null;
  altitude_m: number | null;
  altitude_source: 'typed' | 'gps' | 'dem' | null;
  thermal: HazardLevel | null;
  rust: HazardLevel | null;
  borer: HazardLevel | null;
  frost: HazardLevel | null;
  drought: HazardLevel | null;
  landslide: HazardLevel | null;
}

const levelsOf = (row: LevelRow): HazardLevels =>
  Object.fromEntries(modelHazards.map((h) => [h, row[h]])) as HazardLevels;

function levelRows(db: Store, organisationId: string, scenarioId: ScenarioId | null): LevelRow[] {
  return stmt(
    db,
    `SELECT r.plot_id, r.scenario_id, r.inputs_key, r.temperature_c, r.altitude_m, r.altitude_source,
            r.thermal, r.rust, r.borer, r.frost, r.drought, r.landslide
       FROM producers pr JOIN plots p INDEXED BY plots_risk_inputs ON p.producer_id = pr.id AND p.deleted_at IS NULL
       JOIN plot_risks r ON r.plot_id = p.id
      WHERE pr.organisation_id = @organisationId AND pr.deleted_at IS NULL AND p.geometry IS NOT NULL
        AND (@scenarioId IS NULL OR r.scenario_id = @scenarioId)`,
  ).all({ organisationId, scenarioId }) as LevelRow[];
}

export function riskResults(db: Store, organisationId: string, scenarioId: ScenarioId): OutputOf<'risk.results'> {
  const plots = loadRiskPlots(db, organisationId);
  const byId = new Map(plots.map((p) => [p.id, p]));
  const current = currentKeys(db, plots);
  const rows: OutputOf<'risk.results'> = [];
  for (const row of levelRows(db, organisationId, scenarioId)) {
    const plot = byId.get(row.plot_id);
    if (!plot) continue;
    rows.push({
      plotId: plot.id,
      plotName: plot.name,
      producerId: plot.producerId,
      producerName: plot.producerName,
      areaHa: plot.areaHa,
      altitudeM: row.altitude_m,
      altitudeSource: row.altitude_source,
      variety: plot.variety,
      scenarioId: row.scenario_id,
      temperatureC: row.temperature_c,
      levels: levelsOf(row),
      stale: current.get(plot.id) !== row.inputs_key,
    });
  }
  return rows.sort((a, b) => a.producerName.localeCompare(b.producerName) || a.plotName.localeCompare(b.plotName));
}

const LEVEL_SLOTS = hazardLevels.length + 1; // the four levels, then "no data"
const levelSlot = (level: HazardLevel | null): number => (level === null ? hazardLevels.length : levelRank(level));

/**
 * The dashboard's figures in one streamed pass over the organisation's
 * results (one row per plot and scenario: 400,000 for 100,000 plots), counted
 * into typed arrays: plots and hectares per level for each hazard and
 * scenario, and each producer's highest level per hazard. No object per row:
 * at that size, allocation and garbage collection cost more than SQLite.
 */
export function riskSummary(db: Store, organisationId: string): OutputOf<'risk.summary'> {
  const [S, H] = [scenarioIds.length, modelHazards.length];
  const scenarioIndex = new Map<string, number>(scenarioIds.map((id, i) => [id, i]));
  const plotCounts = new Float64Array(S * H * LEVEL_SLOTS);
  const hectares = new Float64Array(S * H * LEVEL_SLOTS);
  const producers = new Map<number, { plots: number; areaHa: number; highest: Int8Array }>();
  const rows = stmt(
    db,
    `SELECT r.scenario_id, pr.rowid, p.area_ha, ${modelHazards.map((h) => `r.${h}`).join(', ')}
       FROM producers pr JOIN plots p INDEXED BY plots_risk_inputs ON p.producer_id = pr.id AND p.deleted_at IS NULL
       JOIN plot_risks r ON r.plot_id = p.id
      WHERE pr.organisation_id = ? AND pr.deleted_at IS NULL AND p.geometry IS NOT NULL`,
  )
    .raw(true)
    .iterate(organisationId) as IterableIterator<[string, number, number | null, ...(HazardLevel | null)[]]>;
  for (const row of rows) {
    const scenario = scenarioIndex.get(row[0]) ?? 0;
    const areaHa = row[2] ?? 0;
    let producer = producers.get(row[1]);
    if (!producer) {
      producer = { plots: 0, areaHa: 0, highest: new Int8Array(S * H).fill(-1) };
      producers.set(row[1], producer);
    }
    // Every plot has a row per scenario: count its plots and hectares once, on the baseline row.
    if (scenario === 0) {
      producer.plots += 1;
      producer.areaHa += areaHa;
    }
    for (let h = 0; h < H; h += 1) {
      const level = (row[3 + h] ?? null) as HazardLevel | null;
      const slot = (scenario * H + h) * LEVEL_SLOTS + levelSlot(level);
      plotCounts[slot] = (plotCounts[slot] ?? 0) + 1;
      hectares[slot] = (hectares[slot] ?? 0) + areaHa;
      if (level !== null) {
        const at = scenario * H + h;
        producer.highest[at] = Math.max(producer.highest[at] ?? -1, levelRank(level));
      }
    }
  }
  const names = new Map(
    (
      stmt(db, 'SELECT rowid, id, names FROM producers WHERE organisation_id = ?').raw(true).all(organisationId) as [
        number,
        string,
        string,
      ][]
    ).map(([rowid, id, name]) => [rowid, { id, name }]),
  );
  const levelAt = (slot: number): HazardLevel | null => hazardLevels[slot] ?? null;
  return {
    distribution: scenarioIds.flatMap((scenarioId, s) =>
      modelHazards.map((hazard, h) => ({
        scenarioId,
        hazard,
        counts: Array.from({ length: LEVEL_SLOTS }, (_, slot) => slot)
          .filter((slot) => (plotCounts[(s * H + h) * LEVEL_SLOTS + slot] ?? 0) > 0)
          .map((slot) => ({
            level: levelAt(slot),
            plots: plotCounts[(s * H + h) * LEVEL_SLOTS + slot] ?? 0,
            hectares: hectares[(s * H + h) * LEVEL_SLOTS + slot] ?? 0,
          })),
      })),
    ),
    producers: [...producers]
      .map(([rowid, p]) => ({
        producerId: names.get(rowid)?.id ?? '',
        producerName: names.get(rowid)?.name ?? '',
        plots: p.plots,
        areaHa: p.areaHa,
        highest: scenarioIds.map((scenarioId, s) => ({
          scenarioId,
          levels: Object.fromEntries(
            modelHazards.map((hazard, h) => {
              const rank = p.highest[s * H + h] ?? -1;
              return [hazard, rank < 0 ? null : levelFromRank(rank)];
            }),
          ) as HazardLevels,
        })),
      }))
      .sort((a, b) => a.producerName.localeCompare(b.producerName)),
  };
}

/**
 * A plot's risk card. Levels and their drivers are recomputed from the stored
 * overlays with the model's current settings (deterministic, ~30 µs): the
 * store keeps levels, not the words. When the plot, a layer or the settings
 * changed since the analysis, the card says it is stale.
 */
export function plotRiskCard(db: Store, plotId: string): OutputOf<'risk.plot'> {
  const owner = stmt(
    db,
    `SELECT pr.organisation_id AS organisationId FROM plots p JOIN producers pr ON pr.id = p.producer_id
      WHERE p.id = ? AND p.deleted_at IS NULL`,
  ).get(plotId) as { organisationId: string } | undefined;
  if (!owner) throw new ApiError('NOT_FOUND', 'No such plot.', { entity: 'plot', id: plotId });
  const [plot] = loadRiskPlots(db, owner.organisationId, [plotId]);
  if (!plot) throw new ApiError('NOT_FOUND', 'The plot has no geometry.', { entity: 'plot', id: plotId });
  const key = currentKeys(db, [plot]).get(plot.id);
  const rows = stmt(db, 'SELECT inputs_key, analysed_at FROM plot_risks WHERE plot_id = ?').all(plotId) as {
    inputs_key: string;
    analysed_at: string;
  }[];
  const layers = new Map(listLayers(db).map((l) => [l.id, l]));
  const stored = (
    stmt(db, 'SELECT layer_id, stats FROM plot_layer_stats WHERE plot_id = ?').all(plotId) as {
      layer_id: string;
      stats: string | null;
    }[]
  ).flatMap(({ layer_id, stats }) => {
    const layer = layers.get(layer_id);
    return layer ? [{ layer, stats: stats === null ? null : (JSON.parse(stats) as LayerStats) }] : [];
  });
  stored.sort((a, b) => b.layer.sortOrder - a.layer.sortOrder);
  const assessments =
    rows.length === 0 ? [] : assessAllScenarios(plotClimateInputs(plot, stored), readSettings(db).climateModel);
  return {
    plotId: plot.id,
    plotName: plot.name,
    producerName: plot.producerName,
    analysedAt: rows.reduce<string | null>((at, r) => (at === null || r.analysed_at > at ? r.analysed_at : at), null),
    stale: rows.length < scenarioIds.length || rows.some((r) => r.inputs_key !== key),
    assessments: assessments.map((a) => ({
      scenarioId: a.scenarioId,
      temperatureC: a.temperatureC,
      altitudeM: a.altitudeM,
      altitudeSource: a.altitudeSource,
      results: a.results,
    })),
    layers: stored.flatMap(({ layer, stats }) => (stats === null ? [] : [layerStatsOut(layer, stats)])),
  };
}

function layerStatsOut(
  layer: { id: string; name: string; kind: 'vector' | 'raster'; hazard: string; unit: string },
  stats: NonNullable<LayerStats>,
): OutputOf<'risk.plot'>['layers'][number] {
  const base = { layerId: layer.id, layerName: layer.name, kind: layer.kind, hazard: layer.hazard, unit: layer.unit };
  return stats.kind === 'vector'
    ? {
        ...base,
        shares: stats.shares,
        highest: stats.highest,
        mean: null,
        min: null,
        max: null,
        pixelCount: null,
        slopePct: null,
      }
    : {
        ...base,
        shares: null,
        highest: null,
        mean: stats.mean,
        min: stats.min,
        max: stats.max,
        pixelCount: stats.pixelCount,
        slopePct: stats.slopePct,
      };
}
