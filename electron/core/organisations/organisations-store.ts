import { ApiError } from '../../../shared/api/errors.js';
import type { Organisation, OrganisationFields, OrganisationPatch } from '../../../shared/domain/organisation.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import { newId, nowIso } from '../store/rows.js';

interface OrganisationRow {
  id: string;
  name: string;
  type: Organisation['type'];
  region: string;
  province: string;
  district: string;
  contact: string;
  ruc: string | null;
  certifications: string;
  logo_data_url: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  type: row.type,
  region: row.region,
  province: row.province,
  district: row.district,
  contact: row.contact,
  ruc: row.ruc,
  certifications: JSON.parse(row.certifications) as Organisation['certifications'],
  logoDataUrl: row.logo_data_url,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

export function listOrganisations(db: Store, includeDeleted: boolean): Organisation[] {
  const rows = stmt(
    db,
    `SELECT * FROM organisations ${includeDeleted ? '' : 'WHERE deleted_at IS NULL'} ORDER BY name COLLATE NOCASE`,
  ).all() as OrganisationRow[];
  return rows.map(toOrganisation);
}

export function getOrganisation(db: Store, id: string): Organisation {
  const row = stmt(db, 'SELECT * FROM organisations WHERE id = ?').get(id) as OrganisationRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `No organisation with id ${id}.`, { entity: 'organisation', id });
  return toOrganisation(row);
}

/** Same name in any case, accents included ("CAFÉ" = "Café"); SQLite's NOCASE folds ASCII only. */
const nameKey = (name: string): string => name.trim().toLocaleLowerCase('es-PE');

function assertNameFree(db: Store, name: string, exceptId: string | null): void {
  const live = stmt(db, 'SELECT id, name FROM organisations WHERE deleted_at IS NULL').all() as {
    id: string;
    name: string;
  }[];
  const clash = live.find((row) => row.id !== exceptId && nameKey(row.name) === nameKey(name));
  if (clash) {
    throw new ApiError('CONFLICT', `An organisation named "${clash.name}" already exists.`, {
      field: 'name',
      existingId: clash.id,
    });
  }
}

export function createOrganisation(db: Store, fields: OrganisationFields): Organisation {
  return db.transaction(() => {
    assertNameFree(db, fields.name, null);
    const id = newId();
    const now = nowIso();
    stmt(
      db,
      `INSERT INTO organisations (id, name, type, region, province, district, contact, ruc, certifications,
         logo_data_url, created_at, updated_at)
       VALUES (@id, @name, @type, @region, @province, @district, @contact, @ruc, @certifications,
         @logoDataUrl, @now, @now)`,
    ).run({ ...fields, certifications: JSON.stringify(fields.certifications), id, now });
    return getOrganisation(db, id);
  })();
}

export function updateOrganisation(db: Store, id: string, patch: OrganisationPatch): Organisation {
  return db.transaction(() => {
    const current = getOrganisation(db, id);
    if (current.deletedAt) throw new ApiError('NOT_FOUND', `Organisation ${id} was deleted.`, { id });
    const next = { ...current, ...patch };
    if (patch.name !== undefined) assertNameFree(db, next.name, id);
    stmt(
      db,
      `UPDATE organisations SET name = @name, type = @type, region = @region, province = @province,
       district = @district, contact = @contact, ruc = @ruc, certifications = @certifications,
       logo_data_url = @logoDataUrl, updated_at = @now WHERE id = @id`,
    ).run({
      id,
      name: next.name,
      type: next.type,
      region: next.region,
      province: next.province,
      district: next.district,
      contact: next.contact,
      ruc: next.ruc,
      certifications: JSON.stringify(next.certifications),
      logoDataUrl: next.logoDataUrl,
      now: nowIso(),
    });
    return getOrganisation(db, id);
  })();
}

export function removeOrganisation(db: Store, id: string): { id: string; deletedAt: string } {
  return db.transaction(() => {
    const current = getOrganisation(db, id);
    if (current.deletedAt) return { id, deletedAt: current.deletedAt };
    const now = nowIso();
    stmt(db, 'UPDATE organisations SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    return { id, deletedAt: now };
  })();
}
