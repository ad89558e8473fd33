/**
 * Browser mode listens on 127.0.0.1 only: nobody on the LAN (a workshop's
 * shared Wi-Fi) can reach the API, and neither can ::1 or the rest of
 * 127.0.0.0/8. Checked by connecting, not only by reading server.address():
 * for each other address of this machine, a control server bound to that
 * address proves it is reachable, then the transport's port there must
 * refuse the connection.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core.js';
import type { Core } from '../../../electron/core/create-core.js';
import { startHttpTransport } from '../../../electron/http/http-server.js';
import type { HttpTransport } from '../../../electron/http/http-server.js';
import { rawRequest } from './raw-http.js';

/** Every address of this machine but 127.0.0.1; link-local IPv6 needs its interface as scope. */
function otherLocalAddresses(): string[] {
  const addresses: string[] = [];
  for (const [name, infos] of Object.entries(os.networkInterfaces())) {
    for (const info of infos ?? []) {
      if (info.address === '127.0.0.1') continue;
      addresses.push(
        info.family === 'IPv6' && info.address.startsWith('fe80:') ? `${info.address}%${name}` : info.address,
      );
    }
  }
  // Linux routes all of 127.0.0.0/8 to loopback: a server bound to 0.0.0.0 or 127.0.0.0/8 would answer here.
  if (process.platform === 'linux') addresses.push('127.0.0.2');
  return addresses;
}

/** Resolves to null on connect, or to the error code. Local addresses answer at once; the timeout is a guard. */
function tryConnect(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(5_000, () => {
      socket.destroy();
      resolve('TIMEOUT');
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(null);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** A throwaway server on `host`, to prove the address is reachable at all; null if it cannot bind there. */
async function controlServer(host: string): Promise<net.Server | null> {
  const server = net.createServer((socket) => socket.end());
  return new Promise((resolve) => {
    server.once('error', () => resolve(null));
    server.listen(0, host, () => resolve(server));
  });
}

let dir: string;
let core: Core;
let transport: HttpTransport;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-http-listen-'));
  core = await createCore({ dbPath: path.join(dir, 'cafetal.sqlite'), dataDir: dir });
  fs.mkdirSync(path.join(dir, 'renderer'));
  fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Cafetal</title>');
  transport = await startHttpTransport(core, { port: 0, staticDir: path.join(dir, 'renderer') });
});

afterAll(async () => {
  await transport.close();
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('HTTP transport: 127.0.0.1 only', () => {
  it('is bound to the IPv4 loopback address, not to every interface', () => {
    expect(transport.server.address()).toEqual({ address: '127.0.0.1', family: 'IPv4', port: transport.port });
    expect(transport.url).toBe(`http://127.0.0.1:${transport.port}/`);
  });

  it('answers on 127.0.0.1 (control)', async () => {
    expect(await tryConnect('127.0.0.1', transport.port)).toBeNull();
    expect((await rawRequest(transport.port, { target: '/' })).status).toBe(200);
  });

  const addresses = otherLocalAddresses();
  for (const address of addresses) {
    it(`refuses connections on ${address}`, async ({ skip }) => {
      const control = await controlServer(address);
      // Cannot bind here (e.g. an IPv6 address still in duplicate-address detection): nothing to compare with.
      if (control === null) return skip(`cannot bind a control server on ${address}`);
      try {
        const controlPort = (control.address() as net.AddressInfo).port;
        expect(await tryConnect(address, controlPort), `control server on ${address}`).toBeNull();
        expect(await tryConnect(address, transport.port)).toBe('ECONNREFUSED');
      } finally {
        await new Promise((resolve) => control.close(resolve));
      }
    });
  }
});
