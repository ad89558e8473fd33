import type { LayerEvidence, PlotClimateInputs, VectorStats } from '../../../shared/climate/model-inputs.js';
import type { Layer } from '../../../shared/domain/layer.js';
import type { LayerStats, RasterLayerStats } from './layer-overlays.js';
import type { RiskPlot } from './risk-plots.js';

/** What the model reads of a plot: its own fields and what each layer found in it (null: the layer misses it). */
export function plotClimateInputs(
  plot: RiskPlot,
  layerStats: readonly { layer: Layer; stats: LayerStats }[],
): PlotClimateInputs {
  const inputs: PlotClimateInputs = {
    altitudeM: plot.altitudeM,
    altitudeSource: plot.altitudeSource,
    centroid: plot.centroid,
    variety: plot.variety,
    shadePct: plot.shadePct,
    rasters: [],
    vectors: [],
  };
  for (const { layer, stats } of layerStats) {
    if (stats === null) continue;
    const evidence = { layerId: layer.id, layerName: layer.name, hazard: layer.hazard, scenarioId: layer.scenarioId };
    if (stats.kind === 'raster') {
      const { kind: _kind, ...raster } = stats;
      inputs.rasters.push({ ...evidence, stats: raster } satisfies LayerEvidence<RasterLayerStats>);
    } else {
      const { kind: _kind, ...vector } = stats;
      inputs.vectors.push({ ...evidence, stats: vector } satisfies LayerEvidence<VectorStats>);
    }
  }
  return inputs;
}
