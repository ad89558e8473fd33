/**
 * WGS84 longitude/latitude to UTM (EPSG:326zz north, 327zz south), pure: the
 * map's coordinate readout needs it on every pointer move and shared/ may not
 * pull in a projection library for one formula.
 *
 * Krüger's series to n⁶ as given by Karney (2011), "Transverse Mercator with
 * an accuracy of a few nanometers", J. Geodesy 85:475–485, eqs. (7)–(11), (35).
 * Within a few thousand km of the central meridian the error is far below a
 * millimetre, so a zone forced outside its own 6° band (Cajamarca in 17S even
 * east of −78°, as Peruvian agencies do) still reads correctly.
 */

const A_WGS84 = 6_378_137;
const F_WGS84 = 1 / 298.257223563;
/** UTM's scale on the central meridian, false easting and the false northing of southern zones. */
const K0 = 0.9996;
const FALSE_EASTING_M = 500_000;
const FALSE_NORTHING_SOUTH_M = 10_000_000;

const n = F_WGS84 / (2 - F_WGS84);
const e = Math.sqrt(F_WGS84 * (2 - F_WGS84));
const n2 = n * n;
const n3 = n2 * n;
const n4 = n3 * n;
const n5 = n4 * n;
const n6 = n5 * n;
/** Rectifying radius (Karney eq. 14). */
const RECTIFYING_RADIUS_M = (A_WGS84 / (1 + n)) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
/** Karney eq. (35): α1 … α6. */
const alpha = [
  n / 2 - (2 / 3) * n2 + (5 / 16) * n3 + (41 / 180) * n4 - (127 / 288) * n5 + (7891 / 37800) * n6,
  (13 / 48) * n2 - (3 / 5) * n3 + (557 / 1440) * n4 + (281 / 630) * n5 - (1983433 / 1935360) * n6,
  (61 / 240) * n3 - (103 / 140) * n4 + (15061 / 26880) * n5 + (167603 / 181440) * n6,
  (49561 / 161280) * n4 - (179 / 168) * n5 + (6601661 / 7257600) * n6,
  (34729 / 80640) * n5 - (3418889 / 1995840) * n6,
  (212378941 / 319334400) * n6,
];

export type Hemisphere = 'N' | 'S';

export interface UtmZone {
  /** 1–60. */
  readonly zone: number;
  readonly hemisphere: Hemisphere;
}

export interface UtmPosition extends UtmZone {
  readonly eastingM: number;
  readonly northingM: number;
}

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Longitude of the zone's central meridian: zone 17 → −81°, zone 18 → −75°. */
export function centralMeridianDeg(zone: number): number {
  return -183 + 6 * zone;
}

/** The zone whose 6° band holds the longitude (no Norway/Svalbard exceptions: not needed in Peru). */
export function utmZoneFor(lonDeg: number): number {
  const zone = Math.floor((lonDeg + 180) / 6) + 1;
  return Math.min(60, Math.max(1, zone));
}

/** EPSG code of a WGS84 UTM zone: 17S → 32717, 18S → 32718. */
export function utmEpsg({ zone, hemisphere }: UtmZone): number {
  return (hemisphere === 'N' ? 32600 : 32700) + zone;
}

/**
 * Projects [lon, lat] (degrees, WGS84) into the given UTM zone. Southern zones
 * add the 10,000 km false northing, so Cajamarca reads N ≈ 9,200,000.
 */
export function lonLatToUtm(lonDeg: number, latDeg: number, target: UtmZone): UtmPosition {
  const phi = toRad(latDeg);
  const lambda = toRad(lonDeg - centralMeridianDeg(target.zone));
  // Conformal latitude, as τ' = tan χ (Karney eqs. 7–9).
  const sinPhi = Math.sin(phi);
  const tau = Math.tan(phi);
  const sigma = Math.sinh(e * Math.atanh(e * sinPhi));
  const tauPrime = tau * Math.sqrt(1 + sigma * sigma) - sigma * Math.sqrt(1 + tau * tau);
  // Gauss–Schreiber coordinates (eq. 10), then Krüger's series (eq. 11).
  const xiPrime = Math.atan2(tauPrime, Math.cos(lambda));
  const etaPrime = Math.asinh(Math.sin(lambda) / Math.sqrt(tauPrime * tauPrime + Math.cos(lambda) ** 2));
  let xi = xiPrime;
  let eta = etaPrime;
  alpha.forEach((a, index) => {
    const k = 2 * (index + 1);
    xi += a * Math.sin(k * xiPrime) * Math.cosh(k * etaPrime);
    eta += a * Math.cos(k * xiPrime) * Math.sinh(k * etaPrime);
  });
  const eastingM = FALSE_EASTING_M + K0 * RECTIFYING_RADIUS_M * eta;
  const northingM = (target.hemisphere === 'S' ? FALSE_NORTHING_SOUTH_M : 0) + K0 * RECTIFYING_RADIUS_M * xi;
  return { ...target, eastingM, northingM };
}
