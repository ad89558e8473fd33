/**
 * electron-builder.yml checked against electron-builder's own JSON schema, so
 * a typo in the installer config fails here, not on a release machine.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const config = parse(fs.readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

function validator() {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  // electron-builder validates with ajv-keywords' `typeof`; same meaning here.
  ajv.addKeyword({
    keyword: 'typeof',
    schemaType: 'string',
    validate: (type: string, data: unknown) => typeof data === type,
  });
  return ajv.compile(schema);
}

describe('electron-builder.yml', () => {
  const validate = validator();

  it('is valid for electron-builder', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is really checked: an unknown key or a misspelt option fails', () => {
    expect(validate({ ...config, notAnOption: true })).toBe(false);
    expect(validate({ ...config, nsis: { oneClik: false } })).toBe(false);
    expect(validate({ ...config, npmRebuild: 'yes' })).toBe(false);
  });

  it('keeps better-sqlite3 outside the asar archive and rebuilds it', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
  });

  it('packages the shell, the renderer build and resources', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/**', 'dist/renderer/**', 'resources/**', 'package.json', 'node_modules/**']),
    );
  });

  it('builds for Windows, Linux and macOS', () => {
    expect(config).toMatchObject({
      appId: 'pe.cafetal.app',
      productName: 'Cafetal',
      directories: { output: 'release' },
      win: { target: 'nsis' },
      nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: 'dmg', category: 'public.app-category.productivity' },
    });
  });
});
