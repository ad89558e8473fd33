import type { ProgressEvent } from './errors.js';
import type { InputOf, OutputOf, ProcedureName } from './contract.js';

export interface CallOptions {
  /** Long jobs report progress here. */
  onProgress?: (event: ProgressEvent) => void;
  /** Aborting cancels the job on the server (through `jobs.cancel`). */
  signal?: AbortSignal;
}

type DomainOf<N> = N extends `${infer D}.${string}` ? D : never;
type VerbOf<N, D extends string> = N extends `${D}.${infer V}` ? V : never;

/**
 * The API as the renderer sees it: `api.organisations.create(input)`.
 * Built from the contract, so a procedure added there appears here.
 */
export type CafetalApi = {
  [D in DomainOf<ProcedureName>]: {
    [V in VerbOf<ProcedureName, D>]: `${D}.${V}` extends ProcedureName
      ? (input: InputOf<`${D}.${V}`>, options?: CallOptions) => Promise<OutputOf<`${D}.${V}`>>
      : never;
  };
};

/** What the Electron preload exposes as `window.cafetal`: one named method per procedure. */
export type PreloadBridge = {
  [D in DomainOf<ProcedureName>]: {
    [V in VerbOf<ProcedureName, D>]: (input: unknown, callId: string) => Promise<unknown>;
  };
} & {
  onProgress: (listener: (event: ProgressEvent) => void) => () => void;
};
