import type { z } from 'zod';

/** zod 4's definition of a schema: its kind and the parts this file walks. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
}

export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema inside defaults, optionals, nullables and pipes, or null. */
export function objectSchemaOf(schema: z.ZodType): z.ZodType | null {
  const def = defOf(schema);
  if (def.type === 'object') return schema;
  const inner = def.innerType ?? def.in;
  return inner ? objectSchemaOf(inner) : null;
}

/** Whether an object schema refuses keys it does not name (`.strict()`). */
export function isStrict(schema: z.ZodType): boolean {
  const catchall = defOf(schema).catchall;
  return catchall !== undefined && defOf(catchall).type === 'never';
}

const STRING_CANDIDATES = [
  'Texto de prueba',
  '7b0c5b8e-3f7a-4c1e-9d2a-5e6f7a8b9c0d',
  '2026-01-15',
  '2026-01-15T12:00:00.000Z',
  'QUJD',
  '20123456786',
  'plots',
  'x',
];
const NUMBER_CANDIDATES = [1, 2026, 0, 17, 0.5, 10, 100];

/** The first candidate the schema accepts, else the first one. */
function firstAccepted<T>(schema: z.ZodType, candidates: readonly T[]): T {
  return candidates.find((c) => schema.safeParse(c).success) ?? (candidates[0] as T);
}

/**
 * A value the schema most likely accepts, built from its shape: the base the
 * violations start from, so that each input breaks the contract in one place
 * and the rest of it looks right (the inputs that get furthest).
 */
export function exampleOf(schema: z.ZodType, depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 8) return undefined;
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const value = exampleOf(field, depth + 1);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'prefault':
    case 'nonoptional':
      return def.innerType ? exampleOf(def.innerType, depth + 1) : undefined;
    case 'pipe':
      return def.in ? exampleOf(def.in, depth + 1) : undefined;
    case 'string':
      return firstAccepted(schema, STRING_CANDIDATES);
    case 'number':
    case 'int':
      return firstAccepted(schema, NUMBER_CANDIDATES);
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'array': {
      const one = def.element ? [exampleOf(def.element, depth + 1)] : [];
      return firstAccepted(schema, [[], one]);
    }
    case 'tuple':
      return (def.items ?? []).map((item) => exampleOf(item, depth + 1));
    case 'record':
      return {};
    case 'union':
      return def.options?.[0] ? exampleOf(def.options[0], depth + 1) : undefined;
    case 'null':
      return null;
    default:
      return undefined;
  }
}

/** The kind of value a field wants, to pick values of the wrong kind. */
export function fieldKind(schema: z.ZodType): string {
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner && ['optional', 'default', 'nullable', 'readonly', 'pipe', 'prefault', 'catch'].includes(def.type)) {
    return fieldKind(inner);
  }
  return def.type;
}
