/** Ends an exhaustive switch: adding a case elsewhere makes the missing branch a compile error. */
export function assertNever(value: never, what: string): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
