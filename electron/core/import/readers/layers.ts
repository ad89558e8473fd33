import type { SourceCrs, SourceWarning } from '../source-types.js';
import { unreadable } from './unreadable.js';

/**
 * The one CRS of a multi-layer file. NOTE: SourceData carries a single CRS;
 * reading layers in different systems as if they shared one would put some
 * of them kilometres off, so such a file is refused and imported layer by layer.
 */
export function commonCrs(layers: readonly { name: string; crs: SourceCrs }[]): SourceCrs {
  const [first] = layers;
  if (!first) return { kind: 'none' };
  const key = JSON.stringify(first.crs);
  if (layers.some((layer) => JSON.stringify(layer.crs) !== key)) {
    throw unreadable(
      'UNKNOWN_FORMAT',
      'The layers of this file use different coordinate systems; import them one by one.',
      {
        problem: 'LAYERS_WITH_DIFFERENT_CRS',
        layers: layers.map((layer) => layer.name),
      },
    );
  }
  return first.crs;
}

export function multipleLayersWarning(names: readonly string[]): SourceWarning[] {
  return names.length > 1
    ? [{ code: 'MULTIPLE_LAYERS', params: { count: names.length, layers: names.join(', ') } }]
    : [];
}
