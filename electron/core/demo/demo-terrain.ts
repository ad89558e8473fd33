/**
 * The demo's relief: an INVENTED smooth surface (four crossing waves), not a
 * real elevation model. It gives each fictitious plot an altitude and each
 * grid cell of the derived hazard layers an altitude and a slope, so plots
 * and layers agree with each other. Around its mean of 1,550 msnm it spans
 * ≈ 935–2,165 m, and plots are only placed where it is 1,100–2,000 m: the
 * altitudes where coffee grows in Jaén and San Ignacio (DOMAIN.md "The farm":
 * 75 % of plots above 1,000 m, new plots above 1,500 m since the 2013 rust
 * crisis). Slopes come out mostly 10–60 %, as on the region's coffee hillsides.
 */

const BASE_ALTITUDE_M = 1550;
/** The surface's own origin; any point of the region would do. */
const ORIGIN_LON = -78.95;
const ORIGIN_LAT = -5.4;
/** Kilometres per degree at this latitude (WGS84, to well within the surface's own arbitrariness). */
const KM_PER_DEG_LON = 111.32 * Math.cos((ORIGIN_LAT * Math.PI) / 180);
const KM_PER_DEG_LAT = 110.57;

interface Wave {
  amplitudeM: number;
  wavelengthKm: number;
  angleRad: number;
  phase: number;
}

const waves: readonly Wave[] = [
  { amplitudeM: 300, wavelengthKm: 9, angleRad: 0.35, phase: 0.3 },
  { amplitudeM: 180, wavelengthKm: 5.3, angleRad: 1.9, phase: 1.1 },
  { amplitudeM: 90, wavelengthKm: 2.9, angleRad: 2.7, phase: 2.4 },
  { amplitudeM: 45, wavelengthKm: 1.6, angleRad: 0.95, phase: 4.0 },
];

export const DEMO_ALTITUDE_MIN_M = 1100;
export const DEMO_ALTITUDE_MAX_M = 2000;

function localKm(lon: number, lat: number): { x: number; y: number } {
  return { x: (lon - ORIGIN_LON) * KM_PER_DEG_LON, y: (lat - ORIGIN_LAT) * KM_PER_DEG_LAT };
}

/** Altitude of the demo relief, msnm. */
export function demoAltitudeM(lon: number, lat: number): number {
  const { x, y } = localKm(lon, lat);
  let altitudeM = BASE_ALTITUDE_M;
  for (const w of waves) {
    const k = (2 * Math.PI) / w.wavelengthKm;
    altitudeM += w.amplitudeM * Math.sin(k * (x * Math.cos(w.angleRad) + y * Math.sin(w.angleRad)) + w.phase);
  }
  return altitudeM;
}

/** Slope of the demo relief in percent (rise over run × 100), from its exact gradient. */
export function demoSlopePct(lon: number, lat: number): number {
  const { x, y } = localKm(lon, lat);
  let dzdx = 0;
  let dzdy = 0;
  for (const w of waves) {
    const k = (2 * Math.PI) / w.wavelengthKm;
    const c = w.amplitudeM * k * Math.cos(k * (x * Math.cos(w.angleRad) + y * Math.sin(w.angleRad)) + w.phase);
    dzdx += c * Math.cos(w.angleRad);
    dzdy += c * Math.sin(w.angleRad);
  }
  // The gradient is in metres per kilometre: /1000 for m/m, ×100 for percent.
  return Math.hypot(dzdx, dzdy) / 10;
}
