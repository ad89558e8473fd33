import type { AttributeValue } from './plot-attributes.js';

export interface DbfField {
  /** At most 10 ASCII characters. */
  name: string;
  kind: 'text' | 'real' | 'integer';
  decimals?: number;
}

const NUMBER_WIDTH = 19;
// GDAL reads N(9,0) as a 32-bit Integer; 10 digits would make it Integer64.
const INTEGER_WIDTH = 9;
const MAX_TEXT_BYTES = 254;

/** The longest prefix of `text` whose UTF-8 form fits in `maxBytes`, never cutting a character. */
export function utf8Prefix(text: string, maxBytes: number): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return bytes;
  let end = maxBytes;
  // Step back over continuation bytes (10xxxxxx) to the start of a character.
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end);
}

function widthOf(field: DbfField, values: readonly AttributeValue[]): number {
  if (field.kind === 'real') return NUMBER_WIDTH;
  if (field.kind === 'integer') return INTEGER_WIDTH;
  let widest = 1;
  for (const value of values) {
    if (value !== null) widest = Math.max(widest, Buffer.byteLength(String(value), 'utf8'));
  }
  return Math.min(widest, MAX_TEXT_BYTES);
}

/**
 * A dBase III table whose text is UTF-8 (declared by the .cpg beside it):
 * character fields are as wide as their longest value in bytes (≤ 254,
 * longer values cut at a character boundary), numbers are right-aligned text,
 * and an empty (all-blank) number reads as null in GDAL and QGIS.
 */
export function dbfTable(fields: readonly DbfField[], rows: readonly AttributeValue[][]): Buffer {
  const widths = fields.map((field, column) =>
    widthOf(
      field,
      rows.map((row) => row[column] ?? null),
    ),
  );
  const headerBytes = 32 + 32 * fields.length + 1;
  const recordBytes = 1 + widths.reduce((sum, width) => sum + width, 0);
  const out = Buffer.alloc(headerBytes + recordBytes * rows.length + 1, 0x20);
  out.fill(0, 0, headerBytes);
  const today = new Date();
  out.writeUInt8(0x03, 0);
  out.writeUInt8(today.getUTCFullYear() - 1900, 1);
  out.writeUInt8(today.getUTCMonth() + 1, 2);
  out.writeUInt8(today.getUTCDate(), 3);
  out.writeUInt32LE(rows.length, 4);
  out.writeUInt16LE(headerBytes, 8);
  out.writeUInt16LE(recordBytes, 10);
  fields.forEach((field, i) => {
    const at = 32 + 32 * i;
    out.write(field.name.slice(0, 10), at, 'ascii');
    out.write(field.kind === 'text' ? 'C' : 'N', at + 11, 'ascii');
    out.writeUInt8(widths[i] as number, at + 16);
    out.writeUInt8(field.kind === 'real' ? (field.decimals ?? 6) : 0, at + 17);
  });
  out.writeUInt8(0x0d, headerBytes - 1);
  let offset = headerBytes;
  for (const row of rows) {
    offset += 1; // deletion flag: ' ' (kept)
    fields.forEach((field, column) => {
      const width = widths[column] as number;
      const value = row[column] ?? null;
      if (value !== null && field.kind === 'text') {
        utf8Prefix(String(value), width).copy(out, offset);
      } else if (value !== null && typeof value === 'number') {
        const text = field.kind === 'real' ? value.toFixed(field.decimals ?? 6) : String(Math.round(value));
        out.write(text.padStart(width).slice(-width), offset, 'ascii');
      }
      offset += width;
    });
  }
  out.writeUInt8(0x1a, offset);
  return out;
}
