import { parseArgs } from 'node:util';
import { ApiError, errorCodes } from '../../shared/api/errors.js';
import type { ErrorCode } from '../../shared/api/errors.js';
import { createCore } from '../core/create-core.js';
import { createDemoCore } from '../core/demo/demo-core.js';
import { defaultDataDir, resolveDbPath } from '../core/paths.js';
import type { CliContext } from './cli-context.js';
import { analyseCommand } from './commands/analyse.js';
import { backupCommand } from './commands/backup.js';
import { basemapsCommand } from './commands/basemaps.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { infoCommand } from './commands/info.js';
import { layersCommand } from './commands/layers.js';
import { plansCommand } from './commands/plans.js';
import { reportCommand } from './commands/report.js';
import { recoveryCommand } from './commands/recovery.js';
import { restoreCommand } from './commands/restore.js';
import { organisationsCommand } from './commands/organisations.js';
import { packageCommand } from './commands/package.js';
import { syntheticCommand } from './commands/synthetic.js';
import { usageText } from './usage.js';
import { cliLanguage, errorText } from './messages.js';

/** Resolves to the exit code, or nothing for 0. */
type Command = (ctx: CliContext) => Promise<number | void>;

const commands: Record<string, Command> = {
  info: infoCommand,
  organisations: organisationsCommand,
  backup: backupCommand,
  restore: restoreCommand,
  synthetic: syntheticCommand,
  demo: demoCommand,
  import: importCommand,
  export: exportCommand,
  layers: layersCommand,
  basemaps: basemapsCommand,
  analyse: analyseCommand,
  plans: plansCommand,
  report: reportCommand,
  package: packageCommand,
};

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Asks a question on the terminal and resolves to the answer; absent when no one can answer (not a TTY). */
  ask?: (question: string) => Promise<string>;
}

/** Exit codes: 0 done, 1 the operation failed, 2 the command line was wrong. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        name: { type: 'string' },
        type: { type: 'string' },
        region: { type: 'string' },
        province: { type: 'string' },
        district: { type: 'string' },
        contact: { type: 'string' },
        plots: { type: 'string' },
        families: { type: 'string' },
        organisations: { type: 'string' },
        seed: { type: 'string' },
        org: { type: 'string' },
        crs: { type: 'string' },
        map: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        output: { type: 'string', short: 'o' },
        'small-plots': { type: 'string' },
        hazard: { type: 'string' },
        'class-field': { type: 'string' },
        source: { type: 'string' },
        date: { type: 'string' },
        licence: { type: 'string' },
        scenario: { type: 'string' },
        unit: { type: 'string' },
        ramp: { type: 'string' },
        force: { type: 'boolean', default: false },
        plan: { type: 'string' },
        producer: { type: 'string' },
        demo: { type: 'boolean', default: false },
        yes: { type: 'boolean', short: 'y', default: false },
        'since-last-exchange-with': { type: 'string' },
        'include-rasters': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.err((error as Error).message);
    io.err(usageText(cliLanguage(undefined, io.env)));
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = cliLanguage(values.lang, io.env);
  const [commandName, ...args] = positionals;
  if (values.help || !commandName || commandName === 'help') {
    io.out(usageText(lang));
    return commandName || values.help ? 0 : 2;
  }
  const command = commands[commandName];
  if (!command) {
    io.err(`${commandName}?`);
    io.err(usageText(lang));
    return 2;
  }

  const dataDir = defaultDataDir(io.env);
  let core;
  try {
    const dbPath = resolveDbPath({ dbFlag: values.db, env: io.env, dataDir });
    // `--demo` and `cafetal demo …` open the workshop demo beside the data folder; the real database stays closed.
    core =
      values.demo || commandName === 'demo'
        ? await createDemoCore({ mainDbPath: dbPath, mainDataDir: dataDir, ensure: commandName !== 'demo' })
        : await createCore({ dbPath, dataDir });
  } catch (error) {
    return reportError(error, values.json, lang, io);
  }
  try {
    // A database found damaged at start answers only recovery: every command reports it, `restore` repairs it.
    const run = core.recovery ? recoveryCommand(commandName) : command;
    const code = await run({
      core,
      json: values.json,
      lang,
      flags: values,
      args,
      // Braces: a command may `return ctx.out(…)`, and that must never become an exit code.
      out: (line) => {
        io.out(line);
      },
      err: (line) => {
        io.err(line);
      },
      ask: io.ask,
    });
    return code ?? 0;
  } catch (error) {
    return reportError(error, values.json, lang, io);
  } finally {
    core.close();
  }
}

function reportError(error: unknown, json: boolean, lang: 'es' | 'en', io: CliIo): number {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError('INTERNAL', error instanceof Error ? error.message : String(error));
  const code: ErrorCode = errorCodes.includes(apiError.code) ? apiError.code : 'INTERNAL';
  if (json) {
    io.out(JSON.stringify({ error: apiError.toPayload() }, null, 2));
  } else {
    io.err(`${errorText(code, lang)}\n${apiError.message}`);
  }
  return 1;
}
