/**
 * The thirteen provincial capitals of the department of Cajamarca: the towns
 * a coffee co-op's staff use to find their way on the map. Positions are
 * WGS84 degrees of the town centre (Plaza de Armas), good to about a
 * kilometre: enough for a label, not for measuring.
 *
 * Sources, per town (`source`): the coordinates and altitude shown in the
 * public encyclopaedia infobox of each town (which cite INEI's Directorio
 * Nacional de Centros Poblados), or a provincial tourism page for the
 * altitude. Where no such page was at hand when this list was written the
 * value is the author's approximation and `checked` is false: compare those
 * with INEI's Directorio Nacional de Centros Poblados (Censos 2017) or IGN's
 * gazetteer before quoting them.
 */
export type TownKind = 'department-capital' | 'province-capital';

export interface Town {
  readonly id: string;
  /** As written on signs and in INEI lists (the same in English). */
  readonly name: string;
  /** The province it is the capital of (Bambamarca is Hualgayoc's). */
  readonly province: string;
  readonly kind: TownKind;
  readonly lon: number;
  readonly lat: number;
  readonly altitudeM: number;
  readonly source: string;
  /** True when both position and altitude were read from the cited source. */
  readonly checked: boolean;
}

/** Degrees, minutes, seconds south or west as a negative decimal degree. */
const sw = (deg: number, min: number, sec: number): number => -(deg + min / 60 + sec / 3600);

export const CAJAMARCA_TOWNS: readonly Town[] = [
  {
    id: 'cajamarca',
    name: 'Cajamarca',
    province: 'Cajamarca',
    kind: 'department-capital',
    lat: sw(7, 9, 25),
    lon: sw(78, 31, 3),
    altitudeM: 2750,
    source: 'Wikipedia (fr) «Cajamarca» infobox: 7°09′25″S 78°31′03″O, 2 750 m',
    checked: true,
  },
  {
    id: 'jaen',
    name: 'Jaén',
    province: 'Jaén',
    kind: 'province-capital',
    lat: sw(5, 42, 30),
    lon: sw(78, 48, 30),
    altitudeM: 729,
    source:
      'Wikipedia (en) «Jaén, Peru» infobox: 5°42′30″S 78°48′30″W, 729 m (de: 729 m, citing INEI centros poblados 2017)',
    checked: true,
  },
  {
    id: 'san-ignacio',
    name: 'San Ignacio',
    province: 'San Ignacio',
    kind: 'province-capital',
    lat: -5.1456,
    lon: -79.0017,
    altitudeM: 1324,
    source: 'Position: a travel gazetteer page (−5.1456, −79.0017); altitude: author’s approximation',
    checked: false,
  },
  {
    id: 'chota',
    name: 'Chota',
    province: 'Chota',
    kind: 'province-capital',
    lat: sw(6, 33, 41),
    lon: sw(78, 38, 55),
    altitudeM: 2388,
    source: 'Wikipedia (en) «Chota, Peru» infobox: 6°33′41″S 78°38′55″W, 2 388 m',
    checked: true,
  },
  {
    id: 'cutervo',
    name: 'Cutervo',
    province: 'Cutervo',
    kind: 'province-capital',
    lat: -6.3781,
    lon: -78.8194,
    altitudeM: 2637,
    source: 'Altitude: perutouristguide.com «Cutervo» (2 637 m s. n. m.); position: author’s approximation',
    checked: false,
  },
  {
    id: 'bambamarca',
    name: 'Bambamarca',
    province: 'Hualgayoc',
    kind: 'province-capital',
    lat: -6.6806,
    lon: -78.5211,
    altitudeM: 2532,
    source:
      'Altitude: municipal tourism page (2 532 m s. n. m. at the Plaza de Armas); position: author’s approximation',
    checked: false,
  },
  {
    id: 'celendin',
    name: 'Celendín',
    province: 'Celendín',
    kind: 'province-capital',
    lat: sw(6, 51, 57.26),
    lon: sw(78, 8, 41.61),
    altitudeM: 2645,
    source: 'Wikipedia (en) «Celendín» infobox: 6°51′57.26″S 78°08′41.61″W, 2 645 m',
    checked: true,
  },
  {
    id: 'santa-cruz',
    name: 'Santa Cruz',
    province: 'Santa Cruz',
    kind: 'province-capital',
    lat: -6.6265,
    lon: -78.9446,
    altitudeM: 2035,
    source: 'Altitude: perutouristguide.com «Santa Cruz» (2 035 m s. n. m.); position: author’s approximation',
    checked: false,
  },
  {
    id: 'cajabamba',
    name: 'Cajabamba',
    province: 'Cajabamba',
    kind: 'province-capital',
    lat: sw(7, 37, 25),
    lon: sw(78, 2, 46),
    altitudeM: 2654,
    source: 'Wikipedia (es) «Cajabamba (Perú)» infobox: 7°37′25″S 78°02′46″O, 2 654 m',
    checked: true,
  },
  {
    id: 'san-miguel',
    name: 'San Miguel',
    province: 'San Miguel',
    kind: 'province-capital',
    lat: -7.0008316,
    lon: -78.8494544,
    altitudeM: 2612,
    source: 'Wikipedia (es) «San Miguel de Pallaques» infobox: 7°00′03″S 78°50′58″O, 2 612 m (its text says 2 665 m)',
    checked: true,
  },
  {
    id: 'san-pablo',
    name: 'San Pablo',
    province: 'San Pablo',
    kind: 'province-capital',
    lat: -7.1178,
    lon: -78.8231,
    altitudeM: 2365,
    source: 'Author’s approximation; a regional tourism page gives 2 289–2 391 m s. n. m. for the town',
    checked: false,
  },
  {
    id: 'contumaza',
    name: 'Contumazá',
    province: 'Contumazá',
    kind: 'province-capital',
    lat: -7.3664,
    lon: -78.805,
    altitudeM: 2700,
    source: 'Author’s approximation; a travel report gives «around 9,000 feet» (≈ 2 740 m)',
    checked: false,
  },
  {
    id: 'san-marcos',
    name: 'San Marcos',
    province: 'San Marcos',
    kind: 'province-capital',
    lat: -7.3358,
    lon: -78.1708,
    altitudeM: 2252,
    source: 'Altitude: provincial description (2 252 m s. n. m.); position: author’s approximation',
    checked: false,
  },
];
