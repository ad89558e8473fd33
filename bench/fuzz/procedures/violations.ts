import fc from 'fast-check';
import type { z } from 'zod';
import { defOf, exampleOf, fieldKind, isStrict, objectSchemaOf } from './schema-examples.js';

/** An input meant to break a procedure's contract, and how. */
export interface Violation {
  how: string;
  input: unknown;
}

/** Values of every kind; the ones of the wrong kind for a field are what breaks it. */
const wrongValues: Record<string, unknown[]> = {
  string: [42, -1, true, null, [], {}, ['a'], { toString: 'x' }],
  number: ['5', '', NaN, Infinity, -Infinity, 1e308, -1e308, -1, 1.5, 2 ** 53 + 2, true, null, [], {}],
  boolean: ['true', 1, 0, null, [], {}],
  array: ['[]', {}, 1, null, { length: 1, 0: 'a' }],
  object: [[], 'objeto', 1, null, true],
  enum: ['no-existe', '', 0, null, 'ADMIN', '__proto__'],
  record: [[], 'x', 1, null],
  literal: ['otro', 0, null],
  union: [Symbol.for('x').toString(), 1e308, null, [], {}],
  tuple: [[], [1], {}, 'x'],
};
const anyWrong = [null, 0, -1, '', 'x'.repeat(10_000), [], {}, true, NaN];

/** Strings past any sensible maximum, and numbers past any minimum. */
const huge = ['x'.repeat(100_001), 'ñ'.repeat(300_000), `${'a'.repeat(5000)}@example.com`];
const negatives = [-1, -0.5, -1e9, -Number.MAX_SAFE_INTEGER];

/** Keys that attack plain objects: own `__proto__` (as JSON.parse makes it), constructor, prototype. */
const pollution = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"__proto__": null}',
  '{"prototype": {"polluted": "yes"}}',
  '{"hasOwnProperty": "x", "toString": 1}',
];

type Path = (string | number)[];

/** A short printable form of any value (even `{ toString: 'x' }`, which String() throws on). */
function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return (JSON.stringify(value) ?? typeof value).slice(0, 24);
  } catch {
    return typeof value;
  }
}

/** Every place in the example a value sits: where one violation is put. */
function paths(value: unknown, prefix: Path = []): { path: Path; value: unknown }[] {
  const here = prefix.length > 0 ? [{ path: prefix, value }] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null)
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

/** The field schema at a path of the example (through objects, arrays and wrappers). */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | null {
  let current: z.ZodType | null = schema;
  for (const step of path) {
    if (!current) return null;
    const object = objectSchemaOf(current);
    if (typeof step === 'string' && object) {
      current = defOf(object).shape?.[step] ?? null;
      continue;
    }
    let def = defOf(current);
    while (def.innerType || (def.type === 'pipe' && def.in)) def = defOf((def.innerType ?? def.in) as z.ZodType);
    current = def.element ?? def.items?.[step as number] ?? null;
  }
  return current;
}

const clone = <T>(value: T): T => structuredClone(value);

function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy = clone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/**
 * Inputs that break a procedure's input schema: a wrong type, a missing key,
 * an extra key on a strict object, a huge string, a negative number, keys
 * that pollute prototypes, or anything at all. Most start from a plausible
 * example and break it in one place; the caller keeps only those the
 * schema refuses (`safeParse`), as dispatch parses them.
 */
export function violationsOf(schema: z.ZodType): fc.Arbitrary<Violation> {
  const example = exampleOf(schema);
  const places = paths(example);
  const place = places.length > 0 ? fc.constantFrom(...places) : fc.constant({ path: [] as Path, value: example });
  const kindAt = (path: Path): string => {
    const field = schemaAt(schema, path);
    return field ? fieldKind(field) : 'unknown';
  };
  return fc.oneof(
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...anyWrong, 42, 'texto', [example])
        .map((input) => ({ how: 'wrong top-level type', input })),
    },
    {
      weight: 4,
      arbitrary: place.chain(({ path }) =>
        fc.constantFrom(...(wrongValues[kindAt(path)] ?? anyWrong)).map((value) => ({
          how: `wrong type at ${path.join('.')}: ${show(value)}`,
          input: setAt(example, path, value),
        })),
      ),
    },
    {
      weight: 2,
      arbitrary: place.map(({ path }) => ({
        how: `missing ${path.join('.')}`,
        input: setAt(example, path, undefined, true),
      })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(place, fc.constantFrom(...huge)).map(([{ path }, value]) => ({
        how: `huge string (${value.length}) at ${path.join('.')}`,
        input: setAt(example, path, value),
      })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(place, fc.constantFrom(...negatives)).map(([{ path }, value]) => ({
        how: `negative ${value} at ${path.join('.')}`,
        input: setAt(example, path, value),
      })),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom('extra', 'id', 'isAdmin', '$where', "'; DROP TABLE plots;--").map((key) => ({
        how: `extra key ${JSON.stringify(key)}${isStrict(objectSchemaOf(schema) ?? schema) ? ' (strict)' : ''}`,
        input:
          typeof example === 'object' && example !== null && !Array.isArray(example)
            ? { ...example, [key]: 'x' }
            : { [key]: 'x' },
      })),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...pollution).map((json) => ({
        how: `prototype keys ${json}`,
        input: Object.assign(
          JSON.parse(json) as Record<string, unknown>,
          typeof example === 'object' && example !== null && !Array.isArray(example) ? example : {},
        ),
      })),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }).map((input) => ({ how: 'anything', input })) },
  );
}
