import path from 'node:path';
import { roundTo } from './export-geometry.js';
import type { ExportPlot } from './export-query.js';
import type { EudrOptions, ExportSkip, FormatContext, FormatOutcome } from './export-types.js';
import { eudrPoint, eudrPolygon } from './eudr-geometry.js';
import type { EudrGeometry } from './eudr-geometry.js';
import { districtOf } from './plot-attributes.js';

/**
 * Rules of the EU Deforestation Regulation geolocation file (DOMAIN.md,
 * "Green markets"): plots over 4 ha must be polygons; up to 4 ha a point or a
 * polygon; at most 25 MB per statement. NOTE: 25 MB is taken as 25,000,000
 * bytes, the stricter reading of "MB".
 */
export const EUDR_POLYGON_ABOVE_HA = 4;
export const EUDR_MAX_FILE_BYTES = 25_000_000;

export interface EudrProperties {
  ProducerName: string;
  ProducerCountry: 'PE';
  ProductionPlace: string;
  /** Hectares, 4 decimals; required for points, given for every plot. */
  Area: number;
}

/** "Plot name, district, province", skipping empty or repeated parts. */
export function productionPlace(plot: ExportPlot): string {
  const parts = [plot.name, districtOf(plot), plot.organisation.province].map((part) => part.trim()).filter(Boolean);
  return [...new Set(parts)].join(', ');
}

type FeatureCheck = { ok: true; geometry: EudrGeometry } | { ok: false; reason: ExportSkip['reason'] };

function geometryFor(plot: ExportPlot, smallPlotsAs: EudrOptions['smallPlotsAs']): FeatureCheck {
  const small = plot.areaHa <= EUDR_POLYGON_ABOVE_HA;
  if (plot.geometry.type === 'Point') {
    // A GPS point cannot stand for a plot over 4 ha: it needs its polygon mapped.
    if (!small) return { ok: false, reason: 'EUDR_POINT_OVER_4HA' };
    return {
      ok: true,
      geometry: eudrPoint(plot.geometry.coordinates[0] as number, plot.geometry.coordinates[1] as number),
    };
  }
  // The stored centroid is a point inside the plot, even for a crescent-shaped one.
  if (small && smallPlotsAs === 'point') return { ok: true, geometry: eudrPoint(plot.centroidLon, plot.centroidLat) };
  return eudrPolygon(plot.geometry);
}

/** Features as JSON text, grouped into files that stay under the byte limit. */
class SizedFiles {
  private static readonly HEAD = '{"type":"FeatureCollection","features":[\n';
  private static readonly TAIL = '\n]}\n';
  readonly chunks: string[][] = [];
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** False when the feature alone is over the limit. */
  add(feature: string): boolean {
    const featureBytes = Buffer.byteLength(feature, 'utf8');
    const frame = Buffer.byteLength(SizedFiles.HEAD) + Buffer.byteLength(SizedFiles.TAIL);
    if (frame + featureBytes > this.maxBytes) return false;
    const current = this.chunks[this.chunks.length - 1];
    // ",\n" joins features in a file.
    if (current && this.bytes + 2 + featureBytes <= this.maxBytes) {
      current.push(feature);
      this.bytes += 2 + featureBytes;
    } else {
      this.chunks.push([feature]);
      this.bytes = frame + featureBytes;
    }
    return true;
  }

  texts(): string[] {
    const chunks = this.chunks.length > 0 ? this.chunks : [[]];
    return chunks.map((features) => `${SizedFiles.HEAD}${features.join(',\n')}${SizedFiles.TAIL}`);
  }
}

/** `lote.geojson` stays as is for one file; several become `lote-1.geojson`, `lote-2.geojson`… */
export function splitFileNames(outputPath: string, count: number): string[] {
  if (count === 1) return [outputPath];
  const { dir, name, ext } = path.parse(outputPath);
  return Array.from({ length: count }, (_, i) => path.join(dir, `${name}-${i + 1}${ext}`));
}

/**
 * The GeoJSON for a due-diligence statement in TRACES: WGS84, 6 decimals,
 * properties ProducerName, ProducerCountry, ProductionPlace, Area. Every
 * feature is validated after rounding; plots that fail, and second copies of
 * the same rounded geometry, are left out and listed in `skipped`.
 */
export function writeEudr(ctx: FormatContext, options: EudrOptions): FormatOutcome {
  const skipped: ExportSkip[] = [];
  const seen = new Map<string, string>();
  const files = new SizedFiles(options.maxFileBytes ?? EUDR_MAX_FILE_BYTES);
  let plotCount = 0;
  ctx.plots.forEach((plot, index) => {
    ctx.tick(index);
    const skip = (reason: ExportSkip['reason']): void =>
      void skipped.push({ plotId: plot.id, plotName: plot.name, reason });
    const check = geometryFor(plot, options.smallPlotsAs);
    if (!check.ok) return skip(check.reason);
    const geometryJson = JSON.stringify(check.geometry);
    if (seen.has(geometryJson)) return skip('EUDR_DUPLICATE');
    seen.set(geometryJson, plot.id);
    const properties: EudrProperties = {
      ProducerName: plot.producer.names,
      ProducerCountry: 'PE',
      ProductionPlace: productionPlace(plot),
      Area: roundTo(plot.areaHa, 4),
    };
    const feature = `{"type":"Feature","geometry":${geometryJson},"properties":${JSON.stringify(properties)}}`;
    if (!files.add(feature)) return skip('EUDR_FEATURE_TOO_LARGE');
    plotCount += 1;
  });
  const texts = files.texts();
  splitFileNames(ctx.outputPath, texts.length).forEach((name, i) => ctx.files.write(name, texts[i] as string));
  return { plotCount, skipped };
}
