import readline from 'node:readline/promises';
import { runCli } from './run-cli.js';

/** A question on the terminal; only when someone is there to answer it. */
async function ask(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  ...(process.stdin.isTTY ? { ask } : {}),
});
process.exitCode = code;
