/**
 * Varieties offered in forms (DOMAIN.md "The farm": varieties grown in Peru).
 * Free text is allowed too; this list is only what the form suggests.
 */
export const coffeeVarieties = [
  'Typica',
  'Bourbon',
  'Caturra',
  'Pache',
  'Catimor',
  'Catuaí',
  'Costa Rica 95',
  'Castillo',
  'Marsellesa',
  'Geisha',
] as const;
