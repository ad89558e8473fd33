import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Build the renderer once, so each test's server starts without building. */
export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
