import { ApiError } from '../../../shared/api/errors.js';
import type { Producer, ProducerFields, ProducerPatch, ProducerRow } from '../../../shared/domain/producer.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import { newId, nowIso } from '../store/rows.js';

interface ProducerDbRow {
  id: string;
  organisation_id: string;
  member_code: string;
  names: string;
  dni: string | null;
  gender: Producer['gender'];
  birth_year: number | null;
  household_size: number | null;
  phone: string;
  community: string;
  district: string;
  certifications: string;
  notes: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const toProducer = (row: ProducerDbRow): Producer => ({
  id: row.id,
  organisationId: row.organisation_id,
  memberCode: row.member_code,
  names: row.names,
  dni: row.dni,
  gender: row.gender,
  birthYear: row.birth_year,
  householdSize: row.household_size,
  phone: row.phone,
  community: row.community,
  district: row.district,
  certifications: JSON.parse(row.certifications) as Producer['certifications'],
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

/**
 * Every producer of an organisation with its plots' count and total area, in
 * one query: the table shows thousands of families and sorts/filters them in
 * the renderer.
 */
export function listProducers(db: Store, organisationId: string, includeDeleted = false): ProducerRow[] {
  const rows = stmt(
    db,
    `SELECT p.*, count(l.id) AS plot_count, coalesce(sum(l.area_ha), 0) AS total_area_ha
       FROM producers p
       LEFT JOIN plots l ON l.producer_id = p.id AND l.deleted_at IS NULL
       WHERE p.organisation_id = ? ${includeDeleted ? '' : 'AND p.deleted_at IS NULL'}
       GROUP BY p.id
       ORDER BY p.names COLLATE NOCASE`,
  ).all(organisationId) as (ProducerDbRow & { plot_count: number; total_area_ha: number })[];
  return rows.map((row) => ({ ...toProducer(row), plotCount: row.plot_count, totalAreaHa: row.total_area_ha }));
}

export function getProducer(db: Store, id: string): Producer {
  const row = stmt(db, 'SELECT * FROM producers WHERE id = ?').get(id) as ProducerDbRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `No producer with id ${id}.`, { entity: 'producer', id });
  return toProducer(row);
}

function assertOrganisationLive(db: Store, organisationId: string): void {
  const org = stmt(db, 'SELECT deleted_at FROM organisations WHERE id = ?').get(organisationId) as
    { deleted_at: string | null } | undefined;
  if (!org || org.deleted_at) {
    throw new ApiError('NOT_FOUND', `No organisation with id ${organisationId}.`, {
      entity: 'organisation',
      id: organisationId,
    });
  }
}

/** Member codes are unique within an organisation, DNIs across the database (live rows only). */
function assertUnique(
  db: Store,
  fields: { organisationId: string; memberCode: string; dni: string | null },
  exceptId: string | null,
): void {
  const codeClash = stmt(
    db,
    'SELECT id, names FROM producers WHERE organisation_id = ? AND member_code = ? AND deleted_at IS NULL AND id IS NOT ?',
  ).get(fields.organisationId, fields.memberCode, exceptId) as { id: string; names: string } | undefined;
  if (codeClash) {
    throw new ApiError('CONFLICT', `Member code ${fields.memberCode} is already used by ${codeClash.names}.`, {
      field: 'memberCode',
      existingId: codeClash.id,
      existingName: codeClash.names,
    });
  }
  if (fields.dni === null) return;
  const dniClash = stmt(db, 'SELECT id, names FROM producers WHERE dni = ? AND deleted_at IS NULL AND id IS NOT ?').get(
    fields.dni,
    exceptId,
  ) as { id: string; names: string } | undefined;
  if (dniClash) {
    throw new ApiError('CONFLICT', `DNI ${fields.dni} is already registered for ${dniClash.names}.`, {
      field: 'dni',
      existingId: dniClash.id,
      existingName: dniClash.names,
    });
  }
}

const columnsOf = (p: Omit<Producer, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>) => ({
  organisation_id: p.organisationId,
  member_code: p.memberCode,
  names: p.names,
  dni: p.dni,
  gender: p.gender,
  birth_year: p.birthYear,
  household_size: p.householdSize,
  phone: p.phone,
  community: p.community,
  district: p.district,
  certifications: JSON.stringify(p.certifications),
  notes: p.notes,
});

export function createProducer(db: Store, fields: ProducerFields): Producer {
  return db.transaction(() => {
    assertOrganisationLive(db, fields.organisationId);
    assertUnique(db, fields, null);
    const id = newId();
    const now = nowIso();
    stmt(
      db,
      `INSERT INTO producers (id, organisation_id, member_code, names, dni, gender, birth_year, household_size,
         phone, community, district, certifications, notes, created_at, updated_at)
       VALUES (@id, @organisation_id, @member_code, @names, @dni, @gender, @birth_year, @household_size,
         @phone, @community, @district, @certifications, @notes, @now, @now)`,
    ).run({ ...columnsOf(fields), id, now });
    return getProducer(db, id);
  })();
}

export function updateProducer(db: Store, id: string, patch: ProducerPatch): Producer {
  return db.transaction(() => {
    const current = getProducer(db, id);
    if (current.deletedAt) throw new ApiError('NOT_FOUND', `Producer ${id} was deleted.`, { id });
    const next = { ...current, ...patch };
    assertUnique(db, next, id);
    stmt(
      db,
      `UPDATE producers SET member_code = @member_code, names = @names, dni = @dni, gender = @gender,
         birth_year = @birth_year, household_size = @household_size, phone = @phone, community = @community,
         district = @district, certifications = @certifications, notes = @notes, updated_at = @now
       WHERE id = @id`,
    ).run({ ...columnsOf(next), id, now: nowIso() });
    return getProducer(db, id);
  })();
}

/** Deleting a family tombstones its plots too; restoring brings back those deleted with it. */
export function setProducerDeleted(db: Store, id: string, deleted: boolean): Producer {
  return db.transaction(() => {
    const current = getProducer(db, id);
    const now = nowIso();
    if (deleted && !current.deletedAt) {
      stmt(db, 'UPDATE producers SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
      stmt(db, 'UPDATE plots SET deleted_at = ?, updated_at = ? WHERE producer_id = ? AND deleted_at IS NULL').run(
        now,
        now,
        id,
      );
    }
    if (!deleted && current.deletedAt) {
      assertUnique(db, current, id);
      stmt(db, 'UPDATE plots SET deleted_at = NULL, updated_at = ? WHERE producer_id = ? AND deleted_at = ?').run(
        now,
        id,
        current.deletedAt,
      );
      stmt(db, 'UPDATE producers SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now, id);
    }
    return getProducer(db, id);
  })();
}
