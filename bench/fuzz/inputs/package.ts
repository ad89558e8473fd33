import crypto from 'node:crypto';
import fc from 'fast-check';
import { exchangedTables } from '../../../electron/core/sync/exchanged-tables.js';
import { openPackage, sealPackage } from '../../../electron/core/sync/package-envelope.js';
import { CHANGES_NAME, MANIFEST_NAME } from '../../../electron/core/sync/package-format.js';
import type { DeviceIdentity } from '../../../electron/core/sync/device-identity.js';
import type { FuzzCase } from '../fuzz-types.js';
import type { SeedFile } from '../mutate.js';
import { applyTextMutations, describeTextMutation, textMutations } from '../mutate.js';
import { attributeValue } from './values.js';

/** A laptop nobody has heard of, with its own key: signs packages that claim to be from others. */
export function strangerIdentity(): DeviceIdentity {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    id: '00000000-0000-4000-8000-000000000bad',
    name: 'Desconocida',
    publicKey: publicKey.export({ type: 'spki', format: 'der' }),
    privateKey,
    exportedCounter: 0,
  };
}

const uuid = fc.oneof(
  { weight: 4, arbitrary: fc.uuid({ version: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'x', '../../etc', "'; DROP TABLE plots;--") },
);

/** A field value of a change: the column's kind of value, or anything else JSON can carry. */
const fieldValue = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(null),
    ),
  },
  { weight: 1, arbitrary: attributeValue },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}',
      '[]',
      'x'.repeat(100_000),
      -1,
      1e308,
      0,
    ),
  },
);

const entry = (devices: string[]) =>
  fc.constantFrom(...exchangedTables).chain((t) =>
    fc.record({
      device: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...devices) }, { weight: 1, arbitrary: uuid }),
      counter: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 30 }) },
        { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 53, 1.5) },
      ),
      table: fc.oneof(
        { weight: 9, arbitrary: fc.constant(t.name as string) },
        { weight: 1, arbitrary: fc.constantFrom('sqlite_master', 'settings', 'plots"; --') },
      ),
      row: fc.oneof(
        { weight: 3, arbitrary: fc.uuid({ version: 4 }) },
        { weight: 1, arbitrary: fc.constantFrom('a/1', '/', 'x/y/z', "1' OR '1'='1") },
      ),
      fields: fc.dictionary(
        fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...t.columns) },
          { weight: 1, arbitrary: fc.constantFrom('updated_at', '__proto__', 'x"y', 'rowid') },
        ),
        fieldValue,
        { maxKeys: 6 },
      ),
      context: fc.dictionary(fc.uuid({ version: 4 }), fc.integer({ min: 0, max: 40 }), { maxKeys: 2 }),
      changedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '', 'mañana', '9999-99-99'),
    }),
  );

/** Manifest fields replaced by wrong or hostile values. */
const manifestDamage = fc.array(
  fc.record({
    key: fc.constantFrom(
      'format',
      'formatVersion',
      'network',
      'sender',
      'createdAt',
      'schemaVersion',
      'knowledge',
      'since',
      'entries',
      'deviceNames',
      'rasterFiles',
      '__proto__',
    ),
    value: fc.oneof(
      attributeValue,
      fc.constantFrom(undefined, 999, -1, [], {}, ['../../x.tif'], ['00000000-0000-4000-8000-000000000000.tif']),
    ),
  }),
  { maxLength: 3 },
);

export interface PackageGenerators {
  generated: fc.Arbitrary<FuzzCase>;
  /** Seed packages opened, their manifest or changes damaged as text, then signed again by the same laptop. */
  resigned: fc.Arbitrary<FuzzCase>;
}

/**
 * `.cafetal` inputs that get past the signature: made and signed by the seed
 * sender (a trusted laptop gone bad) or by a stranger. Unsigned damage is the
 * byte mutators' job; these reach the manifest, the changes and the merge.
 */
