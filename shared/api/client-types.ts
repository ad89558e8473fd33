import type { ProgressEvent } from './errors.js';
import type { InputOf, OutputOf, ProcedureName } from './contract.js';

export interface CallOptions {
  /** Long jobs report progress here. */
  onProgress?: (event: ProgressEvent) => void;
  /** Aborting cancels the job on the server (through `jobs.cancel`). */
  signal?: AbortSignalLike;
}

/** The part of the DOM/Node AbortSignal the clients use; shared/ has neither lib. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

type DomainOf<N> = N extends `${infer D}.${string}` ? D : never;
type VerbOf<N, D extends string> = N extends `${D}.${infer V}` ? V : never;
type Proc<D extends string, V extends string> = Extract<ProcedureName, `${D}.${V}`>;

/**
 * The API as the renderer sees it: `api.organisations.create(input)`.
 * Built from the contract, so a procedure added there appears here.
 */
export type CafetalApi = {
  [D in DomainOf<ProcedureName>]: {
    [V in VerbOf<ProcedureName, D>]: (
      input: InputOf<Proc<D, V>>,
      options?: CallOptions,
    ) => Promise<OutputOf<Proc<D, V>>>;
  };
};

/** What the Electron preload exposes as `window.cafetal`: one named method per procedure. */
export type PreloadBridge = {
  [D in DomainOf<ProcedureName>]: {
    [V in VerbOf<ProcedureName, D>]: (input: unknown, callId: string) => Promise<unknown>;
  };
} & {
  onProgress: (listener: (event: ProgressEvent) => void) => () => void;
  /**
   * The path of a file the user picked (Electron's `webUtils.getPathForFile`),
   * so a multi-gigabyte basemap or backup is read by the core from disk
   * instead of travelling through the page as base64. '' when it has none.
   */
  pathForFile: (file: object) => string;
};
