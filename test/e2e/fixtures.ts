import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface AppServer {
  url: string;
  dataDir: string;
  dbPath: string;
  /** Requests the page tried to make to anywhere but 127.0.0.1. */
  outsideRequests: string[];
}

const root = path.resolve(import.meta.dirname, '..', '..');

/** Starts `npm run serve`'s entry with PORT=0 and a fresh data folder; resolves with its printed URL. */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'electron/http/serve-main.ts'],
    {
      cwd: root,
      env: { ...process.env, PORT: '0', CAFETAL_DATA_DIR: dataDir, CAFETAL_DB: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

export const test = base.extend<{ app: AppServer }>({
  app: async ({ page }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-e2e-'));
    const { child, url } = await startServer(dataDir);
    const outsideRequests: string[] = [];
    await page.context().route('**/*', async (route) => {
      const requestUrl = new URL(route.request().url());
      const local = requestUrl.hostname === '127.0.0.1';
      if (
        !local &&
        (requestUrl.protocol === 'http:' || requestUrl.protocol === 'https:' || requestUrl.protocol.startsWith('ws'))
      ) {
        outsideRequests.push(requestUrl.href);
        await route.abort('blockedbyclient');
        return;
      }
      await route.continue();
    });
    await use({ url, dataDir, dbPath: path.join(dataDir, 'cafetal.sqlite'), outsideRequests });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
