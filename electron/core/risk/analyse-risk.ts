import type { ParsedInputOf, OutputOf } from '../../../shared/api/contract.js';
import { assessAllScenarios } from '../../../shared/climate/assess-plot.js';
import type { PlotAssessment } from '../../../shared/climate/model-inputs.js';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import type { Layer } from '../../../shared/domain/layer.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { listLayers } from '../layers/layers-store.js';
import { getOrganisation } from '../organisations/organisations-store.js';
import { readSettings } from '../settings/settings-store.js';
import { nowIso } from '../store/rows.js';
import { plotInputsKey, sharedInputsKey } from './inputs-key.js';
import { LayerOverlays, saveLayerStats } from './layer-overlays.js';
import type { LayerStats } from './layer-overlays.js';
import { plotClimateInputs } from './plot-climate-inputs.js';
import { loadPlotGeometry, loadRiskPlots } from './risk-plots.js';
import type { RiskPlot } from './risk-plots.js';
import { storedKeys, writeAssessments } from './risk-rows.js';

type AnalyseInput = ParsedInputOf<'risk.analyse'>;

/** Plots written per transaction: big enough to be fast, small enough that progress and cancel stay responsive. */
const BATCH = 1000;

/**
 * Runs the overlay analysis and the coffee climate model for an
 * organisation's plots and every scenario. Only plots whose inputs changed
 * since their last analysis are redone (unless `force`), and within those only
 * the overlays whose plot geometry or layer version changed.
 *
 * Each batch is one transaction: cancelling keeps the batches already
 * finished, which are complete and correct (results are derived data).
 */
export async function analyseRisk(
  ctx: CoreContext,
  input: AnalyseInput,
  job: JobContext,
): Promise<OutputOf<'risk.analyse'>> {
  const started = performance.now();
  getOrganisation(ctx.db, input.organisationId);
  const params = readSettings(ctx.db).climateModel;
  const layers = listLayers(ctx.db);
  const shared = sharedInputsKey(layers, params);
  const plots = loadRiskPlots(ctx.db, input.organisationId, input.plotIds);
  const keys = storedKeys(ctx.db, input.organisationId);
  const todo = plots.filter((plot) => input.force || keys.get(plot.id) !== plotInputsKey(plot, shared));
  const overlays = new LayerOverlays(ctx);
  job.progress(0, todo.length, 'analyse');

  for (let start = 0; start < todo.length; start += BATCH) {
    await new Promise((resolve) => setImmediate(resolve));
    job.throwIfCancelled();
    const batch = todo.slice(start, start + BATCH);
    // Computed outside the transaction, written inside it: the transaction stays short and synchronous.
    const analysed = batch.map((plot) => analysePlot(plot, layers, params, overlays, input.force));
    const now = nowIso();
    ctx.db.transaction(() => {
      for (const { plot, fresh, assessments } of analysed) {
        for (const { layer, stats } of fresh) saveLayerStats(ctx, plot.id, layer, plot.geometryHash, stats, now);
        writeAssessments(ctx.db, plot.id, plotInputsKey(plot, shared), assessments, now);
      }
    })();
    job.progress(start + batch.length, todo.length, 'analyse');
  }
  return {
    analysed: todo.length,
    upToDate: plots.length - todo.length,
    overlaysComputed: overlays.computed,
    durationMs: Math.round(performance.now() - started),
  };
}

interface AnalysedPlot {
  plot: RiskPlot;
  /** Overlays computed in this run, to store. */
  fresh: { layer: Layer; stats: LayerStats }[];
  assessments: PlotAssessment[];
}

function analysePlot(
  plot: RiskPlot,
  layers: readonly Layer[],
  params: ClimateModelParams,
  overlays: LayerOverlays,
  force: boolean,
): AnalysedPlot {
  const fresh: AnalysedPlot['fresh'] = [];
  let geometry: ReturnType<typeof loadPlotGeometry> | null = null;
  const layerStats = layers.map((layer) => {
    const stored = force ? null : overlays.stored(plot.id, layer, plot.geometryHash);
    if (stored) return { layer, stats: stored.stats };
    geometry ??= loadPlotGeometry(overlays.db, plot.id);
    const stats = overlays.compute(layer, geometry, plot.areaHa);
    fresh.push({ layer, stats });
    return { layer, stats };
  });
  return { plot, fresh, assessments: assessAllScenarios(plotClimateInputs(plot, layerStats), params) };
}
