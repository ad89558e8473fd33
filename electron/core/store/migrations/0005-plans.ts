import type { Migration } from '../migration.js';

/**
 * Plans, the catalogue of measures, and living-income profiles.
 *
 * - `measures` holds the shipped catalogue (seeded from resources/catalogue at
 *   start-up, `code` set) and each organisation's own measures. Every edit
 *   writes a new row in `measure_versions`; actions copy the version they were
 *   made with (`plan_actions.measure`), so a plan keeps its costs when the
 *   catalogue changes. A measure a plan uses is archived, never deleted.
 * - `plans` (created in 0001) gains its period, scenario, version chain and
 *   approval. A new version is a copy with `previous_version_id`.
 * - `plan_progress`: monitoring entries per action.
 * - `income_profiles`: one per family and year.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'plans and living income',
  sql: `
    CREATE TABLE measures (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT,
      organisation_id TEXT REFERENCES organisations(id),
      built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
      version INTEGER NOT NULL,
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX measures_code ON measures(code) WHERE code IS NOT NULL;

    CREATE TABLE measure_versions (
      measure_id TEXT NOT NULL REFERENCES measures(id),
      version INTEGER NOT NULL,
      fields TEXT NOT NULL CHECK (json_valid(fields)),
      created_at TEXT NOT NULL,
      PRIMARY KEY (measure_id, version)
    ) STRICT;

    ALTER TABLE plans ADD COLUMN kind TEXT NOT NULL DEFAULT 'farm' CHECK (kind IN ('farm','organisation'));
    ALTER TABLE plans ADD COLUMN start_year INTEGER NOT NULL DEFAULT 2027;
    ALTER TABLE plans ADD COLUMN end_year INTEGER NOT NULL DEFAULT 2031;
    ALTER TABLE plans ADD COLUMN scenario_id TEXT NOT NULL DEFAULT '2050_moderate';
    ALTER TABLE plans ADD COLUMN objectives TEXT NOT NULL DEFAULT '';
    ALTER TABLE plans ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE plans ADD COLUMN previous_version_id TEXT REFERENCES plans(id);
    ALTER TABLE plans ADD COLUMN approved_by TEXT;
    ALTER TABLE plans ADD COLUMN approved_at TEXT;
    CREATE INDEX plans_organisation ON plans(organisation_id, deleted_at);

    CREATE TABLE plan_actions (
      id TEXT PRIMARY KEY NOT NULL,
      plan_id TEXT NOT NULL REFERENCES plans(id),
      measure_id TEXT NOT NULL REFERENCES measures(id),
      measure TEXT NOT NULL CHECK (json_valid(measure)),
      plot_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(plot_ids)),
      quantity REAL NOT NULL,
      year INTEGER NOT NULL,
      quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
      responsible TEXT NOT NULL DEFAULT '',
      funding_source TEXT NOT NULL,
      indicator TEXT NOT NULL DEFAULT '',
      target TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('planned','in_progress','done','dropped')),
      rationale TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX plan_actions_plan ON plan_actions(plan_id, deleted_at);
    CREATE INDEX plan_actions_measure ON plan_actions(measure_id);

    CREATE TABLE plan_progress (
      id TEXT PRIMARY KEY NOT NULL,
      action_id TEXT NOT NULL REFERENCES plan_actions(id),
      date TEXT NOT NULL,
      percent_done REAL NOT NULL CHECK (percent_done BETWEEN 0 AND 100),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX plan_progress_action ON plan_progress(action_id);

    CREATE TABLE income_profiles (
      id TEXT PRIMARY KEY NOT NULL,
      producer_id TEXT NOT NULL REFERENCES producers(id),
      year INTEGER NOT NULL,
      fields TEXT NOT NULL CHECK (json_valid(fields)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX income_profiles_live ON income_profiles(producer_id, year) WHERE deleted_at IS NULL;
  `,
};
