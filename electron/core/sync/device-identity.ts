import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Who this laptop is when it exchanges work (docs/exchange.md): a UUID, a
 * name people recognise, and an Ed25519 key pair that signs its packages. It
 * lives in the data folder, not in the database, so a restored or copied
 * database never clones a laptop's identity.
 */
export interface DeviceIdentity {
  readonly id: string;
  readonly name: string;
  /** SPKI DER: what other laptops record and check signatures against. */
  readonly publicKey: Uint8Array;
  readonly privateKey: crypto.KeyObject;
  readonly exportedCounter: number;
}

export const DEVICE_FILE_NAME = 'device.json';

const deviceFileSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(200),
  createdAt: z.string(),
  publicKey: z.base64(),
  privateKey: z.base64(),
  /** The highest change counter that has left this laptop in a package (see `noteExportedCounter`). */
  exportedCounter: z.number().int().nonnegative().optional(),
});
type DeviceFile = z.infer<typeof deviceFileSchema>;

function fromFile(file: DeviceFile): DeviceIdentity {
  return {
    id: file.id,
    exportedCounter: file.exportedCounter ?? 0,
    name: file.name,
    publicKey: Buffer.from(file.publicKey, 'base64'),
    privateKey: crypto.createPrivateKey({ key: Buffer.from(file.privateKey, 'base64'), format: 'der', type: 'pkcs8' }),
  };
}

/** This data folder's identity, made on first use (named after the computer until the user renames it). */
export function loadOrCreateDevice(dataDir: string, defaultName: string): DeviceIdentity {
  const file = path.join(dataDir, DEVICE_FILE_NAME);
  if (fs.existsSync(file)) return fromFile(readDeviceFile(file));
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const record = {
    id: crypto.randomUUID(),
    name: defaultName,
    createdAt: new Date().toISOString(),
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  writeDeviceFile(file, record);
  return fromFile(record);
}

function readDeviceFile(file: string): DeviceFile {
  return deviceFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

function writeDeviceFile(file: string, record: DeviceFile): void {
  // The private key signs this laptop's packages: readable by its user only. Written aside and renamed, so a
  // crash never leaves half an identity that would make the laptop someone new on the next start.
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(partial, file);
}

export function renameDevice(dataDir: string, name: string): DeviceIdentity {
  const file = path.join(dataDir, DEVICE_FILE_NAME);
  const record = { ...readDeviceFile(file), name };
  writeDeviceFile(file, record);
  return fromFile(record);
}

/**
 * Remembers the highest counter sent in a package. A database restored from
 * an older backup has a lower counter than what other laptops already hold;
 * numbering on from here keeps a new change from reusing a number they
 * already know (they would skip it as seen).
 */
export function noteExportedCounter(dataDir: string, counter: number): void {
  const file = path.join(dataDir, DEVICE_FILE_NAME);
  const record = readDeviceFile(file);
  if ((record.exportedCounter ?? 0) >= counter) return;
  writeDeviceFile(file, { ...record, exportedCounter: counter });
}

/** `3F2A 9C1B 0D44 E870`: the first 64 bits of the key's SHA-256, for people to compare aloud. */
export function keyFingerprint(publicKey: Uint8Array): string {
  const hex = crypto.createHash('sha256').update(publicKey).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}
