import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The project's real config file (plain JS, so loaded by URL rather than typed import).
const configUrl = pathToFileURL(path.resolve(import.meta.dirname, '..', '..', 'eslint.config.js')).href;
const { boundaries } = (await import(configUrl)) as { boundaries: Linter.Config[] };

/** The folder rules of eslint.config.js alone, without type information, on code that is not on disk. */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, ...boundaries],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint boundaries between folders', () => {
  it('fails when the renderer imports Node, Electron, better-sqlite3 or electron/', async () => {
    expect(await problems('renderer/features/x.ts', "import fs from 'node:fs';")).toEqual([
      expect.stringContaining('no Node built-ins'),
    ]);
    expect((await problems('renderer/features/x.ts', "import { app } from 'electron';")).length).toBeGreaterThan(0);
    expect((await problems('renderer/features/x.ts', "import Database from 'better-sqlite3';")).length).toBeGreaterThan(
      0,
    );
    expect(
      (await problems('renderer/features/x.ts', "import { openStore } from '../../electron/core/store/open-store.js';"))
        .length,
    ).toBeGreaterThan(0);
    expect(
      await problems('renderer/features/x.ts', "import { contract } from '../../shared/api/contract.js';"),
    ).toEqual([]);
  });

  it('fails when shared/ imports either side or Node', async () => {
    expect(
      (await problems('shared/api/x.ts', "import { openStore } from '../../electron/core/store/open-store.js';"))
        .length,
    ).toBeGreaterThan(0);
    expect((await problems('shared/api/x.ts', "import { App } from '../../renderer/App.js';")).length).toBeGreaterThan(
      0,
    );
    expect((await problems('shared/api/x.ts', "import path from 'node:path';")).length).toBeGreaterThan(0);
  });

  it('fails when the core, HTTP transport or CLI import electron; only the shell may', async () => {
    for (const file of ['electron/core/x.ts', 'electron/http/x.ts', 'electron/cli/x.ts']) {
      expect((await problems(file, "import { app } from 'electron';")).length, file).toBeGreaterThan(0);
    }
    expect(await problems('electron/shell/x.ts', "import { app } from 'electron';")).toEqual([]);
    expect(
      (await problems('electron/shell/x.ts', "import { App } from '../../renderer/App.js';")).length,
    ).toBeGreaterThan(0);
  });
});
