import { createHash } from 'node:crypto';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import type { Layer } from '../../../shared/domain/layer.js';
import type { RiskPlot } from './risk-plots.js';

/**
 * The part of a result's inputs shared by every plot: which layers exist (and
 * their versions) and the model settings. Computed once per analysis.
 */
export function sharedInputsKey(layers: readonly Layer[], params: ClimateModelParams): string {
  const layerPart = layers
    .map((l) => `${l.id}:${l.version}`)
    .sort()
    .join(',');
  return createHash('sha1').update(layerPart).update('\u0000').update(JSON.stringify(params)).digest('hex');
}

/**
 * Everything a plot's result depends on, as one digest: its geometry, the
 * fields the model reads, and the shared part. A stored result whose key
 * differs from this one is stale.
 */
export function plotInputsKey(plot: RiskPlot, shared: string): string {
  return createHash('sha1')
    .update(
      [plot.geometryHash, plot.altitudeM, plot.altitudeSource, plot.variety, plot.shadePct, shared]
        .map((v) => String(v))
        .join('\u0000'),
    )
    .digest('hex');
}
