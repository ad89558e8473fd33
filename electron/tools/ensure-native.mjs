// Usage: node electron/tools/ensure-native.mjs <node|electron>
//
// better-sqlite3 is a native addon compiled for one ABI at a time: Node's
// (tests, CLI, HTTP transport) or Electron's (npm start). Running it under
// the other runtime fails with "NODE_MODULE_VERSION … requires …". This
// script, run before each of them, rebuilds it only when the current build
// is for the wrong runtime, and records which one in a stamp file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stampFile = path.join(root, 'node_modules', '.cafetal-native-abi.json');
const require = createRequire(path.join(root, 'package.json'));

const readStamp = () => {
  try {
    return JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
};
const writeStamp = (target) =>
  fs.writeFileSync(stampFile, `${JSON.stringify({ target, writtenAt: new Date().toISOString() }, null, 2)}\n`);

/** Loads better-sqlite3 in a child Node so a crash or ABI error cannot take this script down. */
function probeUnderNode() {
  const code = "const D = require('better-sqlite3'); new D(':memory:').prepare('SELECT 1').get();";
  const result = spawnSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, stderr: result.stderr ?? '' };
}

// Errors that a rebuild fixes: wrong ABI, missing, foreign or damaged binary.
const REBUILD_FIXES =
  /NODE_MODULE_VERSION|ERR_DLOPEN_FAILED|compiled against a different Node\.js version|Could not locate the bindings file|invalid ELF header|not a valid Win32 application|wrong ELF class/;

function run(command, args) {
  // npm is npm.cmd on Windows, which only a shell can start.
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`ensure-native: "${command} ${args.join(' ')}" failed.`);
    process.exit(1);
  }
}

function ensureNode() {
  const target = `node-${process.versions.modules}`;
  const stampTarget = String(readStamp()?.target ?? '');
  // A build for Electron has another NODE_MODULE_VERSION; no need to probe it.
  const probe = stampTarget.startsWith('electron-') ? null : probeUnderNode();
  if (probe?.ok) {
    if (stampTarget !== target) writeStamp(target);
    return;
  }
  if (probe && !REBUILD_FIXES.test(probe.stderr)) {
    console.error(
      `ensure-native: better-sqlite3 fails under Node for a reason a rebuild will not fix:\n${probe.stderr}`,
    );
    process.exit(1);
  }
  console.log('ensure-native: rebuilding better-sqlite3 for Node (about a minute)…');
  run('npm', ['rebuild', 'better-sqlite3']);
  const after = probeUnderNode();
  if (!after.ok) {
    console.error(`ensure-native: better-sqlite3 still fails under Node after rebuilding:\n${after.stderr}`);
    process.exit(1);
  }
  writeStamp(target);
}

/** The Electron executable, or null when it was never downloaded. */
function electronBinary() {
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  const pathTxt = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathTxt)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

async function ensureElectron() {
  if (!electronBinary()) {
    console.error(
      [
        "ensure-native: Electron's binary is not installed, so `npm start` cannot run.",
        'It was probably installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1. On a machine with internet, run:',
        '  rm -rf node_modules/electron && npm install',
        '(without ELECTRON_SKIP_BINARY_DOWNLOAD). Tests and browser mode (`npm run serve`) do not need it.',
      ].join('\n'),
    );
    process.exit(1);
  }
  const electronVersion = require('electron/package.json').version;
  const target = `electron-${electronVersion}`;
  if (readStamp()?.target === target) return;
  console.log(`ensure-native: rebuilding better-sqlite3 for Electron ${electronVersion}…`);
  // Downloads Electron's headers once, then compiles; needs network the first time.
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: root, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  writeStamp(target);
}

const runtime = process.argv[2];
if (runtime === 'node') ensureNode();
else if (runtime === 'electron') await ensureElectron();
else {
  console.error('Usage: node electron/tools/ensure-native.mjs <node|electron>');
  process.exit(2);
}
