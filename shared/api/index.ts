export * from './contract.js';
export * from './errors.js';
export * from './procedure.js';
export type * from './client-types.js';
