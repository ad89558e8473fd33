import crypto from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { ApiError } from '../../../shared/api/errors.js';
import { MAX_SOURCE_BYTES } from '../import/source-types.js';
import type { DeviceIdentity } from './device-identity.js';

/**
 * The `.cafetal` container (docs/exchange.md):
 *
 *   MAGIC (12 bytes) · signer's public key, SPKI DER (44) · zip of the entries
 *   · Ed25519 signature (64) · zip length, uint32 big-endian (4) · TRAILER (4)
 *
 * The signature covers every byte before it, so any changed byte, in the
 * entries, the zip's own headers or the key, makes the package refused;
 * the lengths make a cut-off copy (a USB stick pulled out) refused as
 * truncated. Nothing inside the zip is parsed before the signature checks out.
 * Whether the signer is a laptop of this organisation is the caller's check.
 */
const MAGIC = Buffer.from('CAFETALPKG1\n', 'latin1');
const TRAILER = Buffer.from('CFPK', 'latin1');
const KEY_BYTES = 44;
const SIGNATURE_BYTES = 64;
const FOOTER_BYTES = SIGNATURE_BYTES + 4 + TRAILER.length;
const ZIP_EPOCH = new Date(1980, 0, 1);
/** What the entries may inflate to: the importers' limit for zips (4 × 250 MB). */
const MAX_UNZIPPED_BYTES = 4 * MAX_SOURCE_BYTES;

export type PackageRefusal = 'NOT_PACKAGE' | 'TRUNCATED' | 'TAMPERED';

function refuse(reason: PackageRefusal, message: string): ApiError {
  return new ApiError('FILE_UNREADABLE', message, { reason });
}

/** Zips the entries (name → bytes) and signs the whole with the laptop's key. */
export function sealPackage(entries: Readonly<Record<string, Uint8Array>>, device: DeviceIdentity): Uint8Array {
  if (device.publicKey.length !== KEY_BYTES) throw new Error('Not an Ed25519 SPKI public key.');
  // A fixed time stamp (zip's earliest, 1980): the same entries give the same bytes, and no clock leaks.
  const zip = zipSync(
    Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime: ZIP_EPOCH }]])),
    { level: 6 },
  );
  const signed = Buffer.concat([MAGIC, device.publicKey, zip]);
  const signature = crypto.sign(null, signed, device.privateKey);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(zip.length);
  return Buffer.concat([signed, signature, length, TRAILER]);
}

export interface OpenedPackage {
  /** The signer's public key (SPKI DER): compare with the one recorded for the device the manifest names. */
  readonly signerKey: Uint8Array;
  readonly entries: Readonly<Record<string, Uint8Array>>;
}

/** Checks the container and its signature, then unzips: refused with a reason, never half-read. */
export function openPackage(bytes: Uint8Array, maxUnzippedBytes = MAX_UNZIPPED_BYTES): OpenedPackage {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC))
    throw refuse('NOT_PACKAGE', 'This file is not a Cafetal package.');
  const minimum = MAGIC.length + KEY_BYTES + FOOTER_BYTES;
  if (data.length < minimum || !data.subarray(data.length - TRAILER.length).equals(TRAILER))
    throw refuse('TRUNCATED', 'The package is incomplete (cut off while copying?).');
  const zipLength = data.readUInt32BE(data.length - TRAILER.length - 4);
  if (minimum + zipLength !== data.length) throw refuse('TRUNCATED', 'The package is incomplete or has extra bytes.');
  const signedEnd = MAGIC.length + KEY_BYTES + zipLength;
  const signerKey = data.subarray(MAGIC.length, MAGIC.length + KEY_BYTES);
  let valid: boolean;
  try {
    const key = crypto.createPublicKey({ key: signerKey, format: 'der', type: 'spki' });
    valid =
      key.asymmetricKeyType === 'ed25519' &&
      crypto.verify(null, data.subarray(0, signedEnd), key, data.subarray(signedEnd, signedEnd + SIGNATURE_BYTES));
  } catch {
    valid = false;
  }
  if (!valid) throw refuse('TAMPERED', 'The package was changed after it was made: its signature does not match.');
  let entries: Record<string, Uint8Array>;
  let declaredBytes = 0;
  try {
    entries = unzipSync(data.subarray(MAGIC.length + KEY_BYTES, signedEnd), {
      filter: (file) => {
        declaredBytes += file.originalSize;
        return declaredBytes <= maxUnzippedBytes;
      },
    });
  } catch {
    // Signed but unreadable: made by a broken writer, not changed on the way.
    throw refuse('NOT_PACKAGE', 'The package is signed but its contents cannot be read.');
  }
  if (declaredBytes > maxUnzippedBytes) {
    // A signed "zip bomb" (a stolen key, a broken writer) must not exhaust the memory before anything is checked.
    throw refuse('NOT_PACKAGE', 'The package inflates to more than Cafetal can read.');
  }
  return { signerKey: Uint8Array.from(signerKey), entries };
}
