import fc from 'fast-check';
import type { FuzzCase } from '../fuzz-types.js';
import { hostileStrings } from '../mutate.js';
import { attributeName, cajamarcaLonLat, coordinateNumber, encodeText, textEncoding } from './values.js';

const headerSets = fc.constantFrom(
  ['codigo', 'productor', 'lat', 'lon'],
  ['Código', 'Productor', 'Latitud', 'Longitud', 'Área (ha)'],
  ['codigo', 'productor', 'este', 'norte', 'zona'],
  ['x', 'y', 'nombre'],
  ['id', 'name', 'latitude', 'longitude'],
  ['productor', 'dni', 'utm_e', 'utm_n'],
);

/** A cell: a coordinate in any notation, hostile text, quotes that do not close, or nothing. */
const cell = fc.oneof(
  { weight: 4, arbitrary: coordinateNumber.map(String) },
  { weight: 2, arbitrary: coordinateNumber.map((n) => String(n).replace('.', ',')) },
  { weight: 2, arbitrary: fc.string({ maxLength: 15 }) },
  { weight: 1, arbitrary: fc.constantFrom(...hostileStrings) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '"', '"abc', '""', '"a,b"', '17S', '18', '19 sur', '=1+1', "-5°09'", '5°9\'2"S'),
  },
);

/** A row of real-looking coordinates, so that some rows reach the import proper. */
const goodRow = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('Rosa Díaz', 'Juan Vega', ...hostileStrings.slice(0, 4)),
    cajamarcaLonLat,
  )
  .map(([code, name, [lon, lat]]) => [code, name, String(lat), String(lon)]);

const table = fc.record({
  header: fc.oneof(
    { weight: 3, arbitrary: headerSets },
    { weight: 1, arbitrary: fc.array(attributeName, { maxLength: 8 }) },
  ),
  rows: fc.array(
    fc.oneof({ weight: 2, arbitrary: goodRow }, { weight: 3, arbitrary: fc.array(cell, { maxLength: 9 }) }),
    {
      maxLength: 25,
    },
  ),
  delimiter: fc.constantFrom(',', ';', '\t', '|', ' '),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
  quoteAll: fc.boolean(),
  encoding: textEncoding,
  extension: fc.constantFrom('csv', 'tsv', 'txt', ''),
});

/** Generated CSV: known and random headers, rows of the wrong length, every delimiter and line end, odd cells. */
export const generatedCsv: fc.Arbitrary<FuzzCase> = fc.oneof(
  {
    weight: 10,
    arbitrary: table.map(({ header, rows, delimiter, lineEnd, quoteAll, encoding, extension }) => {
      const line = (cells: readonly string[]) =>
        cells.map((c) => (quoteAll ? `"${c.replaceAll('"', '""')}"` : c)).join(delimiter);
      const text = [header, ...rows].map(line).join(lineEnd);
      return {
        label: `generated CSV (${JSON.stringify(delimiter)}, ${encoding}, ${rows.length} rows)`,
        fileName: extension === '' ? 'parcelas' : `parcelas.${extension}`,
        bytes: encodeText(text, encoding),
      };
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        columns: fc.integer({ min: 1, max: 20_000 }),
        rows: fc.integer({ min: 0, max: 3 }),
        cellLength: fc.integer({ min: 0, max: 200 }),
      })
      .map(({ columns, rows, cellLength }) => {
        const header = Array.from({ length: columns }, (_, i) => (i === 0 ? 'lat' : i === 1 ? 'lon' : `c${i}`)).join(
          ',',
        );
        const row = Array.from({ length: columns }, (_, i) =>
          i === 0 ? '-5.1' : i === 1 ? '-78.9' : 'x'.repeat(cellLength),
        ).join(',');
        return {
          label: `generated wide CSV (${columns} columns × ${rows} rows)`,
          fileName: 'ancho.csv',
          bytes: encodeText([header, ...Array.from({ length: rows }, () => row)].join('\n'), 'utf8'),
        };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('', '\uFEFF', 'lat,lon', 'lat,lon\n', '\n\n\n', ',,,\n,,,', 'lat;lon\n-5,1;-78,9', '\0\0\0')
      .map((text) => ({
        label: `generated CSV ${JSON.stringify(text)}`,
        fileName: 'vacio.csv',
        bytes: encodeText(text, 'utf8'),
      })),
  },
);
