import type { RustSusceptibility } from '../model-params.js';

const rank: Record<RustSusceptibility, number> = { resistant: 0, medium: 1, susceptible: 2 };

/** "Catuaí Rojo" → "catuai rojo": names match without accents, case or extra spaces. */
export const normalizeVariety = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

type KnownVariety = { name: string; susceptibility: RustSusceptibility };

/** Normalised once per list: the model runs for every plot and scenario (100,000 plots × 4). */
const knownCache = new WeakMap<Record<string, RustSusceptibility>, KnownVariety[]>();
function knownVarieties(varieties: Record<string, RustSusceptibility>): KnownVariety[] {
  let known = knownCache.get(varieties);
  if (!known) {
    known = Object.entries(varieties)
      .map(([name, susceptibility]) => ({ name: normalizeVariety(name), susceptibility }))
      .sort((a, b) => b.name.length - a.name.length);
    knownCache.set(varieties, known);
  }
  return known;
}

export interface VarietyClass {
  /** The most susceptible of the plot's varieties; an unknown one counts as susceptible. */
  susceptibility: RustSusceptibility;
  /** Names not found in the list (they were treated as susceptible). */
  unknown: string[];
}

/**
 * Classifies a plot's variety text. A plot may list several ("Caturra, Catimor"):
 * the most susceptible wins. "Caturra Rojo" matches "Caturra" (longest known
 * name the text starts with).
 */
export function classifyVariety(text: string, varieties: Record<string, RustSusceptibility>): VarietyClass | null {
  const parts = text
    .split(/[,;/+&]|\s+y\s+|\s+and\s+/i)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return null;
  const known = knownVarieties(varieties);
  let susceptibility: RustSusceptibility = 'resistant';
  const unknown: string[] = [];
  for (const part of parts) {
    const key = normalizeVariety(part);
    const match = known.find(({ name }) => key === name || key.startsWith(`${name} `));
    const found = match?.susceptibility ?? 'susceptible';
    if (!match) unknown.push(part);
    if (rank[found] > rank[susceptibility]) susceptibility = found;
  }
  return { susceptibility, unknown };
}
