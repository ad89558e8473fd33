/**
 * Runs the `cafetal` command line in this process and prints
 * `{ code, out, err }` as JSON: the read-only tests start it as another
 * (unprivileged) user, for whom the operating system really refuses writes.
 */
import { runCli } from '../../electron/cli/run-cli.js';

const out: string[] = [];
const err: string[] = [];
const code = await runCli(process.argv.slice(2), {
  out: (line) => out.push(line),
  err: (line) => err.push(line),
  env: process.env,
});
process.stdout.write(JSON.stringify({ code, out: out.join('\n'), err: err.join('\n') }));
