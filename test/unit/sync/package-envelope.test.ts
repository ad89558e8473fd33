import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.js';
import { DEVICE_FILE_NAME, loadOrCreateDevice } from '../../../electron/core/sync/device-identity.js';
import { openPackage, sealPackage } from '../../../electron/core/sync/package-envelope.js';
import { tempDir } from '../../helpers/temp-dir.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const read = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** A small package as a field laptop would send: a manifest and a few change lines with accents. */
function samplePackage(dir = tempDir()) {
  const device = loadOrCreateDevice(dir, 'Laptop de Rosa — Chirinos');
  const entries = {
    'manifest.json': text(JSON.stringify({ format: 'cafetal-package', version: 1, deviceId: device.id })),
    'changes.ndjson': text(
      [
        '{"table":"plots","rowId":"p1","fields":{"name":"El Mirador","altitude_m":1450}}',
        '{"table":"producers","rowId":"f1","fields":{"names":"Rosa Huamán Tocto"}}',
      ].join('\n'),
    ),
  };
  return { device, entries, bytes: sealPackage(entries, device) };
}

const reasonOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ApiError ? String((error.details as { reason?: string }).reason) : 'THREW';
  }
};

describe('device identity', () => {
  it('is made once per data folder, kept private to its user, and the same on the next start', () => {
    const dir = tempDir();
    const first = loadOrCreateDevice(dir, 'Laptop de Rosa');
    const again = loadOrCreateDevice(dir, 'another default');
    expect(again.id).toBe(first.id);
    expect(again.name).toBe('Laptop de Rosa');
    expect(Buffer.from(again.publicKey).equals(Buffer.from(first.publicKey))).toBe(true);
    expect(fs.statSync(path.join(dir, DEVICE_FILE_NAME)).mode & 0o077).toBe(0);
    expect(loadOrCreateDevice(tempDir(), 'Laptop de Rosa').id).not.toBe(first.id);
  });
});

describe('the .cafetal container', () => {
  it('opens what it sealed, with the signer’s key', () => {
    const { device, entries, bytes } = samplePackage();
    const opened = openPackage(bytes);
    expect(Buffer.from(opened.signerKey).equals(Buffer.from(device.publicKey))).toBe(true);
    expect(Object.keys(opened.entries).sort()).toEqual(['changes.ndjson', 'manifest.json']);
    expect(read(opened.entries['changes.ndjson'])).toBe(read(entries['changes.ndjson']));
    expect(read(opened.entries['changes.ndjson'])).toContain('Rosa Huamán Tocto');
  });

  it('refuses a package with any one byte changed, wherever it is', () => {
    const { bytes } = samplePackage();
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const tampered = Uint8Array.from(bytes);
        tampered[at] = (tampered[at] ?? 0) ^ flip;
        expect(reasonOf(() => openPackage(tampered))).toMatch(/^(TAMPERED|TRUNCATED|NOT_PACKAGE)$/);
      }),
      { numRuns: 500, seed: 20261128 },
    );
  });

  it('refuses a package cut off at any length as truncated', () => {
    const { bytes } = samplePackage();
    fc.assert(
      fc.property(fc.integer({ min: 12, max: bytes.length - 1 }), (length) => {
        expect(reasonOf(() => openPackage(bytes.subarray(0, length)))).toBe('TRUNCATED');
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('a package changed and re-signed by another laptop opens with that laptop’s key, not the sender’s', () => {
    // Someone edits the changes and signs with their own key: the container is valid, the signer is not Rosa.
    const rosa = samplePackage();
    const forger = loadOrCreateDevice(tempDir(), 'Otra laptop');
    const forged = sealPackage({ ...rosa.entries, 'changes.ndjson': text('{"table":"plots"}') }, forger);
    const opened = openPackage(forged);
    expect(Buffer.from(opened.signerKey).equals(Buffer.from(rosa.device.publicKey))).toBe(false);
  });

  it('says a file that is not a package is not one', () => {
    expect(reasonOf(() => openPackage(text('{"type":"FeatureCollection"}')))).toBe('NOT_PACKAGE');
    expect(reasonOf(() => openPackage(new Uint8Array()))).toBe('NOT_PACKAGE');
  });
});

describe('a signed package that inflates beyond what Cafetal reads', () => {
  it('is refused from the sizes its zip declares, before inflating', () => {
    const device = loadOrCreateDevice(tempDir(), 'Laptop de prueba');
    // 10 MB of zeros compress to about 10 kB: a zip bomb in miniature, validly signed (the real limit is 1 GB).
    const sealed = sealPackage({ 'changes.ndjson': new Uint8Array(10_000_000) }, device);
    expect(sealed.length).toBeLessThan(100_000);
    expect(() => openPackage(sealed, 5_000_000)).toThrow(/inflates to more/);
    expect(openPackage(sealed, 20_000_000).entries['changes.ndjson']).toHaveLength(10_000_000);
  });
});
