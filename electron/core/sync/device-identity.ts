import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Who this laptop is when it exchanges work (docs/sync-design.md): a UUID, a
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
}

export const DEVICE_FILE_NAME = 'device.json';

const deviceFileSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(200),
  createdAt: z.string(),
  publicKey: z.base64(),
  privateKey: z.base64(),
});

function fromFile(file: z.infer<typeof deviceFileSchema>): DeviceIdentity {
  return {
    id: file.id,
    name: file.name,
    publicKey: Buffer.from(file.publicKey, 'base64'),
    privateKey: crypto.createPrivateKey({ key: Buffer.from(file.privateKey, 'base64'), format: 'der', type: 'pkcs8' }),
  };
}

/** This data folder's identity, made on first use (named after the computer until the user renames it). */
export function loadOrCreateDevice(dataDir: string, defaultName: string): DeviceIdentity {
  const file = path.join(dataDir, DEVICE_FILE_NAME);
  if (fs.existsSync(file)) return fromFile(deviceFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))));
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const record = {
    id: crypto.randomUUID(),
    name: defaultName,
    createdAt: new Date().toISOString(),
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  // The private key signs this laptop's packages: readable by its user only. Written aside and renamed, so a
  // crash never leaves half an identity that would make the laptop someone new on the next start.
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(partial, file);
  return fromFile(record);
}
