import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/api/errors.js';
import { catalogueKeys, catalogueParts, catalogues } from '../../shared/i18n/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = path.join(repoRoot, 'renderer');

const es = catalogues['es-PE'];
const en = catalogues.en;
const esKeys = new Set(catalogueKeys(es));
const enKeys = new Set(catalogueKeys(en));

/** i18next plural forms: `t('x', { count })` resolves `x_one`, `x_other`… */
const pluralSuffixes = ['_zero', '_one', '_two', '_few', '_many', '_other'];
const hasKey = (keys: Set<string>, key: string): boolean =>
  keys.has(key) || pluralSuffixes.some((suffix) => keys.has(`${key}${suffix}`));

function valueAt(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

function rendererSources(): { file: string; text: string }[] {
  return fs
    .readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => ({ file, text: fs.readFileSync(path.join(rendererDir, file), 'utf8') }));
}

/** `t('a.b')`, `t("a.b")`, ``t(`a.b`)`` with a literal key; template keys with `${…}` are handled below. */
const LITERAL_KEY = /\bt\(\s*(?:'([^'\n]+)'|"([^"\n]+)"|`([^`$\n]+)`)/g;
/** ``t(`organisations.types.${type}`)``: the static prefix must name a group of keys. */
const TEMPLATE_KEY = /\bt\(\s*`([^`$\n]*)\$\{/g;

describe('translation catalogues (shared/i18n)', () => {
  it('defines each top-level key in one feature file only', () => {
    for (const [locale, parts] of Object.entries(catalogueParts)) {
      const seen = parts.flatMap((part) => Object.keys(part));
      expect(
        seen.filter((key, i) => seen.indexOf(key) !== i),
        locale,
      ).toEqual([]);
    }
  });

  it('have the same keys in Spanish and English', () => {
    const missingInEnglish = [...esKeys].filter((key) => !enKeys.has(key));
    const missingInSpanish = [...enKeys].filter((key) => !esKeys.has(key));
    expect(missingInEnglish, 'keys in es-PE.json but not in en.json').toEqual([]);
    expect(missingInSpanish, 'keys in en.json but not in es-PE.json').toEqual([]);
  });

  it('have no empty texts', () => {
    const empty = [...esKeys, ...enKeys].filter(
      (key) =>
        (typeof valueAt(es, key) === 'string' && (valueAt(es, key) as string).trim() === '') ||
        (typeof valueAt(en, key) === 'string' && (valueAt(en, key) as string).trim() === ''),
    );
    expect(empty).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const placeholders = (text: unknown): string[] =>
      [...String(text).matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
    const mismatched = [...esKeys]
      .filter((key) => enKeys.has(key))
      .filter((key) => placeholders(valueAt(es, key)).join() !== placeholders(valueAt(en, key)).join());
    expect(mismatched).toEqual([]);
  });

  it('translate every API error code', () => {
    for (const code of errorCodes) {
      expect(esKeys.has(`errors.${code}`), `es-PE.json lacks errors.${code}`).toBe(true);
      expect(enKeys.has(`errors.${code}`), `en.json lacks errors.${code}`).toBe(true);
    }
  });

  it('contain every key the renderer passes to t()', () => {
    const sources = rendererSources();
    expect(sources.length).toBeGreaterThan(0);
    const missing: string[] = [];
    let literalCount = 0;
    for (const { file, text } of sources) {
      for (const match of text.matchAll(LITERAL_KEY)) {
        const key = match[1] ?? match[2] ?? match[3] ?? '';
        literalCount += 1;
        for (const [language, keys] of [
          ['es-PE', esKeys],
          ['en', enKeys],
        ] as const) {
          if (!hasKey(keys, key)) missing.push(`${file}: t('${key}') missing in ${language}`);
        }
      }
      for (const match of text.matchAll(TEMPLATE_KEY)) {
        const prefix = match[1] ?? '';
        for (const [language, keys] of [
          ['es-PE', esKeys],
          ['en', enKeys],
        ] as const) {
          if (![...keys].some((key) => key.startsWith(prefix))) {
            missing.push(`${file}: t(\`${prefix}…\`) has no keys in ${language}`);
          }
        }
      }
    }
    // Guards the regex itself: the renderer certainly translates more than a handful of texts.
    expect(literalCount).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
