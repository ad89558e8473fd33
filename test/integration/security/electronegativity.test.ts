/**
 * CI gate for the Electron security audit: runs the real
 * scripts/check-electron-security.mjs (electronegativity on electron/**,
 * renderer/index.html and package.json), so a new finding above
 * INFORMATIONAL, or an accepted one that went away, fails the test suite as
 * well as `npm run security:electron`. The second test proves the gate can
 * fail: with one accepted entry removed and two that match nothing, the
 * script must name all three and exit 1.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'check-electron-security.mjs');
const ACCEPTED_FILE = path.join(ROOT, 'scripts', 'electron-security-accepted.json');
const AUDIT_TIMEOUT_MS = 150_000;

interface Finding {
  check: string;
  severity: string;
  file: string | null;
  sample: string | null;
  status: string;
}
interface AcceptedEntry {
  check: string;
  file: string | null;
  sample?: string;
  count?: number;
  reason: string;
  proof: string;
}
interface Report {
  electronVersion: string;
  scannedFiles: string[];
  parseErrors: unknown[];
  rows: Finding[];
  unaccepted: Finding[];
  stale: Array<AcceptedEntry & { expected: number; found: number }>;
}

function runAudit(args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [SCRIPT, '--json', '--timeout-ms', String(AUDIT_TIMEOUT_MS - 20_000), ...args],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as NodeJS.ErrnoException & { code?: unknown }).code ?? 1) : 0;
        try {
          resolve({ code, report: JSON.parse(stdout) as Report, stderr });
        } catch {
          reject(new Error(`no JSON report (exit ${code}):\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

const accepted = (JSON.parse(fs.readFileSync(ACCEPTED_FILE, 'utf8')) as { accepted: AcceptedEntry[] }).accepted;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-electronegativity-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('electronegativity (scripts/check-electron-security.mjs)', () => {
  it(
    'finds nothing above INFORMATIONAL that is not accepted, and reads every Electron source',
    async () => {
      const { code, report, stderr } = await runAudit([]);
      expect(report.unaccepted, stderr).toEqual([]);
      expect(report.stale).toEqual([]);
      expect(report.parseErrors).toEqual([]);
      expect(code).toBe(0);

      const sources = fs
        .readdirSync(path.join(ROOT, 'electron'), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|tsx|js|mjs|cjs|html)$/.test(file))
        .map((file) => `electron/${file.split(path.sep).join('/')}`);
      expect(sources.length).toBeGreaterThan(100);
      expect(report.scannedFiles.map((file) => file.split(path.sep).join('/'))).toEqual(
        expect.arrayContaining([...sources, 'renderer/index.html', 'package.json']),
      );
      // The audit knows which Electron it is judging (its checks depend on the version's defaults).
      expect(report.electronVersion).toMatch(/^\d+\.\d+\.\d+/);
    },
    AUDIT_TIMEOUT_MS,
  );

  it('every accepted finding has a reason, a proof that exists, and a word in docs/security.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'security.md'), 'utf8');
    for (const entry of accepted) {
      expect(entry.reason.length, entry.check).toBeGreaterThan(40);
      const proofs = entry.proof.match(/\btest\/[\w./-]+\.ts\b/g) ?? [];
      expect(proofs.length, `${entry.check}: proof names a test file`).toBeGreaterThan(0);
      for (const proof of proofs) expect(fs.existsSync(path.join(ROOT, proof)), `${entry.check}: ${proof}`).toBe(true);
      expect(doc, entry.check).toContain(entry.check);
    }
  });

  it(
    'fails on a finding that is not accepted and on accepted entries that match nothing',
    async () => {
      const [removed, ...kept] = accepted;
      if (!removed) throw new Error('the accepted list is empty');
      const bogus: AcceptedEntry = {
        check: 'NODE_INTEGRATION_JS_CHECK',
        file: 'electron/shell/window.ts',
        reason: 'A test entry: nothing in window.ts enables nodeIntegration, so this must be reported stale.',
        proof: 'test/integration/security/electronegativity.test.ts',
      };
      const doubled = kept.map((entry, i) => (i === 0 ? { ...entry, count: 2 } : entry));
      const file = path.join(tmp, 'accepted.json');
      fs.writeFileSync(file, JSON.stringify({ accepted: [...doubled, bogus] }));

      const { code, report } = await runAudit(['--accepted', file]);
      expect(code).toBe(1);
      expect(report.unaccepted).toEqual([
        expect.objectContaining({ check: removed.check, file: removed.file, status: 'NOT ACCEPTED' }),
      ]);
      expect(report.stale).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ check: kept[0]?.check, file: kept[0]?.file, expected: 2, found: 1 }),
          expect.objectContaining({ check: bogus.check, file: bogus.file, expected: 1, found: 0 }),
        ]),
      );
      expect(report.stale).toHaveLength(2);
    },
    AUDIT_TIMEOUT_MS,
  );
});
