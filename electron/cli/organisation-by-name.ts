import type { Organisation } from '../../shared/domain/organisation.js';
import type { Core } from '../core/create-core.js';
import { callOrThrow } from './cli-context.js';

const key = (name: string): string => name.trim().toLocaleLowerCase('es-PE');

/** `--org NAME`: the live organisation with that name (any case), or null. */
export async function findOrganisation(core: Core, name: string): Promise<Organisation | null> {
  const all = await callOrThrow(core, 'organisations.list', {});
  return all.find((o) => key(o.name) === key(name)) ?? null;
}
