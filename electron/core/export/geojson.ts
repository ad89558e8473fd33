import { rfc7946Geometry } from './export-geometry.js';
import type { FormatContext, FormatOutcome } from './export-types.js';
import { attributeRecord } from './plot-attributes.js';

/**
 * An RFC 7946 FeatureCollection: WGS84 implied (no `crs` member, §4),
 * [lon, lat] order, exterior rings counter-clockwise (§3.1.6). The plot id is
 * the feature id and the first property, so files can be joined back.
 */
export function writeGeoJson(ctx: FormatContext): FormatOutcome {
  const out = ctx.files.openText(ctx.outputPath);
  out.write('{"type":"FeatureCollection","features":[\n');
  ctx.plots.forEach((plot, index) => {
    ctx.tick(index);
    if (index > 0) out.write(',\n');
    out.write(
      JSON.stringify({
        type: 'Feature',
        id: plot.id,
        geometry: rfc7946Geometry(plot.geometry),
        properties: attributeRecord(plot),
      }),
    );
  });
  out.write('\n]}\n');
  out.close();
  return { plotCount: ctx.plots.length, skipped: [] };
}
