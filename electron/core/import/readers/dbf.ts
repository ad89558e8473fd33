import { isUtf8 } from 'node:buffer';
import type { AttributeValue } from '../source-types.js';
import { LATIN1, textDecoder } from './text-encoding.js';

export interface DbfTable {
  /** Field names in file order. */
  fields: string[];
  /** One entry per record; null for a record marked deleted. */
  records: (Record<string, AttributeValue> | null)[];
  /** The encoding used for text; `latin1Assumed` when there was no .cpg and the text was not UTF-8. */
  encoding: string;
  latin1Assumed: boolean;
}

export class DbfFormatError extends Error {}

interface Field {
  name: string;
  type: string;
  offset: number;
  length: number;
}

/** Field types whose bytes are text, so a whole record can be checked for UTF-8 at once. */
const TEXT_TYPES = new Set(['C', 'N', 'F', 'L', 'D']);

/**
 * Reads a dBASE III/IV table (.dbf) as shapefiles use it. `cpgEncoding` is the
 * .cpg's encoding; without one, text is UTF-8 when every byte sequence is
 * valid UTF-8, else windows-1252 — what ArcMap and Excel on Spanish Windows
 * write — and the caller warns that it was assumed.
 */
export function readDbf(bytes: Uint8Array, cpgEncoding: string | null): DbfTable {
  if (bytes.byteLength < 32) throw new DbfFormatError('the .dbf header is cut short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declaredCount = view.getUint32(4, true);
  const headerBytes = view.getUint16(8, true);
  const recordBytes = view.getUint16(10, true);
  const rawFields = readFieldDescriptors(bytes, Math.min(headerBytes, bytes.byteLength));
  const available = recordBytes > 0 ? Math.floor((bytes.byteLength - headerBytes) / recordBytes) : 0;
  const count = Math.max(0, Math.min(declaredCount, available));

  let encoding = cpgEncoding ?? 'utf-8';
  let latin1Assumed = false;
  if (cpgEncoding === null && !textIsUtf8(bytes, rawFields, headerBytes, recordBytes, count)) {
    encoding = LATIN1;
    latin1Assumed = true;
  }
  const decode = textDecoder(bytes, encoding);
  const fields = uniqueNames(rawFields.map((f) => trimmedText(bytes, decode, f.nameStart, f.nameEnd)));
  const typed: Field[] = rawFields.map((f, i) => ({ ...f, name: fields[i] as string }));

  const records = new Array<Record<string, AttributeValue> | null>(count);
  for (let r = 0; r < count; r += 1) {
    const start = headerBytes + r * recordBytes;
    // "*" in the first byte marks a deleted record; GDAL skips those too.
    if (bytes[start] === 0x2a) {
      records[r] = null;
      continue;
    }
    const record: Record<string, AttributeValue> = {};
    for (const field of typed) {
      record[field.name] = fieldValue(bytes, view, decode, field, start + field.offset);
    }
    records[r] = record;
  }
  return { fields, records, encoding, latin1Assumed };
}

function readFieldDescriptors(bytes: Uint8Array, headerEnd: number) {
  const fields: { nameStart: number; nameEnd: number; type: string; offset: number; length: number }[] = [];
  let offset = 1; // byte 0 of each record is the deletion flag
  for (let at = 32; at + 32 <= headerEnd && bytes[at] !== 0x0d; at += 32) {
    let nameEnd = at;
    while (nameEnd < at + 11 && bytes[nameEnd] !== 0) nameEnd += 1;
    const length = bytes[at + 16] as number;
    fields.push({ nameStart: at, nameEnd, type: String.fromCharCode(bytes[at + 11] as number), offset, length });
    offset += length;
  }
  return fields;
}

function textIsUtf8(
  bytes: Uint8Array,
  fields: readonly { nameStart: number; nameEnd: number; type: string; offset: number; length: number }[],
  headerBytes: number,
  recordBytes: number,
  count: number,
): boolean {
  // Only the name bytes of the descriptors are text; their lengths and flags are binary.
  if (!fields.every((f) => isUtf8(bytes.subarray(f.nameStart, f.nameEnd)))) return false;
  if (fields.every((f) => TEXT_TYPES.has(f.type))) {
    return isUtf8(bytes.subarray(headerBytes, headerBytes + count * recordBytes));
  }
  // Binary fields (Visual FoxPro integers, doubles) are not text: check the character fields one by one.
  const characterFields = fields.filter((f) => f.type === 'C');
  for (let r = 0; r < count; r += 1) {
    const start = headerBytes + r * recordBytes;
    for (const f of characterFields) {
      if (!isUtf8(bytes.subarray(start + f.offset, start + f.offset + f.length))) return false;
    }
  }
  return true;
}

/** dBASE pads with spaces (and some writers with NULs): the value is what lies between. */
function trimmedText(bytes: Uint8Array, decode: (s: number, e: number) => string, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && (bytes[s] === 0x20 || bytes[s] === 0)) s += 1;
  while (e > s && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0)) e -= 1;
  return s === e ? '' : decode(s, e);
}

function fieldValue(
  bytes: Uint8Array,
  view: DataView,
  decode: (s: number, e: number) => string,
  field: Field,
  at: number,
): AttributeValue {
  const end = Math.min(at + field.length, bytes.byteLength);
  switch (field.type) {
    case 'C':
      return trimmedText(bytes, decode, at, end) || null;
    case 'N':
    case 'F': {
      const text = trimmedText(bytes, decode, at, end);
      // Empty or "*****" (overflow) is dBASE's way of writing no value.
      if (text === '' || text.startsWith('*')) return null;
      const value = Number(text.replace(',', '.'));
      return Number.isFinite(value) ? value : null;
    }
    case 'L': {
      const flag = String.fromCharCode(bytes[at] ?? 0x3f).toUpperCase();
      return 'YT'.includes(flag) ? true : 'NF'.includes(flag) ? false : null;
    }
    case 'D': {
      const text = trimmedText(bytes, decode, at, end);
      const date = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
      return date && text !== '00000000' ? `${date[1]}-${date[2]}-${date[3]}` : null;
    }
    case 'I':
    case '+':
      return field.length === 4 && at + 4 <= bytes.byteLength ? view.getInt32(at, true) : null;
    case 'O':
      return field.length === 8 && at + 8 <= bytes.byteLength ? view.getFloat64(at, true) : null;
    case 'M':
    case 'B':
    case 'G':
    case 'P':
      // Memo and binary fields live in a .dbt/.fpt file that shapefiles do not ship.
      return null;
    default:
      return trimmedText(bytes, decode, at, end) || null;
  }
}

/** Empty names become field_N and repeated names get _2, _3… so no column overwrites another. */
function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    let name = raw === '' ? `field_${i + 1}` : raw;
    for (let n = 2; seen.has(name); n += 1) name = `${raw}_${n}`;
    seen.add(name);
    return name;
  });
}
