import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { call } from './api-call.js';
import { seedFamily } from './seed-family.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Browser mode on `dataDir`, as `npm run serve` starts it (the fixture's start, kept here to restart on the same folder). */
async function startServer(dataDir: string): Promise<Server> {
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
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output, exited };
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  await server.exited;
}

/**
 * Garbage over the first database page that holds `marker` (a family's name
 * is stored in a table page): a page of data in the middle of the file.
 */
function garblePageHolding(dbPath: string, marker: string): number {
  const bytes = fs.readFileSync(dbPath);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65_536 : bytes.readUInt16BE(16);
  const at = bytes.indexOf(Buffer.from(marker, 'utf8'));
  if (at < 0) throw new Error(`${marker} is not in ${dbPath}`);
  const page = Math.floor(at / pageSize);
  for (let i = 0; i < pageSize; i += 1) bytes[page * pageSize + i] = (i * 7 + 13) % 251;
  fs.writeFileSync(dbPath, bytes);
  return page + 1;
}

test.describe('a database damaged before the app starts', () => {
  let dataDir = '';
  const servers: Server[] = [];
  test.beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-e2e-recovery-'));
  });
  test.afterEach(async () => {
    for (const server of servers.splice(0)) await stop(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A family and a backup of her, a second family after it; then the file is damaged while the app is closed. */
  async function damagedDatabase(request: Parameters<typeof seedFamily>[0]) {
    const first = await startServer(dataDir);
    servers.push(first);
    const { organisation } = await seedFamily(request, first.url);
    const backup = await call(request, first.url, 'backups.create', {});
    await call(request, first.url, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'F-002',
      names: 'Juan Carlos Díaz Neira',
    });
    await stop(first);
    const dbPath = path.join(dataDir, 'cafetal.sqlite');
    const page = garblePageHolding(dbPath, 'Rosa Huamán Tocto');
    expect(page).toBeGreaterThan(1);
    return { dbPath, backup, damagedBytes: sha256(dbPath) };
  }

  test('says so, shows the latest backups, restores one and keeps the damaged file', async ({ page }) => {
    const { dbPath, backup, damagedBytes } = await damagedDatabase(page.request);
    const server = await startServer(dataDir);
    servers.push(server);
    expect(server.output()).toContain('La base de datos está dañada');

    await page.goto(server.url);
    const screen = page.getByTestId('recovery-screen');
    await expect(screen).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('La base de datos está dañada');
    await expect(screen).toContainText('Cafetal encontró daños en su base de datos al iniciar y no la abrió');
    await expect(page.getByTestId('recovery-path')).toHaveText(dbPath);
    const choices = page.getByTestId('recovery-backup');
    await expect(choices).toHaveCount(1);
    await expect(choices.first()).toHaveAttribute('data-file', backup.fileName);
    await expect(choices.first()).toContainText('Organizaciones: 1 · Productores: 1 · Parcelas: 1');
    await expect(choices.first()).toContainText('Más reciente');
    await expect(page.getByTestId('recovery-quit')).toBeVisible();
    // Nothing else of the app is there, and the damaged file is as it was.
    await expect(page.getByTestId('main')).toHaveCount(0);
    expect(sha256(dbPath)).toBe(damagedBytes);
    await page.screenshot({ path: '/tmp/recovery-screen.png', fullPage: true });

    await page.getByTestId('recovery-restore').click();
    await expect(page.getByTestId('recovery-restored')).toContainText('cafetal.danado-');
    // The page loads the app on the restored data: the family of the backup, not the one added after it.
    await expect(page.getByTestId('main')).toBeVisible({ timeout: 15_000 });
    await page.goto(`${server.url}#/productores`);
    await page.getByTestId('producers-tab-families').click();
    await expect(page.getByTestId('producer-row')).toHaveCount(1);
    await expect(page.getByTestId('producer-row')).toContainText('Rosa Huamán Tocto');
    await page.screenshot({ path: '/tmp/recovery-restored.png' });

    const kept = fs.readdirSync(dataDir).filter((name) => /^cafetal\.danado-\d{8}T\d{9}Z\.sqlite$/.test(name));
    expect(kept).toHaveLength(1);
    expect(sha256(path.join(dataDir, kept[0] ?? ''))).toBe(damagedBytes);
  });

  test('"Salir" stops browser mode and leaves the damaged file as it was', async ({ page }) => {
    const { dbPath, damagedBytes } = await damagedDatabase(page.request);
    const server = await startServer(dataDir);
    servers.push(server);
    await page.goto(server.url);
    await page.getByTestId('recovery-quit').click();
    await expect(page.getByTestId('recovery-screen')).toContainText('Cafetal se está cerrando');
    expect(await server.exited).toBe(0);
    expect(sha256(dbPath)).toBe(damagedBytes);
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('danado'))).toEqual([]);
  });
});
