import model from './climate-model.json' with { type: 'json' };

/**
 * Where each number of the built-in model comes from, read from
 * climate-model.json: a leaf there is `{ value, source, year, note? }`, where
 * `source` names one or more entries of `sources`. The Methodology page and
 * the settings form show this beside each value.
 */

export interface ModelSource {
  id: string;
  /** "Córdova et al. 2016": shown beside a value; `citation` in the sources list. */
  short: string;
  citation: string;
  /** Publication year; null where the copy consulted did not give it (the citation says "verify"). */
  year: number | null;
}

export interface LocalizedNote {
  es: string;
  en: string;
}

export interface Provenance {
  sources: ModelSource[];
  year: number | null;
  note: LocalizedNote | null;
}

export const modelSources: ModelSource[] = Object.entries(model.sources).map(([id, entry]) => ({
  id,
  short: entry.short,
  citation: entry.citation,
  year: entry.year,
}));

export const modelAbout: LocalizedNote = model.about;

const isRecord = (node: unknown): node is Record<string, unknown> =>
  typeof node === 'object' && node !== null && !Array.isArray(node);

const isLeaf = (node: unknown): node is Record<string, unknown> & { value: unknown } =>
  isRecord(node) && 'value' in node && 'source' in node;

/** The JSON's parameter tree with every `{ value, source… }` leaf replaced by its value. */
export function unwrapValues(node: unknown): unknown {
  if (isLeaf(node)) return node.value;
  if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, unwrapValues(child)]));
  return node;
}

function sourceIds(source: unknown): string[] {
  if (typeof source === 'string') return [source];
  return Array.isArray(source) ? source.filter((id): id is string => typeof id === 'string') : [];
}

function leafAt(root: unknown, path: string): Record<string, unknown> | null {
  let node: unknown = root;
  for (const part of path.split('.')) node = isRecord(node) ? node[part] : undefined;
  return isLeaf(node) ? node : null;
}

/** Provenance of a parameter by its dotted path ('lapseRateCPerKm', 'thermal.levelCutoffsC', 'layerRules.vectorHazards'). */
export function provenanceOf(path: string): Provenance | null {
  const leaf = leafAt(path.startsWith('layerRules.') ? model : model.parameters, path);
  if (!leaf) return null;
  const sources = sourceIds(leaf.source).flatMap((id) => modelSources.filter((source) => source.id === id));
  const note = leaf.note;
  return {
    sources,
    year: typeof leaf.year === 'number' ? leaf.year : null,
    note:
      isRecord(note) && typeof note.es === 'string' && typeof note.en === 'string'
        ? { es: note.es, en: note.en }
        : null,
  };
}

/** The raw rule tables outside `parameters` (not user-editable), for the model and the Methodology page. */
export const modelLayerRules: unknown = unwrapValues(model.layerRules);
export const modelParameterValues: unknown = unwrapValues(model.parameters);
