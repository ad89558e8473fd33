import type { Migration } from '../migration.js';
import { migration0001 } from './0001-initial.js';
import { migration0002 } from './0002-producers-and-plots.js';
import { migration0003 } from './0003-imports.js';
import { migration0004 } from './0004-climate-risk.js';
import { migration0005 } from './0005-plans.js';
import { migration0006 } from './0006-basemaps.js';
import { migration0007 } from './0007-exchange.js';

/** In order; versions are 1, 2, 3… with no gaps (a unit test checks). */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
