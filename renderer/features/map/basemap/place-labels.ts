import type { Locale } from '../../../../shared/domain/settings.js';

export type PlaceLabelKind = 'country' | 'ocean';

export interface PlaceLabel {
  readonly id: string;
  readonly kind: PlaceLabelKind;
  /**
   * Spanish names as the RAE's Diccionario panhispánico de dudas lists them
   * (appendix «Lista de países y capitales, con sus gentilicios»).
   */
  readonly es: string;
  /** English short names as the UN Terminology Database gives them (Bolivia's long form left out). */
  readonly en: string;
  /**
   * Where the label sits: picked by hand inside the country's Natural Earth
   * outline (test/unit/map/basemap-style.test.ts checks that), central to the
   * part of the country seen around Peru rather than to the whole country.
   */
  readonly lon: number;
  readonly lat: number;
  /** Peru is drawn stronger: it is the country the app is about. */
  readonly emphasised?: boolean;
}

/** Peru and its neighbours, and the ocean off its coast. */
export const PLACE_LABELS: readonly PlaceLabel[] = [
  { id: 'peru', kind: 'country', es: 'Perú', en: 'Peru', lon: -74.6, lat: -9.6, emphasised: true },
  { id: 'ecuador', kind: 'country', es: 'Ecuador', en: 'Ecuador', lon: -78.2, lat: -1.5 },
  { id: 'colombia', kind: 'country', es: 'Colombia', en: 'Colombia', lon: -72.5, lat: 1.2 },
  { id: 'brazil', kind: 'country', es: 'Brasil', en: 'Brazil', lon: -68.0, lat: -7.8 },
  { id: 'bolivia', kind: 'country', es: 'Bolivia', en: 'Bolivia', lon: -66.5, lat: -13.5 },
  { id: 'chile', kind: 'country', es: 'Chile', en: 'Chile', lon: -69.5, lat: -20.5 },
  { id: 'pacific', kind: 'ocean', es: 'Océano Pacífico', en: 'Pacific Ocean', lon: -82.5, lat: -8.5 },
];

/** World-atlas (Natural Earth) `name` of each country label, for tests and the highlight. */
export const NATURAL_EARTH_NAME: Readonly<Record<string, string>> = {
  peru: 'Peru',
  ecuador: 'Ecuador',
  colombia: 'Colombia',
  brazil: 'Brazil',
  bolivia: 'Bolivia',
  chile: 'Chile',
};

export const placeName = (label: PlaceLabel, locale: Locale): string => (locale === 'en' ? label.en : label.es);
