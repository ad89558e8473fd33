import type { Position } from 'geojson';
import type { Plot } from '../../../shared/domain/plot.js';
import type { Producer } from '../../../shared/domain/producer.js';
import { geodesicDistanceM } from '../../../shared/geo/geodesic.js';
import { pick } from '../synthetic/random.js';
import type { DemoCall } from './demo-call.js';
import {
  DEMO_MARKER_TEXT,
  DEMO_PRODUCER_NOTE,
  SECTOR_RADIUS_KM,
  demoSectors,
  demoVarieties,
  firstNames,
  plotNames,
  surnames,
} from './demo-content.js';
import type { DemoSector } from './demo-content.js';
import { irregularPlot, plotReachM } from './demo-plot-shape.js';
import { DEMO_ALTITUDE_MAX_M, DEMO_ALTITUDE_MIN_M, demoAltitudeM } from './demo-terrain.js';

export interface DemoFamily {
  producer: Producer;
  plots: Plot[];
  sector: DemoSector;
}

/** A family's plots lie within this distance of its house. */
const FARM_RADIUS_M = 700;
/** Room kept between two plots' outermost corners. */
const GAP_M = 30;

interface Placed {
  centre: Position;
  reachM: number;
}

/** A point within `radiusM` of `centre` (uniform over the disc). */
function around(random: () => number, centre: Position, radiusM: number): Position {
  const r = radiusM * Math.sqrt(random());
  const angle = 2 * Math.PI * random();
  const [lon, lat] = centre as [number, number];
  return [
    lon + (r * Math.cos(angle)) / (111_320 * Math.cos((lat * Math.PI) / 180)),
    lat + (r * Math.sin(angle)) / 110_574,
  ];
}

/** Fisher–Yates with the seeded generator: the same order on every machine. */
function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const onCoffeeSlope = (p: Position): boolean => {
  const altitudeM = demoAltitudeM(p[0] as number, p[1] as number);
  return altitudeM >= DEMO_ALTITUDE_MIN_M && altitudeM <= DEMO_ALTITUDE_MAX_M;
};

/** Tries until the point suits `accept`; the seeded sequence makes the outcome the same every time. */
function findPlace(random: () => number, next: () => Position, accept: (p: Position) => boolean): Position {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const candidate = next();
    if (accept(candidate)) return candidate;
  }
  throw new Error('The demo generator found no free place on a coffee slope (its sectors are too crowded).');
}

/**
 * The demo's families, one sector after another, each with 1–3 plots of
 * 0.5–3 ha (DOMAIN.md "The farm": 85 % of Peruvian coffee farms are 0.5–5 ha)
 * on the relief's coffee slopes (1,100–2,000 msnm), never overlapping.
 */
export async function createDemoFamilies(
  call: DemoCall,
  random: () => number,
  organisationId: string,
): Promise<DemoFamily[]> {
  const families: DemoFamily[] = [];
  const placed: Placed[] = [];
  let number = 0;
  for (const sector of demoSectors) {
    for (let f = 0; f < sector.families; f += 1) {
      number += 1;
      const firstIndex = Math.floor(random() * firstNames.length);
      const first = firstNames[firstIndex] as string;
      const surname1 = pick(random, surnames);
      let surname2 = pick(random, surnames);
      while (surname2 === surname1) surname2 = pick(random, surnames);
      const producer = await call('producers.create', {
        organisationId,
        memberCode: `DEMO-${String(number).padStart(3, '0')}`,
        names: `${first} ${surname1} ${surname2}`,
        // The list's first half are women's names.
        gender: firstIndex < firstNames.length / 2 ? 'mujer' : 'hombre',
        birthYear: 1955 + Math.floor(random() * 45),
        householdSize: 2 + Math.floor(random() * 6),
        community: sector.community,
        district: sector.district,
        certifications: random() < 0.5 ? ['organico_ue', 'fairtrade'] : ['fairtrade'],
        notes: DEMO_PRODUCER_NOTE,
      });
      const home = findPlace(
        random,
        () => around(random, [sector.lon, sector.lat], SECTOR_RADIUS_KM * 1000),
        onCoffeeSlope,
      );
      const plotCount = 1 + Math.floor(random() * 3);
      const plots: Plot[] = [];
      const names = shuffled(random, plotNames);
      for (let p = 0; p < plotCount; p += 1) {
        const areaHa = Math.round((0.5 + random() * 2.5) * 100) / 100;
        const reachM = plotReachM(areaHa);
        const free = (c: Position): boolean =>
          onCoffeeSlope(c) && placed.every((o) => geodesicDistanceM(o.centre, c) > o.reachM + reachM + GAP_M);
        const centre = findPlace(random, () => around(random, home, FARM_RADIUS_M), free);
        placed.push({ centre, reachM });
        const yieldQqPerHa = 12 + random() * 12;
        plots.push(
          await call('plots.create', {
            producerId: producer.id,
            name: names[p] ?? `Parcela ${p + 1}`,
            geometry: irregularPlot(random, centre, areaHa),
            altitudeM: Math.round(demoAltitudeM(centre[0] as number, centre[1] as number)),
            altitudeSource: 'gps',
            variety: pick(random, demoVarieties),
            plantingYear: 2000 + Math.floor(random() * 23),
            // ~2,000 plants/ha is typical in Peru (DOMAIN.md "The farm"); denser renovated plots up to 5,000.
            plantsPerHa: 100 * Math.round(18 + random() * 32),
            // About 90 % of Peruvian coffee is shaded (DOMAIN.md "The farm").
            shadePct: random() < 0.1 ? 0 : 10 * Math.round(1 + random() * 6),
            productionSystem: pick(random, ['organico', 'organico', 'convencional', 'transicion'] as const),
            // North-zone yields ≈ 18 qq/ha (DOMAIN.md "The farm"): 12–24 here.
            lastHarvestQq: Math.round(areaHa * yieldQqPerHa),
            lastHarvestBasis: 'pergamino',
            notes: `${DEMO_MARKER_TEXT}: parcela inventada.`,
          }),
        );
      }
      families.push({ producer, plots, sector });
    }
  }
  return families;
}
