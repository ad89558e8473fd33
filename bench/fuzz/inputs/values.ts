import fc from 'fast-check';
import { hostileStrings } from '../mutate.js';

/**
 * Building blocks for generated files: coordinates (real ones around
 * Cajamarca, UTM metres, and the numbers no map has), attribute names and
 * values (what field forms use, and hostile text), text encodings.
 */

/** A longitude/latitude pair in northern Peru (San Ignacio, Jaén, Cajamarca). */
export const cajamarcaLonLat = fc.tuple(
  fc.double({ min: -79.6, max: -78.0, noNaN: true }),
  fc.double({ min: -7.6, max: -4.6, noNaN: true }),
);

/** A number as files carry them, sane or not. */
export const coordinateNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -80, max: -4, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ min: 600_000, max: 9_400_000, noNaN: true }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Infinity,
      -Infinity,
      1e308,
      -1e308,
      5e-324,
      0,
      -0,
      180,
      -180,
      90,
      -90,
      181,
      -91,
      360,
      1e15,
      Number.MAX_SAFE_INTEGER,
    ),
  },
  { weight: 1, arbitrary: fc.double() },
);

/** A position: usually two numbers, sometimes one, three, four or none. */
export const position = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(coordinateNumber, coordinateNumber) },
  { weight: 1, arbitrary: fc.tuple(coordinateNumber, coordinateNumber, coordinateNumber) },
  { weight: 1, arbitrary: fc.array(coordinateNumber, { maxLength: 5 }) },
);

/** A ring of 0–12 positions, usually closed, around one sane place so that some plots pass. */
export const ring: fc.Arbitrary<number[][]> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(cajamarcaLonLat, fc.double({ min: 1e-6, max: 0.05, noNaN: true }), fc.integer({ min: 3, max: 9 }))
      .map(([[lon, lat], r, n]) => {
        const points = Array.from({ length: n }, (_, i) => [
          lon + r * Math.cos((2 * Math.PI * i) / n),
          lat + r * Math.sin((2 * Math.PI * i) / n),
        ]);
        return [...points, [...(points[0] as number[])]];
      }),
  },
  { weight: 2, arbitrary: fc.array(position, { maxLength: 12 }) },
  {
    weight: 1,
    // A bow tie: crosses itself.
    arbitrary: cajamarcaLonLat.map(([lon, lat]) => [
      [lon, lat],
      [lon + 0.01, lat + 0.01],
      [lon + 0.01, lat],
      [lon, lat + 0.01],
      [lon, lat],
    ]),
  },
);

/** Attribute names field forms and GIS tools use, and names that attack objects and SQL. */
export const attributeName = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'nombre',
      'name',
      'codigo',
      'productor',
      'dni',
      'area',
      'area_ha',
      'altitud',
      'variedad',
      'nivel',
      'clase',
      'lat',
      'lon',
      'latitud',
      'longitud',
      'x',
      'y',
      'este',
      'norte',
      'zona',
      'description',
      'id',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '') },
  { weight: 1, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Attribute values: text, numbers, hostile text, and what JSON and XML carry besides. */
export const attributeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), coordinateNumber) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, '', ' ', '0', '-1', '1e400', 'NaN') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

export type TextEncoding = 'utf8' | 'utf8bom' | 'latin1' | 'utf16le' | 'utf16be';
export const textEncoding: fc.Arbitrary<TextEncoding> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('utf8' as const) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('utf8bom' as const, 'latin1' as const, 'utf16le' as const, 'utf16be' as const),
  },
);

/** Text as bytes in an encoding (UTF-16 with its byte-order mark, as Windows Notepad saves it). */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf8bom':
      return new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf8'));
    case 'latin1':
      return new Uint8Array(Buffer.from(text, 'latin1'));
    case 'utf16le':
      return new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    case 'utf16be': {
      const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
      return new Uint8Array(le);
    }
    default: {
      const never: never = encoding;
      throw new Error(`Unknown encoding ${String(never)}`);
    }
  }
}

/** Escapes text for XML content (hostile text must stay text in a well-formed file, most of the time). */
export const xmlEscape = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
