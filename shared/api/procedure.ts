import type { z } from 'zod';

/**
 * How a procedure behaves on the wire:
 * - `query` reads, `mutation` writes; both answer once.
 * - `job` is long work (import, analysis, export, backup): it reports progress
 *   events and can be cancelled through `jobs.cancel` on both transports.
 */
export type ProcedureKind = 'query' | 'mutation' | 'job';

export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly kind: ProcedureKind;
  readonly input: I;
  readonly output: O;
  /** One line for docs and the CLI's `--help`. */
  readonly summary: string;
}

export function procedure<I extends z.ZodType, O extends z.ZodType>(def: ProcedureDef<I, O>): ProcedureDef<I, O> {
  return def;
}
