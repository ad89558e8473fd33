import { describe, expect, it } from 'vitest';
import { isValidDni, isValidRuc, rucCheckDigit } from '../../shared/domain/peru-ids.js';

describe('Peruvian identifiers', () => {
  it('accepts RUCs with a correct SUNAT check digit', () => {
    // 2010007097·0: Σ = 2·5+0·4+1·3+0·2+0·7+0·6+7·5+0·4+9·3+7·2 = 89; 89 mod 11 = 1; 11 − 1 = 10 → 0.
    expect(rucCheckDigit('2010007097')).toBe(0);
    expect(isValidRuc('20100070970')).toBe(true);
    // 1046208116·? : Σ = 5+0+12+12+14+0+40+4+3+12 = 102; 102 mod 11 = 3; 11 − 3 = 8.
    expect(rucCheckDigit('1046208116')).toBe(8);
    expect(isValidRuc('10462081168')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length, letters and unknown prefixes', () => {
    expect(isValidRuc('20100070971')).toBe(false);
    expect(isValidRuc('2010007097')).toBe(false);
    expect(isValidRuc('2010007097A')).toBe(false);
    // 30… is not a SUNAT prefix even with a matching digit.
    expect(isValidRuc(`3010007097${rucCheckDigit('3010007097')}`)).toBe(false);
  });

  it('accepts 8-digit DNIs only', () => {
    expect(isValidDni('45678912')).toBe(true);
    expect(isValidDni('4567891')).toBe(false);
    expect(isValidDni('456789123')).toBe(false);
    expect(isValidDni('4567891a')).toBe(false);
  });
});
