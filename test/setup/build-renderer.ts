import path from 'node:path';
import { ensureRendererBuild } from '../../electron/http/ensure-renderer-build.js';

/**
 * Several integration tests print reports through the CLI, which serves the
 * built renderer and builds it when it is missing or stale. Build it once
 * here, before the test files run in parallel, so two of them never run
 * `vite build` into the same folder at the same time.
 */
export default function buildRenderer(): void {
  ensureRendererBuild(path.resolve(import.meta.dirname, '..', '..'), (line) => console.log(line));
}
