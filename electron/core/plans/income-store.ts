import { ApiError } from '../../../shared/api/errors.js';
import { incomeProfileFieldsSchema } from '../../../shared/domain/plan.js';
import type { IncomeProfile, IncomeProfileFields } from '../../../shared/domain/plan.js';
import { getProducer } from '../producers/producers-store.js';
import type { Store } from '../store/open-store.js';
import { newId, nowIso } from '../store/rows.js';
import { stmt } from '../store/statements.js';

interface ProfileRow {
  id: string;
  producer_id: string;
  year: number;
  fields: string;
  updated_at: string;
}

const profileFromRow = (row: ProfileRow): IncomeProfile => ({
  ...incomeProfileFieldsSchema.parse({
    ...(JSON.parse(row.fields) as object),
    producerId: row.producer_id,
    year: row.year,
  }),
  id: row.id,
  updatedAt: row.updated_at,
});

/** A family's profiles, oldest year first. */
export function listIncomeProfiles(db: Store, producerId: string): IncomeProfile[] {
  getProducer(db, producerId);
  const rows = stmt(
    db,
    'SELECT id, producer_id, year, fields, updated_at FROM income_profiles WHERE producer_id = ? AND deleted_at IS NULL ORDER BY year',
  ).all(producerId) as ProfileRow[];
  return rows.map(profileFromRow);
}

/** Each family's latest profile (the plan's starting point), by producer id. */
export function latestIncomeProfiles(db: Store, organisationId: string): Map<string, IncomeProfile> {
  const rows = stmt(
    db,
    `SELECT i.id, i.producer_id, i.year, i.fields, i.updated_at FROM income_profiles i
       JOIN producers pr ON pr.id = i.producer_id
      WHERE pr.organisation_id = ? AND i.deleted_at IS NULL AND pr.deleted_at IS NULL ORDER BY i.year`,
  ).all(organisationId) as ProfileRow[];
  return new Map(rows.map((row) => [row.producer_id, profileFromRow(row)]));
}

/** One profile per family and year: saving a year that exists replaces it. */
export function saveIncomeProfile(db: Store, fields: IncomeProfileFields): IncomeProfile {
  getProducer(db, fields.producerId);
  const { producerId, year, ...rest } = fields;
  const now = nowIso();
  const existing = stmt(
    db,
    'SELECT id FROM income_profiles WHERE producer_id = ? AND year = ? AND deleted_at IS NULL',
  ).get(producerId, year) as { id: string } | undefined;
  const id = existing?.id ?? newId();
  if (existing) {
    stmt(db, 'UPDATE income_profiles SET fields = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(rest), now, id);
  } else {
    stmt(
      db,
      'INSERT INTO income_profiles (id, producer_id, year, fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, producerId, year, JSON.stringify(rest), now, now);
  }
  const row = stmt(db, 'SELECT id, producer_id, year, fields, updated_at FROM income_profiles WHERE id = ?').get(
    id,
  ) as ProfileRow;
  return profileFromRow(row);
}

export function removeIncomeProfile(db: Store, id: string): { removed: boolean } {
  const now = nowIso();
  const changed = stmt(
    db,
    'UPDATE income_profiles SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, now, id).changes;
  if (changed === 0) throw new ApiError('NOT_FOUND', 'No such income profile.', { entity: 'incomeProfile', id });
  return { removed: true };
}
