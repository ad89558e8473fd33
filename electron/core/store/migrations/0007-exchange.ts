import type { Migration } from '../migration.js';
import { baselineSql, changeLogTriggersSql } from '../../sync/change-log-sql.js';
import { rekeyBuiltInMeasures } from '../../plans/built-in-measure-id.js';

/** A random UUID v4 in SQL: the database's first change-log identity, replaced by the laptop's at open. */
const SQL_UUID_V4 = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

/**
 * Exchanging work between laptops (docs/exchange.md).
 *
 * - `sync_local`: one row: the identity this database stamps its changes with
 *   (the laptop's, from `device.json`, set at open), its change counter, what
 *   it knows of other laptops' changes when it writes (`context`), whether the
 *   log triggers are muted, and the exchange network it belongs to
 *   (`network_settled` once it has imported a package: before that, it takes
 *   the network of the first package it imports).
 * - `change_log`: every change, local or received, one entry per row write
 *   with only the fields that changed; `seq` is the order it arrived here,
 *   which is an order that respects causality (a package is cut in it).
 * - `field_versions`: per row, the dot of the change that set each field
 *   (`dots`; a field missing there still holds the value the row was
 *   inserted with, which any other laptop's change supersedes).
 * - `known_changes`: the highest counter this database holds from each other
 *   laptop; `peers`: laptops heard from, with their public key (trust on first
 *   use) and what they knew when they sent their last package;
 *   `device_names`: names of laptops heard of through others (the office
 *   relays field laptops' work), so conflicts can say who.
 * - `conflicts`: fields changed on two laptops that did not know of each
 *   other's change: every candidate value with its dot, until someone chooses.
 *
 * The shipped measures get ids derived from their code, so a plan action
 * naming one means the same measure on every laptop.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'exchange between laptops',
  sql: `
    CREATE TABLE sync_local (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      device_id TEXT NOT NULL,
      counter INTEGER NOT NULL,
      context TEXT NOT NULL CHECK (json_valid(context)),
      muted INTEGER NOT NULL DEFAULT 0 CHECK (muted IN (0, 1)),
      network_id TEXT,
      network_name TEXT,
      network_settled INTEGER NOT NULL DEFAULT 0 CHECK (network_settled IN (0, 1))
    ) STRICT;
    INSERT INTO sync_local (id, device_id, counter, context) VALUES (1, ${SQL_UUID_V4}, 0, '{}');

    CREATE TABLE change_log (
      seq INTEGER PRIMARY KEY,
      device_id TEXT NOT NULL,
      counter INTEGER NOT NULL,
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      fields TEXT NOT NULL CHECK (json_valid(fields)),
      context TEXT NOT NULL CHECK (json_valid(context)),
      changed_at TEXT NOT NULL,
      UNIQUE (device_id, counter)
    ) STRICT;

    CREATE TABLE field_versions (
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      dots TEXT NOT NULL CHECK (json_valid(dots)),
      PRIMARY KEY (table_name, row_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE known_changes (
      device_id TEXT PRIMARY KEY NOT NULL,
      max_counter INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE peers (
      device_id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      public_key BLOB NOT NULL,
      first_seen_at TEXT NOT NULL,
      last_import_at TEXT,
      knowledge TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(knowledge))
    ) STRICT;

    CREATE TABLE device_names (
      device_id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL
    ) STRICT;

    CREATE TABLE conflicts (
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      field TEXT NOT NULL,
      candidates TEXT NOT NULL CHECK (json_valid(candidates)),
      detected_at TEXT NOT NULL,
      PRIMARY KEY (table_name, row_id, field)
    ) STRICT, WITHOUT ROWID;
  `,
  run: (db) => {
    rekeyBuiltInMeasures(db);
    db.exec(baselineSql());
    db.exec(changeLogTriggersSql());
  },
};
