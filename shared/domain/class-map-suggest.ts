import type { HazardLevel } from './hazard.js';
import type { ClassMap } from './layer.js';

/** Lower case, no accents, single spaces: "Muy  ALTA" → "muy alta". */
const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The level a class label names, in the words Peruvian agencies use
 * (INGEMMET "Muy alta", CENEPRED "Muy Alto", "Moderada", "Muy baja"…),
 * or null when the label does not say. "Muy baja" counts as Bajo: CENEPRED's
 * scale starts there.
 */
export function levelFromLabel(label: string): HazardLevel | null {
  const text = normalise(label);
  if (/^(muy alt[oa]|very high|ma)$/.test(text) || /\bmuy alt[oa]\b|\bvery high\b/.test(text)) return 'muy_alto';
  if (/\bmuy baj[oa]\b|\bvery low\b|\bbaj[oa]\b|\blow\b|^b$|\bnul[oa]\b|\bninguna?\b/.test(text)) return 'bajo';
  if (/\balt[oa]\b|\bhigh\b|^a$/.test(text)) return 'alto';
  if (/\bmedi[oa]\b|\bmoderad[oa]\b|\bmedium\b|\bmoderate\b|^m$/.test(text)) return 'medio';
  return null;
}

const fourClasses: HazardLevel[] = ['bajo', 'medio', 'alto', 'muy_alto'];
/** INGEMMET's five susceptibility classes (muy baja … muy alta): the two lowest are both Bajo. */
const fiveClasses: HazardLevel[] = ['bajo', 'bajo', 'medio', 'alto', 'muy_alto'];

/** Numeric classes 1…4 (or 0…3) map straight to Bajo…Muy alto; 1…5 (or 0…4) fold the two lowest into Bajo. */
function levelsFromNumbers(values: readonly number[]): Map<number, HazardLevel> | null {
  if (values.length === 0 || values.some((v) => !Number.isInteger(v))) return null;
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const offset = lowest >= 1 ? 1 : 0;
  if (lowest < 0 || highest - offset > 4) return null;
  const scale = highest - offset === 4 ? fiveClasses : fourClasses;
  return new Map(values.map((v) => [v, scale[v - offset] ?? 'muy_alto']));
}

/** A suggested level for each distinct value of a class column; values that say nothing are left out. */
export function suggestClassMap(values: readonly string[]): ClassMap {
  const map: ClassMap = {};
  const numbers = values.map((v) => Number(v.trim()));
  const numeric = values.length > 0 && values.every((v) => v.trim() !== '') && numbers.every(Number.isFinite);
  const byNumber = numeric ? levelsFromNumbers(numbers) : null;
  values.forEach((value, i) => {
    const level = byNumber ? byNumber.get(numbers[i] ?? NaN) : levelFromLabel(value);
    if (level) map[value] = level;
  });
  return map;
}

/** Column names that usually carry a hazard class, best first. */
const classColumnPatterns = [/susceptib/, /nivel/, /peligro/, /riesgo/, /clase/, /class/, /grado/, /categ/, /level/];

/** The column that most looks like a hazard class: by name first, then by how many values map to a level. */
export function suggestClassField(columns: readonly string[], valuesOf: (column: string) => string[]): string | null {
  for (const pattern of classColumnPatterns) {
    const hit = columns.find((c) => pattern.test(normalise(c)));
    if (hit) return hit;
  }
  let best: { column: string; mapped: number } | null = null;
  for (const column of columns) {
    const values = valuesOf(column);
    if (values.length === 0 || values.length > 12) continue;
    const mapped = Object.keys(suggestClassMap(values)).length;
    if (mapped > 0 && (!best || mapped > best.mapped)) best = { column, mapped };
  }
  return best?.column ?? null;
}
