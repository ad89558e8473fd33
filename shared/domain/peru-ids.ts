/**
 * Peruvian identifiers. RUC (SUNAT taxpayer number): 11 digits; the last is a
 * check digit, modulo 11 over the first ten with weights 5,4,3,2,7,6,5,4,3,2
 * (11 − remainder; 10 → 0, 11 → 1). Prefixes: 10 (persona natural), 15, 16,
 * 17, 20 (persona jurídica). DNI: 8 digits.
 */
const RUC_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
const RUC_PREFIXES = new Set(['10', '15', '16', '17', '20']);

export function rucCheckDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) sum += Number(firstTen[i]) * (RUC_WEIGHTS[i] as number);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 1 : check;
}

export function isValidRuc(ruc: string): boolean {
  if (!/^\d{11}$/.test(ruc) || !RUC_PREFIXES.has(ruc.slice(0, 2))) return false;
  return rucCheckDigit(ruc.slice(0, 10)) === Number(ruc[10]);
}

export const isValidDni = (dni: string): boolean => /^\d{8}$/.test(dni);
