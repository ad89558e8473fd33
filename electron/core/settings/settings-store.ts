import { defaultSettings, settingsSchema } from '../../../shared/domain/settings.js';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings.js';
import type { Store } from '../store/open-store.js';
import { nowIso } from '../store/rows.js';

/**
 * Only values the user changed are stored (as JSON); defaults fill the rest,
 * so a new default in a later version reaches users who never touched it.
 * A stored value that no longer validates falls back to its default.
 */
export function readSettings(db: Store): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const { key, value } of rows) {
    if (!(key in defaultSettings)) continue;
    const candidate = { ...merged, [key]: JSON.parse(value) as unknown };
    if (settingsSchema.safeParse(candidate).success) merged[key] = candidate[key];
  }
  return settingsSchema.parse(merged);
}

export function updateSettings(db: Store, patch: SettingsPatch): Settings {
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  db.transaction(() => {
    const now = nowIso();
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value), now);
    }
  })();
  return readSettings(db);
}
