/**
 * Runs @doyensec/electronegativity on the Electron sources, for
 * scripts/check-electron-security.mjs (which decides what the findings mean).
 *
 * `electron/**`, `renderer/index.html` (its <meta> CSP) and `package.json`
 * (the Electron version, launch flags) are copied into one temporary folder,
 * so the tool's global checks see the handlers and the CSP together. The tool
 * runs in a child process (this file, with `--child`) that is killed after a
 * timeout: it fetches translations (1 s timeout, "Could not retrieve updated
 * translations" offline is harmless) and, in AvailableSecurityFixesGlobalCheck,
 * Electron's release list with no timeout at all, so that check is excluded
 * and CI never waits on the network. Why the sources and not the esbuild
 * bundle: docs/security.md, "Electronegativity".
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const require = createRequire(import.meta.url);

export const ROOT = path.resolve(path.dirname(SCRIPT), '..');
export const DEFAULT_TIMEOUT_MS = 180_000;

/** Needs raw.githubusercontent.com (and `got.head` without a timeout): cannot run offline. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * What electronegativity reads, copied into one folder so global checks see
 * the handlers and the CSP together. It skips `.mjs`/`.cjs` files, so those
 * get a `.js` suffix here (and lose it again in the report).
 */
export function stageSources(root, stageDir) {
  fs.cpSync(path.join(root, 'electron'), path.join(stageDir, 'electron'), { recursive: true });
  for (const file of fs.readdirSync(path.join(stageDir, 'electron'), { recursive: true, encoding: 'utf8' })) {
    if (/\.(mjs|cjs)$/.test(file)) {
      const staged = path.join(stageDir, 'electron', file);
      fs.renameSync(staged, `${staged}.js`);
    }
  }
  fs.mkdirSync(path.join(stageDir, 'renderer'), { recursive: true });
  fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(stageDir, 'renderer', 'index.html'));
  fs.copyFileSync(path.join(root, 'package.json'), path.join(stageDir, 'package.json'));
}

/** The installed Electron's version, else the lowest version package.json allows. */
export function electronVersion(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const range = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
    const version = /\d+\.\d+\.\d+/.exec(range ?? '')?.[0];
    if (!version)
      throw new Error('Cannot tell which Electron version to audit: no node_modules/electron and no range.');
    return version;
  }
}

/** A staged path as the repository names it: forward slashes, `x.mjs.js` back to `x.mjs`. */
const repoPath = (stageDir, file) =>
  path
    .relative(stageDir, path.resolve(stageDir, file))
    .split(path.sep)
    .join('/')
    .replace(/\.(mjs|cjs)\.js$/, '.$1');

/** In the child process: run the tool, write { scannedFiles, parseErrors, findings } as JSON. */
async function childMain([stageDir, resultFile, version, sarifFile]) {
  const run = require('@doyensec/electronegativity');
  const { list_files: listFiles } = require('@doyensec/electronegativity/dist/util');
  const scannedFiles = ((await listFiles(stageDir)) ?? []).map((file) => repoPath(stageDir, file));
  const result = await run(
    {
      input: stageDir,
      isRelative: true,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS.map((check) => check.toLowerCase()),
      parserPlugins: [],
      electronVersionOverride: version,
      ...(sarifFile ? { output: sarifFile, isSarif: true } : {}),
    },
    false,
  );
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file === 'N/A' ? null : repoPath(stageDir, issue.file),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: typeof issue.sample === 'string' ? issue.sample.trim() : null,
    manualReview: Boolean(issue.manualReview),
    description: issue.description,
  }));
  const parseErrors = result.errors.map((error) => ({
    file: repoPath(stageDir, error.file),
    message: error.message,
    tolerable: error.tolerable,
  }));
  fs.writeFileSync(resultFile, JSON.stringify({ scannedFiles, parseErrors, findings }));
}

/**
 * Runs electronegativity on a staged copy of `root`'s Electron sources in a
 * child process, killed after `timeoutMs`. Resolves to
 * `{ electronVersion, scannedFiles, parseErrors, findings, log }`.
 */
export async function runElectronegativity({ root = ROOT, timeoutMs = DEFAULT_TIMEOUT_MS, sarifFile } = {}) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-electronegativity-'));
  try {
    const stageDir = path.join(work, 'app');
    const resultFile = path.join(work, 'result.json');
    stageSources(root, stageDir);
    const version = electronVersion(root);
    const args = [SCRIPT, '--child', stageDir, resultFile, version, ...(sarifFile ? [path.resolve(sarifFile)] : [])];
    const log = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`electronegativity did not finish in ${timeoutMs} ms (killed).\n${output}`));
      }, timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve(output);
        else reject(new Error(`electronegativity failed (${signal ?? `exit ${code}`}).\n${output}`));
      });
    });
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    return { electronVersion: version, ...result, log };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (process.argv[2] !== '--child')
    throw new Error('Run scripts/check-electron-security.mjs; this file is its helper.');
  await childMain(process.argv.slice(3));
}
