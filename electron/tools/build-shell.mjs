// Bundles the Electron shell into out/shell/:
//   main.js      ESM, for Electron's main process (Node). `electron` is provided
//                by the runtime; better-sqlite3 is a native addon that must be
//                loaded from node_modules (asarUnpack), never inlined.
//   preload.cjs  CommonJS, one file. NOTE: a sandboxed preload can only
//                `require('electron')` and a few polyfills, not local files,
//                so everything it imports (the contract, zod) is inlined here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(root, 'out', 'shell');

// Electron 45 ships Node 22 and Chromium 142.
const common = { bundle: true, sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root };

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/shell/main.ts'],
    outfile: path.join(outDir, 'main.js'),
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['electron', 'better-sqlite3'],
    // CommonJS dependencies bundled into ESM may call require(); give them one.
    banner: {
      js: "import { createRequire as __cafetalCreateRequire } from 'node:module'; const require = __cafetalCreateRequire(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['electron/shell/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    // The sandboxed preload has no Node built-ins: bundle it as browser code.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome142',
    external: ['electron'],
    // The contract pulls in zod (~0.7 MB unminified); the preload runs on every page load.
    minify: true,
  }),
]);

console.log(`Shell built in ${path.relative(root, outDir)}/`);
