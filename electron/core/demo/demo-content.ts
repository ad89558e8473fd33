/**
 * The workshop demo's fixed content. Everything here is invented: the
 * organisation, the families (surnames made of coffee words, so nobody can
 * mistake them for real people), their communities and plots. Only the
 * district names and the region are real, so the map shows familiar places.
 */

/** The generator's seed: the same demo on every laptop and after every reset. */
export const DEMO_SEED = 20_261_128;

export const DEMO_ORGANISATION_NAME = 'Cooperativa Demostración (datos ficticios)';

/** Shown in every producer's and the organisation's notes, and in the reports that print them. */
export const DEMO_MARKER_TEXT = 'DEMO — datos ficticios';

export const DEMO_PRODUCER_NOTE = `${DEMO_MARKER_TEXT}. Familia inventada para capacitación: no es una persona real.`;
export const DEMO_ORGANISATION_CONTACT = `${DEMO_MARKER_TEXT} para capacitación. Ninguna persona ni parcela es real.`;

/** The plans' first year: monitoring entries are dated within it. */
export const DEMO_BASE_YEAR = 2026;

export const firstNames = [
  'Ana',
  'Rosa',
  'María',
  'Julia',
  'Carmen',
  'Elena',
  'Flor',
  'Luz',
  'José',
  'Juan',
  'Pedro',
  'Luis',
  'Carlos',
  'Miguel',
  'Jorge',
  'Víctor',
] as const;

/** Invented surnames (coffee words): obviously not real families. */
export const surnames = [
  'Granoverde',
  'Tuestaclaro',
  'Pergaminoso',
  'Cafetín',
  'Aromadulce',
  'Tazallena',
  'Brotenuevo',
  'Sombrafresca',
  'Cosechabuena',
  'Cerezarroja',
  'Floresblancas',
  'Lluviamansa',
  'Neblinoso',
  'Semillero',
  'Almaciguero',
  'Secadero',
] as const;

export const plotNames = [
  'La Loma',
  'El Mirador',
  'Alto Bonito',
  'La Quebrada',
  'El Naranjo',
  'La Esperanza',
  'Los Pinos',
  'El Cedro',
  'La Pampa',
  'El Guabo',
  'La Ladera',
  'El Pacay',
] as const;

/**
 * Where the families live: real coffee districts of Jaén and San Ignacio
 * (approximate positions of their coffee slopes), each with an invented
 * community. Plots fall within `radiusKm` of the centre.
 */
export interface DemoSector {
  province: 'Jaén' | 'San Ignacio';
  district: string;
  community: string;
  lon: number;
  lat: number;
  families: number;
}

export const demoSectors: readonly DemoSector[] = [
  {
    province: 'Jaén',
    district: 'Huabal',
    community: 'Alto Granoverde (ficticio)',
    lon: -78.9,
    lat: -5.61,
    families: 7,
  },
  {
    province: 'Jaén',
    district: 'Las Pirias',
    community: 'Loma del Aroma (ficticio)',
    lon: -78.85,
    lat: -5.63,
    families: 7,
  },
  {
    province: 'San Ignacio',
    district: 'San Ignacio',
    community: 'Quebrada Cafetín (ficticio)',
    lon: -79.01,
    lat: -5.12,
    families: 8,
  },
  {
    province: 'San Ignacio',
    district: 'Chirinos',
    community: 'Cerro Tazadoro (ficticio)',
    lon: -78.9,
    lat: -5.3,
    families: 7,
  },
  {
    province: 'San Ignacio',
    district: 'La Coipa',
    community: 'Pampa Pergamino (ficticio)',
    lon: -78.91,
    lat: -5.39,
    families: 6,
  },
];

/** Families spread over this distance around their sector's centre. */
export const SECTOR_RADIUS_KM = 3;

/** Varieties grown in Peru (DOMAIN.md "The farm"), weighted towards the common susceptible ones. */
export const demoVarieties = [
  'Caturra',
  'Caturra',
  'Typica',
  'Catimor',
  'Catimor',
  'Bourbon',
  'Pache',
  'Marsellesa',
  'Castillo',
  'Costa Rica 95',
] as const;
