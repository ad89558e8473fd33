import type { InputOf, OutputOf, ProcedureName } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { Core } from '../create-core.js';

/** A procedure call on the demo's own core that throws on failure: the demo is built through the same API as the app. */
export type DemoCall = <P extends ProcedureName>(name: P, input: InputOf<P>) => Promise<OutputOf<P>>;

export function demoCall(core: Core): DemoCall {
  return async <P extends ProcedureName>(name: P, input: InputOf<P>): Promise<OutputOf<P>> => {
    const result = await core.call(name, input);
    if (!result.ok) throw ApiError.fromPayload(result.error);
    return result.value as OutputOf<P>;
  };
}
