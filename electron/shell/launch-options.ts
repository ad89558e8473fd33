/**
 * The `--db PATH` (or `--db=PATH`) flag from Electron's argv. Electron passes
 * its own path first and, unpackaged, the app folder second, so we look for
 * the flag anywhere rather than at a fixed position.
 */
export function dbFlagFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--db') return argv[i + 1] || undefined;
    if (arg?.startsWith('--db=')) return arg.slice('--db='.length) || undefined;
  }
  return undefined;
}
