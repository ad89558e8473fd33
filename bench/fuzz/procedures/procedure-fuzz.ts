import fc from 'fast-check';
import { contract, isProcedureName, procedureNames } from '../../../shared/api/contract.js';
import { caseSeed } from '../case-factory.js';
import { databaseDigest } from '../db-digest.js';
import type { FuzzFailure } from '../fuzz-types.js';
import { FuzzWorld } from '../targets/fuzz-world.js';
import { violationsOf } from './violations.js';

export interface ProcedureFuzzResult {
  procedure: string;
  /** Inputs sent (each one refused by the procedure's schema before it was sent). */
  tried: number;
  failures: FuzzFailure[];
}

export interface ProcedureFuzzSummary {
  results: ProcedureFuzzResult[];
  /** Unknown names tried (each must answer UNKNOWN_PROCEDURE). */
  unknownNames: number;
  /** Whether the database content was the same after the whole run as before it. */
  databaseUnchanged: boolean;
  /** Whether Object.prototype was left as it was (no key added by a `__proto__` input). */
  prototypeClean: boolean;
}

/** Names that are no procedure: look-alikes, Object.prototype's own names, and random text. */
const unknownName = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'plots.list ',
    'PLOTS.LIST',
    'plots..list',
    'plots.list\u0000',
    'plots',
    '',
    '../plots.list',
    'plots.list;DROP TABLE plots',
  ),
  fc.string({ maxLength: 40 }),
);

const describe = (value: unknown): string => {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 160 ? `${text.slice(0, 160)}…` : text;
  } catch {
    return String(value);
  }
};

/**
 * Calls every procedure of the contract through a real core with inputs that
 * violate its schema (checked with the schema's own `safeParse`, as dispatch
 * parses `input ?? {}`): each must answer VALIDATION, unknown names
 * UNKNOWN_PROCEDURE, and nothing may reach the store: the database hash is
 * the same before and after every call.
 */
export async function runProcedureFuzz(options: { perProcedure: number; seed: number }): Promise<ProcedureFuzzSummary> {
  const world = await FuzzWorld.create();
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join(',');
  try {
    const start = databaseDigest(world.db);
    const results: ProcedureFuzzResult[] = [];
    for (const [p, name] of procedureNames.entries()) {
      const schema = contract[name].input;
      const result: ProcedureFuzzResult = { procedure: name, tried: 0, failures: [] };
      results.push(result);
      const violations = violationsOf(schema);
      // More draws than inputs: some draws happen to be valid and are skipped, never sent.
      for (let draw = 0; result.tried < options.perProcedure && draw < options.perProcedure * 5; draw += 1) {
        const [violation] = fc.sample(violations, {
          seed: caseSeed(options.seed, 'package', p * 100_000 + draw),
          numRuns: 1,
        });
        if (!violation || schema.safeParse(violation.input ?? {}).success) continue;
        result.tried += 1;
        const before = databaseDigest(world.db);
        const answer = await world.core.call(name, violation.input);
        const input = `${name} ${violation.how}: ${describe(violation.input)}`;
        if (answer.ok) result.failures.push({ input, reason: 'accepted an input its schema refuses' });
        else if (answer.error.code !== 'VALIDATION') {
          result.failures.push({ input, reason: `answered ${answer.error.code}: ${answer.error.message}` });
        }
        if (databaseDigest(world.db) !== before) result.failures.push({ input, reason: 'the database changed' });
      }
    }
    let unknownNames = 0;
    const unknown: ProcedureFuzzResult = { procedure: '(unknown names)', tried: 0, failures: [] };
    for (const name of fc.sample(unknownName, { seed: options.seed, numRuns: options.perProcedure * 4 })) {
      if (isProcedureName(name)) continue;
      unknownNames += 1;
      unknown.tried += 1;
      const answer = await world.core.call(name, {});
      if (answer.ok || answer.error.code !== 'UNKNOWN_PROCEDURE') {
        unknown.failures.push({ input: JSON.stringify(name), reason: answer.ok ? 'answered ok' : answer.error.code });
      }
    }
    results.push(unknown);
    return {
      results,
      unknownNames,
      databaseUnchanged: databaseDigest(world.db) === start,
      prototypeClean:
        Object.getOwnPropertyNames(Object.prototype).join(',') === prototypeKeys &&
        ({} as Record<string, unknown>).polluted === undefined,
    };
  } finally {
    world.close();
  }
}