export function packageGenerators(seeds: readonly SeedFile[], signer: DeviceIdentity): PackageGenerators {
  const stranger = strangerIdentity();
  const opened = seeds.map((seed) => ({ name: seed.name, entries: openPackage(seed.bytes).entries }));
  const base = JSON.parse(Buffer.from(opened[0]?.entries[MANIFEST_NAME] ?? []).toString('utf8')) as Record<
    string,
    unknown
  >;
  const devices = [signer.id, stranger.id];

  /** Well-formed changes from a stranger, numbered 1…n: they pass every check before the merge and reach the tables. */
  const coherent = fc
    .array(entry([stranger.id]), { minLength: 1, maxLength: 12 })
    .map((entries) =>
      entries.map((e, i) => ({
        ...e,
        device: stranger.id,
        counter: i + 1,
        changedAt: '2026-03-01T12:00:00.000Z',
        context: {},
      })),
    )
    .map((entries) => ({ entries, damage: [], by: 'stranger' as const, countRight: true, raster: 'none' as const }));
  const chaotic = fc.record({
    entries: fc.array(entry(devices), { maxLength: 12 }),
    damage: manifestDamage,
    by: fc.constantFrom('signer', 'signer', 'stranger', 'strangerClaimingSigner'),
    countRight: fc.boolean(),
    raster: fc.constantFrom('none', 'none', 'traversal', 'bogus'),
  });

  const generated = fc
    .oneof({ weight: 3, arbitrary: coherent }, { weight: 2, arbitrary: chaotic })
    .map(({ entries, damage, by, countRight, raster }) => {
      const identity = by === 'signer' ? signer : stranger;
      const manifest: Record<string, unknown> = {
        ...base,
        sender: {
          id: by === 'stranger' ? stranger.id : signer.id,
          name: identity.name,
          publicKey: Buffer.from(identity.publicKey).toString('base64'),
        },
        entries: countRight ? entries.length : entries.length + 1,
        since: {},
      };
      for (const { key, value } of damage) {
        if (value === undefined) delete manifest[key];
        else Object.defineProperty(manifest, key, { value, enumerable: true, configurable: true, writable: true });
      }
      const files: Record<string, Uint8Array> = {
        [MANIFEST_NAME]: Buffer.from(JSON.stringify(manifest)),
        [CHANGES_NAME]: Buffer.from(entries.map((e) => JSON.stringify(e)).join('\n')),
      };
      if (raster === 'traversal') files['files/layers/../../../evil.grid.json'] = Buffer.from('{}');
      if (raster === 'bogus') files['files/layers/00000000-0000-4000-8000-000000000000.tif'] = Buffer.from('II*\0');
      return {
        label: `generated package (${entries.length} changes, by ${by}, damage ${damage.map((d) => d.key).join('+') || 'none'}, raster ${raster})`,
        fileName: 'hostil.cafetal',
        bytes: sealPackage(files, identity),
      };
    });

  const resigned = fc
    .record({
      seed: fc.nat({ max: Math.max(0, opened.length - 1) }),
      target: fc.constantFrom(MANIFEST_NAME, CHANGES_NAME, CHANGES_NAME),
      mutations: textMutations,
      dropRasters: fc.boolean(),
    })
    .map(({ seed, target, mutations, dropRasters }) => {
      const source = opened[seed] as (typeof opened)[number];
      const files: Record<string, Uint8Array> = { ...source.entries };
      files[target] = applyTextMutations(files[target] ?? new Uint8Array(), mutations);
      if (dropRasters) for (const name of Object.keys(files)) if (name.startsWith('files/')) delete files[name];
      return {
        label: `re-signed ${source.name}: ${target} ${mutations.map(describeTextMutation).join(', ')}${dropRasters ? ', rasters dropped' : ''}`,
        fileName: 'reenviado.cafetal',
        bytes: sealPackage(files, signer),
      };
    });
  return { generated, resigned };
}
