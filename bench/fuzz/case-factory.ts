import crypto from 'node:crypto';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import type { FuzzCase, FuzzFormat } from './fuzz-types.js';
import { generatedCsv } from './inputs/csv.js';
import { generatedGeoJson } from './inputs/geojson.js';
import { generatedGeoTiff } from './inputs/geotiff.js';
import { generatedGpkg } from './inputs/gpkg.js';
import { generatedGpx } from './inputs/gpx.js';
import { generatedKml, generatedKmz } from './inputs/kml.js';
import { packageGenerators } from './inputs/package.js';
import { generatedShapefile } from './inputs/shapefile.js';
import type { SeedFile } from './mutate.js';
import {
  applyMutations,
  applyTextMutations,
  byteMutations,
  describeMutation,
  describeTextMutation,
  textMutations,
} from './mutate.js';
import type { SeedSet } from './seeds.js';

const baseName = (name: string): string => name.slice(name.lastIndexOf('/') + 1).replace(/ in kmz:.*$/, '');

/** A seed file damaged byte by byte (flips, cuts, splices, duplicated chunks, edge values). */
function byteMutated(seeds: readonly SeedFile[], fileName?: (seed: SeedFile) => string): fc.Arbitrary<FuzzCase> {
  return fc.record({ seed: fc.nat({ max: seeds.length - 1 }), mutations: byteMutations }).map(({ seed, mutations }) => {
    const file = seeds[seed] as SeedFile;
    return {
      label: `mutated ${file.name}: ${mutations.map(describeMutation).join(', ')}`,
      fileName: fileName ? fileName(file) : baseName(file.name),
      bytes: applyMutations(file.bytes, mutations, seeds),
    };
  });
}

/** A text seed damaged as text (numbers, lines, closing characters, hostile text, encodings). */
function textMutated(seeds: readonly SeedFile[]): fc.Arbitrary<FuzzCase> {
  return fc.record({ seed: fc.nat({ max: seeds.length - 1 }), mutations: textMutations }).map(({ seed, mutations }) => {
    const file = seeds[seed] as SeedFile;
    return {
      label: `text-mutated ${file.name}: ${mutations.map(describeTextMutation).join(', ')}`,
      fileName: baseName(file.name),
      bytes: applyTextMutations(file.bytes, mutations),
    };
  });
}

/** A zip seed whose inner file (.kml, .shp, .dbf…) is damaged, then zipped again: the damage reaches the reader. */
function innerMutated(seeds: readonly SeedFile[]): fc.Arbitrary<FuzzCase> {
  const unzipped = seeds.flatMap((seed) => {
    try {
      const files = unzipSync(seed.bytes);
      return Object.keys(files).length > 0 ? [{ seed, files }] : [];
    } catch {
      return [];
    }
  });
  return fc
    .record({
      seed: fc.nat({ max: Math.max(0, unzipped.length - 1) }),
      inner: fc.nat(),
      bytes: byteMutations,
      text: fc.option(textMutations, { nil: null }),
    })
    .map(({ seed, inner, bytes, text }) => {
      const chosen = unzipped[seed] as (typeof unzipped)[number];
      const names = Object.keys(chosen.files).sort();
      const name = names[inner % names.length] as string;
      const files: Record<string, Uint8Array> = { ...chosen.files };
      const original = files[name] as Uint8Array;
      files[name] = text ? applyTextMutations(original, text) : applyMutations(original, bytes, []);
      const how = text ? text.map(describeTextMutation) : bytes.map(describeMutation);
      return {
        label: `inner-mutated ${chosen.seed.name} (${name}): ${how.join(', ')}`,
        fileName: baseName(chosen.seed.name),
        bytes: zipSync(files),
      };
    });
}

const mix = (...arbitraries: [number, fc.Arbitrary<FuzzCase>][]): fc.Arbitrary<FuzzCase> =>
  fc.oneof(...arbitraries.map(([weight, arbitrary]) => ({ weight, arbitrary })));

/** Per format: generated structures and mutated real files, mixed. */
export function formatArbitrary(format: FuzzFormat, seeds: SeedSet, maxSeedBytes = Infinity): fc.Arbitrary<FuzzCase> {
  const all = seeds.files.get(format) ?? [];
  if (all.length === 0) throw new Error(`No seed files for ${format}`);
  const small = all.filter((file) => file.bytes.length <= maxSeedBytes);
  // Every format keeps at least its smallest real file.
  const files = small.length > 0 ? small : [all.reduce((a, b) => (b.bytes.length < a.bytes.length ? b : a))];
  switch (format) {
    case 'geojson':
      return mix([4, generatedGeoJson], [3, byteMutated(files)], [3, textMutated(files)]);
    case 'kml':
      return mix([4, generatedKml], [3, byteMutated(files)], [3, textMutated(files)]);
    case 'gpx':
      return mix([4, generatedGpx], [3, byteMutated(files)], [3, textMutated(files)]);
    case 'csv':
      return mix([4, generatedCsv], [3, byteMutated(files)], [3, textMutated(files)]);
    case 'kmz':
      return mix([3, generatedKmz], [2, byteMutated(files, () => 'parcelas.kmz')], [4, innerMutated(files)]);
    case 'shapefile':
      return mix([4, generatedShapefile], [2, byteMutated(files)], [4, innerMutated(files)]);
    case 'gpkg':
      return mix([5, generatedGpkg], [5, byteMutated(files)]);
    case 'geotiff':
      return mix([5, generatedGeoTiff], [5, byteMutated(files)]);
    case 'package': {
      const { generated, resigned } = packageGenerators(files, seeds.signer);
      return mix([4, generated], [3, resigned], [3, byteMutated(files)]);
    }
    default: {
      const never: never = format;
      throw new Error(`Unknown format ${String(never)}`);
    }
  }
}

/** The fast-check seed of input `index` of a format's sequence: the same (seed, format, index) makes the same file. */
export function caseSeed(seed: number, format: FuzzFormat, index: number): number {
  return crypto.createHash('sha256').update(`${seed}:${format}:${index}`).digest().readInt32LE(0);
}

/** Builds input `index` of a format's sequence (deterministic). */
export function makeCase(arbitrary: fc.Arbitrary<FuzzCase>, seed: number, format: FuzzFormat, index: number): FuzzCase {
  const [value] = fc.sample(arbitrary, { seed: caseSeed(seed, format, index), numRuns: 1 });
  if (!value) throw new Error('fast-check produced no value');
  return { ...value, label: `${format}#${index} ${value.label}` };
}
