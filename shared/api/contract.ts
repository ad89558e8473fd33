import type { z } from 'zod';
import { backupProcedures } from './backups.js';
import { recoveryProcedures } from './recovery.js';
import { basemapProcedures } from './basemaps.js';
import { demoProcedures } from './demo.js';
import { exchangeProcedures } from './exchange.js';
import { exportProcedures } from './exports.js';
import { importProcedures } from './imports.js';
import { jobProcedures } from './jobs.js';
import { incomeProcedures } from './income.js';
import { layerProcedures } from './layers.js';
import { measureProcedures } from './measures.js';
import { organisationProcedures } from './organisations.js';
import { plotProcedures } from './plots.js';
import type { ProcedureDef } from './procedure.js';
import { planProcedures } from './plans.js';
import { producerProcedures } from './producers.js';
import { reportProcedures } from './reports.js';
import { riskProcedures } from './risk.js';
import { settingsProcedures } from './settings.js';
import { systemProcedures } from './system.js';

/** The one API of Cafetal: every procedure, named `domain.verb`. */
export const contract = {
  ...systemProcedures,
  ...settingsProcedures,
  ...organisationProcedures,
  ...producerProcedures,
  ...plotProcedures,
  ...importProcedures,
  ...exportProcedures,
  ...layerProcedures,
  ...basemapProcedures,
  ...riskProcedures,
  ...measureProcedures,
  ...planProcedures,
  ...incomeProcedures,
  ...reportProcedures,
  ...backupProcedures,
  ...recoveryProcedures,
  ...demoProcedures,
  ...exchangeProcedures,
  ...jobProcedures,
} as const satisfies Record<string, ProcedureDef>;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<P extends ProcedureName> = z.input<Contract[P]['input']>;
export type ParsedInputOf<P extends ProcedureName> = z.output<Contract[P]['input']>;
export type OutputOf<P extends ProcedureName> = z.output<Contract[P]['output']>;

export const procedureNames = Object.keys(contract) as ProcedureName[];

export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(contract, name);
}

/** `organisations.create` → `['organisations', 'create']`. */
export function splitProcedureName(name: ProcedureName): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}
