import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createCore } from '../electron/core/create-core.js';
import { generateSyntheticDataset } from '../electron/core/synthetic/synthetic-dataset.js';
import type { BenchResult } from './run.js';

const root = path.resolve(import.meta.dirname, '..');

async function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'electron/http/serve-main.ts'],
    {
      cwd: root,
      env: { ...process.env, PORT: '0', CAFETAL_DATA_DIR: dataDir, CAFETAL_DB: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  return { child, url };
}

/** Milliseconds from navigation to the map container saying it is ready (and, with plots, how many it drew). */
async function timeToMap(url: string, plots: number | null): Promise<number> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const start = performance.now();
  await page.goto(`${url}#/mapa`);
  const selector =
    plots === null ? '[data-testid=map][data-map-ready=true]' : `[data-testid=map][data-plots-count="${plots}"]`;
  await page.waitForSelector(selector, { timeout: 180_000 });
  const ms = performance.now() - start;
  await browser.close();
  return ms;
}

/**
 * Time to first map render with 6,000 and 100,000 plots, against the same
 * app's map with no plots at all (the bare MapLibre base map) as reference.
 */
export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-map-'));
  const empty = await serve(emptyDir);
  const bareMs = await timeToMap(empty.url, null);
  empty.child.kill();
  for (const size of [6_000, 100_000]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-map-'));
    const core = await createCore({ dbPath: path.join(dir, 'cafetal.sqlite'), dataDir: dir });
    generateSyntheticDataset(core.context.db, {
      organisations: Math.max(1, Math.round(size / 6000)),
      familiesPerOrganisation: 3000,
      plotsPerFamily: 2,
      seed: 3,
    });
    const count = (core.context.db.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n;
    core.close();
    const server = await serve(dir);
    const ms = await timeToMap(server.url, count);
    server.child.kill();
    results.push({
      name: `first map render, ${count.toLocaleString('en')} plots`,
      unit: 'ms',
      ours: ms,
      reference: bareMs,
      referenceLabel: 'base map, no plots',
      ratio: ms / bareMs,
    });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.rmSync(emptyDir, { recursive: true, force: true });
  return results;
}
