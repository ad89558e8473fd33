import type { PlotFeatureCollection } from '../../../../shared/api/plots.js';
import type { PlotGeometry } from '../../../../shared/domain/plot-geometry.js';
import type { ProducerRow } from '../../../../shared/domain/producer.js';
import { coordinateRings, vertexCount } from './coordinate-rows.js';
import type { CoordinateRing } from './coordinate-rows.js';
import { eudrGeolocation, ringsWithRoundingDuplicates, ringsWithTooFewVertices } from './eudr-status.js';
import type { EudrGeolocation } from './eudr-status.js';

export interface PlotSheet {
  /** 1, 2, 3… in the printed order: the index, the sheet's heading and the map label say the same number. */
  readonly n: number;
  readonly id: string;
  readonly name: string;
  readonly producerId: string;
  readonly producerName: string;
  readonly memberCode: string | null;
  /** Community and district, as the family's record has them ("" when unknown). */
  readonly place: string;
  readonly areaHa: number;
  readonly geometry: PlotGeometry;
  /** Parts of a multipolygon; 1 otherwise. */
  readonly parts: number;
  readonly rings: readonly CoordinateRing[];
  readonly vertices: number;
  readonly geolocation: EudrGeolocation;
  readonly duplicateRings: number;
  readonly tooFewRings: number;
}

/**
 * The sheets in print order: by family name, then plot name (numeric
 * collation, so "Parcela 2" precedes "Parcela 10"), each with its coordinate
 * rings and what the EUDR checks found.
 */
export function plotSheets(
  plots: PlotFeatureCollection,
  producers: ReadonlyMap<string, Pick<ProducerRow, 'memberCode' | 'community' | 'district'>>,
  locale: string,
): PlotSheet[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sorted = [...plots.features].sort(
    (a, b) =>
      collator.compare(a.properties.producerName, b.properties.producerName) ||
      collator.compare(a.properties.name, b.properties.name) ||
      a.id.localeCompare(b.id),
  );
  return sorted.map((feature, index) => {
    const producer = producers.get(feature.properties.producerId);
    const rings = coordinateRings(feature.geometry);
    return {
      n: index + 1,
      id: feature.id,
      name: feature.properties.name,
      producerId: feature.properties.producerId,
      producerName: feature.properties.producerName,
      memberCode: producer?.memberCode ?? null,
      place: [producer?.community, producer?.district].filter((part) => part !== undefined && part !== '').join(', '),
      areaHa: feature.properties.areaHa,
      geometry: feature.geometry,
      parts: feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates.length : 1,
      rings,
      vertices: vertexCount(rings),
      geolocation: eudrGeolocation(feature.geometry.type, feature.properties.areaHa),
      duplicateRings: ringsWithRoundingDuplicates(rings),
      tooFewRings: ringsWithTooFewVertices(rings),
    };
  });
}
