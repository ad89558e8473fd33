import fc from 'fast-check';

/** A file an input is made from: a real fixture or a file the fuzzer wrote with Cafetal's own exporters. */
export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Byte-level damage, as files get it on USB sticks, in e-mail and WhatsApp,
 * or from a hostile sender. Positions are drawn as naturals and taken modulo
 * the current length, so one recipe applies to any file.
 */
export type ByteMutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'splice'; at: number; donor: number; donorAt: number; length: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'int32'; at: number; value: number; littleEndian: boolean }
  | { kind: 'float64'; at: number; value: number; littleEndian: boolean };

/** Values that sit on the edges of what parsers check: sizes, counts, offsets. */
const edgeInts = [0, 1, -1, 0x7f, 0x80, 0xff, 0xffff, 0x7fffffff, -0x80000000, 0x10000, 255 * 255, 2 ** 31 - 8];
/** Coordinates no map has: what a broken GPS or a hostile file writes. */
const edgeDoubles = [Number.NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, 0, -0, 1e15, 9_300_000, 181, -91];

const position = fc.nat({ max: 2 ** 30 });

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.nat({ max: 7 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      at: position,
      value: fc.constantFrom(0x00, 0xff, 0x7f, 0x80, 0x22, 0x3c, 0x3e, 0x2c, 0x0a, 0x5c, 0x7b, 0x7d),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: position,
      length: fc.integer({ min: 1, max: 512 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('duplicate' as const),
      at: position,
      length: fc.integer({ min: 1, max: 2048 }),
      to: position,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('splice' as const),
      at: position,
      donor: fc.nat(),
      donorAt: position,
      length: fc.integer({ min: 1, max: 4096 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: position,
      bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 64 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('int32' as const),
      at: position,
      value: fc.constantFrom(...edgeInts),
      littleEndian: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('float64' as const),
      at: position,
      value: fc.constantFrom(...edgeDoubles),
      littleEndian: fc.boolean(),
    }),
  },
);

/** 1–4 mutations in a row. */
export const byteMutations = fc.array(byteMutation, { minLength: 1, maxLength: 4 });

export function describeMutation(m: ByteMutation): string {
  switch (m.kind) {
    case 'flip':
      return `flip@${m.at}.b${m.bit}`;
    case 'set':
      return `set@${m.at}=0x${m.value.toString(16)}`;
    case 'truncate':
      return `truncate@${m.at}`;
    case 'delete':
      return `delete@${m.at}+${m.length}`;
    case 'duplicate':
      return `duplicate@${m.at}+${m.length}->${m.to}`;
    case 'splice':
      return `splice@${m.at}<-seed${m.donor}@${m.donorAt}+${m.length}`;
    case 'insert':
      return `insert@${m.at}[${m.bytes.length}]`;
    case 'int32':
      return `int32@${m.at}=${m.value}${m.littleEndian ? 'le' : 'be'}`;
    case 'float64':
      return `float64@${m.at}=${m.value}${m.littleEndian ? 'le' : 'be'}`;
    default: {
      const never: never = m;
      throw new Error(`Unknown mutation ${JSON.stringify(never)}`);
    }
  }
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

/** Applies one mutation; `donors` are the other files of the same format (for splicing). */
export function applyMutation(bytes: Uint8Array, m: ByteMutation, donors: readonly SeedFile[]): Uint8Array {
  const n = bytes.length;
  const at = n === 0 ? 0 : m.at % n;
  switch (m.kind) {
    case 'flip': {
      if (n === 0) return bytes;
      const out = bytes.slice();
      out[at] = (out[at] as number) ^ (1 << m.bit);
      return out;
    }
    case 'set': {
      if (n === 0) return bytes;
      const out = bytes.slice();
      out[at] = m.value;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, m.at % (n + 1));
    case 'delete':
      return concat(bytes.subarray(0, at), bytes.subarray(at + m.length));
    case 'duplicate': {
      const chunk = bytes.subarray(at, at + m.length);
      const to = m.to % (n + 1);
      return concat(bytes.subarray(0, to), chunk, bytes.subarray(to));
    }
    case 'splice': {
      const donor = donors.length === 0 ? bytes : (donors[m.donor % donors.length] as SeedFile).bytes;
      const from = donor.length === 0 ? 0 : m.donorAt % donor.length;
      return concat(bytes.subarray(0, at), donor.subarray(from, from + m.length), bytes.subarray(at));
    }
    case 'insert':
      return concat(bytes.subarray(0, at), Uint8Array.from(m.bytes), bytes.subarray(at));
    case 'int32':
    case 'float64': {
      const size = m.kind === 'int32' ? 4 : 8;
      if (n < size) return bytes;
      const out = bytes.slice();
      const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
      const where = Math.min(at, n - size);
      if (m.kind === 'int32') view.setInt32(where, m.value | 0, m.littleEndian);
      else view.setFloat64(where, m.value, m.littleEndian);
      return out;
    }
    default: {
      const never: never = m;
      throw new Error(`Unknown mutation ${JSON.stringify(never)}`);
    }
  }
}

export function applyMutations(
  bytes: Uint8Array,
  list: readonly ByteMutation[],
  donors: readonly SeedFile[],
): Uint8Array {
  return list.reduce((current, m) => applyMutation(current, m, donors), bytes);
}

/**
 * Text-aware damage for text formats: a number replaced by one no map has,
 * a line dropped or doubled, a closing tag or bracket lost, hostile text
 * inserted, a byte-order mark added, the whole re-encoded.
 */
export type TextMutation =
  | { kind: 'number'; nth: number; value: string }
  | { kind: 'dropLine'; nth: number }
  | { kind: 'doubleLine'; nth: number; times: number }
  | { kind: 'dropChar'; char: string; nth: number }
  | { kind: 'insertText'; at: number; text: string }
  | { kind: 'bom' }
  | { kind: 'encoding'; as: 'latin1' | 'utf16le' | 'utf16be' };

export const hostileStrings = [
  "'); DROP TABLE plots;--",
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '\u202Eabc\u202C\u200B\u200D\uFEFF',
  '__proto__',
  'constructor',
  '\u0000',
  '\uD800',
  '%s%s%n',
  '${7*7}',
  '&amp;&lt;&#0;&#xFFFFFFFF;',
  '<!ENTITY x "y">',
  'Ñandú Cajamarca — café',
  'x'.repeat(5000),
];

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('number' as const),
      nth: fc.nat({ max: 5000 }),
      value: fc.constantFrom(
        'NaN',
        'Infinity',
        '-Infinity',
        '1e999',
        '-1e999',
        '1e308',
        '-0',
        '999999999999999999999999',
        '9300000',
        '720000',
        '181',
        '-91',
        '0x10',
        '1,5',
        '',
        'null',
        '"5"',
        '[]',
        '{}',
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dropLine' as const), nth: fc.nat({ max: 5000 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('doubleLine' as const),
      nth: fc.nat({ max: 5000 }),
      times: fc.integer({ min: 1, max: 200 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('dropChar' as const),
      char: fc.constantFrom('>', '<', '/', ']', '}', '"', ',', ';', '\n'),
      nth: fc.nat({ max: 5000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insertText' as const),
      at: position,
      text: fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ unit: 'binary', maxLength: 40 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bom' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('encoding' as const),
      as: fc.constantFrom('latin1', 'utf16le', 'utf16be'),
    }),
  },
);

export const textMutations = fc.array(textMutation, { minLength: 1, maxLength: 3 });

export function describeTextMutation(m: TextMutation): string {
  switch (m.kind) {
    case 'number':
      return `number#${m.nth}=${m.value}`;
    case 'dropLine':
      return `dropLine#${m.nth}`;
    case 'doubleLine':
      return `doubleLine#${m.nth}x${m.times}`;
    case 'dropChar':
      return `dropChar${JSON.stringify(m.char)}#${m.nth}`;
    case 'insertText':
      return `insertText@${m.at}${JSON.stringify(m.text.slice(0, 24))}`;
    case 'bom':
      return 'bom';
    case 'encoding':
      return `encoding=${m.as}`;
    default: {
      const never: never = m;
      throw new Error(`Unknown mutation ${JSON.stringify(never)}`);
    }
  }
}

/** Replaces the nth match (modulo the number of matches) of `pattern` in `text`. */
function replaceNth(text: string, pattern: RegExp, nth: number, by: (match: string) => string): string {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return text;
  const match = matches[nth % matches.length] as RegExpMatchArray;
  const at = match.index ?? 0;
  return text.slice(0, at) + by(match[0]) + text.slice(at + match[0].length);
}

const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return concat(Uint8Array.of(0xfe, 0xff), le);
};

/** Applies text mutations to UTF-8 bytes; the result is UTF-8 unless an `encoding` mutation re-encodes it. */
export function applyTextMutations(bytes: Uint8Array, list: readonly TextMutation[]): Uint8Array {
  let text = Buffer.from(bytes).toString('utf8');
  let encoding: 'utf8' | 'latin1' | 'utf16le' | 'utf16be' = 'utf8';
  for (const m of list) {
    switch (m.kind) {
      case 'number':
        text = replaceNth(text, /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g, m.nth, () => m.value);
        break;
      case 'dropLine':
        text = replaceNth(text, /[^\n]*\n/g, m.nth, () => '');
        break;
      case 'doubleLine':
        text = replaceNth(text, /[^\n]*\n/g, m.nth, (line) => line.repeat(m.times + 1));
        break;
      case 'dropChar':
        text = replaceNth(text, new RegExp(m.char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), 'g'), m.nth, () => '');
        break;
      case 'insertText': {
        const at = text.length === 0 ? 0 : m.at % text.length;
        text = text.slice(0, at) + m.text + text.slice(at);
        break;
      }
      case 'bom':
        text = `\uFEFF${text}`;
        break;
      case 'encoding':
        encoding = m.as;
        break;
      default: {
        const never: never = m;
        throw new Error(`Unknown mutation ${JSON.stringify(never)}`);
      }
    }
  }
  if (encoding === 'utf16be') return utf16be(text);
  const out = Buffer.from(encoding === 'utf16le' ? `\uFEFF${text}` : text, encoding);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
