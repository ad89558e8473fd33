import { exchangedTables, rowIdSql } from './exchanged-tables.js';
import type { ExchangedTable } from './exchanged-tables.js';

/**
 * The triggers that write every local change into `change_log` and stamp the
 * updated fields' versions in `field_versions` (docs/exchange.md). An insert
 * needs no stamp: a field still holding the value its row was created with
 * can only be changed by a laptop that has seen the row, so by a change that
 * supersedes the insert. They are
 * generated from the list of exchanged tables, so no store function has to
 * remember to log. `sync_local.muted` silences them while a package is
 * applied (its entries are logged as they came, not re-stamped) and while the
 * shipped catalogue is seeded (every laptop seeds the same rows).
 *
 * A local write knows everything this laptop knows, so its dot supersedes
 * every earlier version of the fields it sets, and it closes their conflicts:
 * that is how choosing a value in the review screen travels.
 */

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
const LIVE = 'WHERE id = 1';
const NOT_MUTED = `(SELECT muted FROM sync_local ${LIVE}) = 0`;
/** The dot of the entry the trigger has just logged. */
const CURRENT_ENTRY = `change_log l JOIN sync_local s ON l.device_id = s.device_id AND l.counter = s.counter WHERE s.id = 1`;

const col = (alias: 'NEW' | 'OLD', column: string): string => `${alias}."${column}"`;

function insertTrigger(t: ExchangedTable): string {
  const rowId = rowIdSql(t, 'NEW');
  const fields = `json_object(${t.columns.map((c) => `'${c}', ${col('NEW', c)}`).join(', ')})`;
  return `
    CREATE TRIGGER "${t.name}_log_insert" AFTER INSERT ON "${t.name}" WHEN ${NOT_MUTED} BEGIN
      UPDATE sync_local SET counter = counter + 1 ${LIVE};
      INSERT INTO change_log (device_id, counter, table_name, row_id, fields, context, changed_at)
        SELECT device_id, counter, '${t.name}', ${rowId}, ${fields}, context, ${NOW} FROM sync_local ${LIVE};
    END;`;
}

function updateTrigger(t: ExchangedTable): string {
  const rowId = rowIdSql(t, 'NEW');
  const changed = (c: string): string => `${col('NEW', c)} IS NOT ${col('OLD', c)}`;
  const changedFields = t.columns.map((c) => `SELECT '${c}' AS k, ${col('NEW', c)} AS v WHERE ${changed(c)}`);
  return `
    CREATE TRIGGER "${t.name}_log_update" AFTER UPDATE ON "${t.name}"
    WHEN ${NOT_MUTED} AND (${t.columns.map(changed).join(' OR ')}) BEGIN
      UPDATE sync_local SET counter = counter + 1 ${LIVE};
      INSERT INTO change_log (device_id, counter, table_name, row_id, fields, context, changed_at)
        SELECT device_id, counter, '${t.name}', ${rowId},
          (SELECT json_group_object(k, v) FROM (${changedFields.join(' UNION ALL ')})), context, ${NOW}
        FROM sync_local ${LIVE};
      INSERT INTO field_versions (table_name, row_id, dots)
        SELECT '${t.name}', ${rowId},
          (SELECT json_group_object(j.key, l.device_id || ':' || l.counter) FROM json_each(l.fields) j)
        FROM ${CURRENT_ENTRY}
        ON CONFLICT (table_name, row_id) DO UPDATE SET dots = json_patch(field_versions.dots, excluded.dots);
      DELETE FROM conflicts WHERE table_name = '${t.name}' AND row_id = ${rowId}
        AND field IN (SELECT j.key FROM ${CURRENT_ENTRY.replace(' WHERE', ', json_each(l.fields) j WHERE')});
    END;`;
}

export function changeLogTriggersSql(): string {
  return exchangedTables.map((t) => insertTrigger(t) + updateTrigger(t)).join('\n');
}

export function dropChangeLogTriggersSql(): string {
  return exchangedTables
    .map((t) => `DROP TRIGGER IF EXISTS "${t.name}_log_insert"; DROP TRIGGER IF EXISTS "${t.name}_log_update";`)
    .join('\n');
}

/**
 * Every row already in the database when the log starts becomes one entry of
 * this database's first identity, so a laptop that upgrades sends all its
 * existing work in its first package. The shipped measures are left out:
 * every laptop seeds the same ones under the same ids.
 */
export function baselineSql(): string {
  return exchangedTables
    .map((t) => {
      const rowId = rowIdSql(t, 'NEW').replaceAll('NEW.', 'r.');
      const fields = `json_object(${t.columns.map((c) => `'${c}', r."${c}"`).join(', ')})`;
      const builtIn =
        t.name === 'measures'
          ? 'WHERE r.built_in = 0'
          : t.name === 'measure_versions'
            ? 'WHERE r.measure_id NOT IN (SELECT id FROM measures WHERE built_in = 1)'
            : '';
      const changedAt = t.hasUpdatedAt ? 'r.updated_at' : t.columns.includes('created_at') ? 'r.created_at' : NOW;
      return `
        INSERT INTO change_log (device_id, counter, table_name, row_id, fields, context, changed_at)
          SELECT s.device_id, s.counter + row_number() OVER (ORDER BY r.rowid), '${t.name}', ${rowId}, ${fields}, '{}', ${changedAt}
          FROM "${t.name}" r, sync_local s ${builtIn};
        UPDATE sync_local SET counter = (SELECT coalesce(max(counter), 0) FROM change_log WHERE device_id = sync_local.device_id);`;
    })
    .join('\n');
}
