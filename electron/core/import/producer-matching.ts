import type { ImportMapping, ImportReason } from '../../../shared/domain/import.js';
import { isValidDni } from '../../../shared/domain/peru-ids.js';
import type { Store } from '../store/open-store.js';
import { textOf } from './feature-values.js';
import type { AttributeValue } from './source-types.js';

/** A producer a feature belongs to: one already registered, or one the import will create. */
export interface PlannedProducer {
  key: string;
  existingId: string | null;
  memberCode: string;
  names: string;
  dni: string | null;
}

const nameKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Spreadsheets drop the leading zero of a DNI ("1234567"): put it back. */
function normaliseDni(value: string | null): string | null {
  if (!value) return null;
  const digits = value.replace(/\D/g, '');
  const padded = digits.length === 7 ? `0${digits}` : digits;
  return isValidDni(padded) ? padded : null;
}

interface ExistingProducer {
  id: string;
  organisation_id: string;
  member_code: string;
  names: string;
  dni: string | null;
}

/**
 * Matches features to producers: by member code within the organisation, then
 * by DNI (anywhere: a DNI registered in another organisation is refused), then
 * by exact name when the file has neither. Missing producers are planned once
 * and shared by all their plots.
 */
export class ProducerMatcher {
  private readonly byCode = new Map<string, ExistingProducer>();
  private readonly byDni = new Map<string, ExistingProducer>();
  private readonly byName = new Map<string, ExistingProducer>();
  readonly planned = new Map<string, PlannedProducer>();
  private readonly plannedDnis = new Set<string>();
  private readonly plannedCodes = new Set<string>();
  private generated = 0;

  constructor(
    db: Store,
    private readonly organisationId: string,
    private readonly mapping: ImportMapping,
    private readonly defaultProducer: PlannedProducer | null,
  ) {
    const rows = db
      .prepare('SELECT id, organisation_id, member_code, names, dni FROM producers WHERE deleted_at IS NULL')
      .all() as ExistingProducer[];
    for (const row of rows) {
      if (row.dni) this.byDni.set(row.dni, row);
      if (row.organisation_id !== organisationId) continue;
      this.byCode.set(row.member_code.toLowerCase(), row);
      this.byName.set(nameKey(row.names), row);
    }
    const taken = db.prepare("SELECT count(*) AS n FROM producers WHERE member_code LIKE 'IMP-%'").get() as {
      n: number;
    };
    this.generated = taken.n;
  }

  private existing(row: ExistingProducer): PlannedProducer {
    return { key: `id:${row.id}`, existingId: row.id, memberCode: row.member_code, names: row.names, dni: row.dni };
  }

  /** The producer of one feature, or null with a reason pushed. */
  match(properties: Record<string, AttributeValue>, reasons: ImportReason[]): PlannedProducer | null {
    const read = (column: string | undefined): string | null => (column ? textOf(properties[column]) : null);
    const code = read(this.mapping.producerCode)?.slice(0, 40) ?? null;
    const rawDni = read(this.mapping.producerDni);
    const dni = normaliseDni(rawDni);
    if (rawDni && !dni)
      reasons.push({ code: 'INVALID_VALUE', level: 'warning', params: { field: 'producerDni', value: rawDni } });
    const name = read(this.mapping.producerName)?.slice(0, 200) ?? null;

    const byCode = code ? this.byCode.get(code.toLowerCase()) : undefined;
    if (byCode) return this.existing(byCode);
    const byDni = dni ? this.byDni.get(dni) : undefined;
    if (byDni) {
      if (byDni.organisation_id === this.organisationId) return this.existing(byDni);
      reasons.push({
        code: 'PRODUCER_IN_OTHER_ORGANISATION',
        level: 'error',
        params: { dni: byDni.dni ?? '', producerName: byDni.names },
      });
      return null;
    }
    const byName = !code && !dni && name ? this.byName.get(nameKey(name)) : undefined;
    if (byName) return this.existing(byName);

    if (!code && !dni && !name) {
      if (this.defaultProducer) return this.defaultProducer;
      reasons.push({ code: 'NO_PRODUCER', level: 'error', params: {} });
      return null;
    }
    const key = code ? `code:${code.toLowerCase()}` : dni ? `dni:${dni}` : `name:${nameKey(name ?? '')}`;
    const planned = this.planned.get(key);
    if (planned) return planned;
    // Two new members of one file with the same DNI: the DNI cannot be both's; keep it on the first.
    const dniTaken = dni !== null && this.plannedDnis.has(dni);
    if (dniTaken)
      reasons.push({ code: 'INVALID_VALUE', level: 'warning', params: { field: 'producerDni', value: dni } });
    const fresh: PlannedProducer = {
      key,
      existingId: null,
      memberCode: this.freeCode(code ?? dni),
      names: name && name.length >= 2 ? name : (code ?? dni ?? key),
      dni: dniTaken ? null : dni,
    };
    this.planned.set(key, fresh);
    this.plannedCodes.add(fresh.memberCode.toLowerCase());
    if (fresh.dni) this.plannedDnis.add(fresh.dni);
    return fresh;
  }

  /** A member code no live producer of the organisation, nor another new one, has. */
  private freeCode(wanted: string | null): string {
    const taken = (c: string): boolean => this.byCode.has(c.toLowerCase()) || this.plannedCodes.has(c.toLowerCase());
    if (wanted && !taken(wanted)) return wanted;
    let candidate: string;
    do candidate = `IMP-${String((this.generated += 1)).padStart(5, '0')}`;
    while (taken(candidate));
    return candidate;
  }
}
