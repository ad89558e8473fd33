#!/usr/bin/env node
/**
 * Electron security audit for CI (`npm run security:electron`).
 *
 * Runs @doyensec/electronegativity on the Electron sources
 * (scripts/electronegativity-audit.mjs) and fails on any finding above
 * INFORMATIONAL that scripts/electron-security-accepted.json does not accept,
 * each with a reason and the test that proves it (docs/security.md,
 * "Electronegativity").
 *
 *   node scripts/check-electron-security.mjs [--json] [--accepted FILE] [--sarif FILE] [--timeout-ms N]
 *
 * Exit status: 0 every finding accepted; 1 a finding that is not accepted, or
 * an accepted entry that no longer matches (the list must stay true);
 * 2 the audit could not run (timeout, crash, a source file it cannot parse).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_TIMEOUT_MS, EXCLUDED_CHECKS, ROOT, runElectronegativity } from './electronegativity-audit.mjs';

const SCRIPT = fileURLToPath(import.meta.url);

export const DEFAULT_ACCEPTED_FILE = path.join(ROOT, 'scripts', 'electron-security-accepted.json');

const SEVERITY_ORDER = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** The accepted findings, each `{ check, file, sample?, count?, reason, proof }`; refuses entries without a reason. */
export function loadAccepted(file = DEFAULT_ACCEPTED_FILE) {
  const { accepted } = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(accepted)) throw new Error(`${file}: expected { "accepted": [ … ] }.`);
  for (const [index, entry] of accepted.entries()) {
    for (const field of ['check', 'reason', 'proof']) {
      if (typeof entry[field] !== 'string' || entry[field].trim() === '') {
        throw new Error(`${file}: accepted[${index}] needs a non-empty "${field}".`);
      }
    }
    if (entry.file !== null && typeof entry.file !== 'string') {
      throw new Error(`${file}: accepted[${index}].file must be a path or null (a global finding).`);
    }
  }
  return accepted;
}

const matches = (entry, finding) =>
  entry.check === finding.check &&
  entry.file === finding.file &&
  (entry.sample === undefined || entry.sample === finding.sample);

/**
 * Sorts findings into accepted, informational and not accepted. An entry
 * accepts exactly `count` (default 1) findings: a second insecure window in
 * the same file is a new finding, not a freebie. An entry that matches fewer
 * findings than its count is stale and reported too.
 */
export function compareFindings(findings, accepted) {
  const used = new Array(accepted.length).fill(0);
  const rows = [];
  for (const finding of findings) {
    if (finding.severity === 'INFORMATIONAL') {
      rows.push({ ...finding, status: 'info', reason: null });
      continue;
    }
    const index = accepted.findIndex((entry, i) => matches(entry, finding) && used[i] < (entry.count ?? 1));
    if (index === -1) {
      rows.push({ ...finding, status: 'NOT ACCEPTED', reason: null });
    } else {
      used[index] += 1;
      rows.push({ ...finding, status: 'accepted', reason: accepted[index].reason });
    }
  }
  rows.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity) ||
      String(a.file).localeCompare(String(b.file)) ||
      a.line - b.line ||
      a.check.localeCompare(b.check),
  );
  const stale = accepted
    .map((entry, i) => ({ ...entry, expected: entry.count ?? 1, found: used[i] }))
    .filter((entry) => entry.found < entry.expected);
  return { rows, unaccepted: rows.filter((row) => row.status === 'NOT ACCEPTED'), stale };
}

function table(head, lines) {
  const widths = head.map((title, i) => Math.max(title.length, ...lines.map((line) => String(line[i]).length)));
  const format = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [format(head), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

/** The human report: one line per finding, then stale entries, parse errors and a verdict. */
export function formatReport(audit, comparison) {
  const out = [];
  out.push(
    `electronegativity on ${audit.scannedFiles.length} files (Electron ${audit.electronVersion}; ` +
      `excluded: ${EXCLUDED_CHECKS.join(', ')})`,
  );
  out.push('');
  out.push(
    comparison.rows.length === 0
      ? 'No findings.'
      : table(
          ['status', 'severity', 'confidence', 'check', 'where'],
          comparison.rows.map((row) => [
            row.status,
            row.severity,
            row.confidence,
            row.check,
            row.file === null ? '(global)' : `${row.file}:${row.line}:${row.column}`,
          ]),
        ),
  );
  for (const row of comparison.unaccepted) {
    out.push('', `NOT ACCEPTED ${row.check} at ${row.file ?? '(global)'}:${row.line}: ${row.description}`);
    if (row.sample) out.push(`  sample: ${row.sample}`);
  }
  for (const entry of comparison.stale) {
    out.push(
      '',
      `STALE accepted entry ${entry.check} at ${entry.file ?? '(global)'}: expected ${entry.expected}, found ${entry.found}` +
        ' (remove or update it in scripts/electron-security-accepted.json and docs/security.md).',
    );
  }
  for (const error of audit.parseErrors) out.push('', `PARSE ERROR ${error.file}: ${error.message}`);
  const accepted = comparison.rows.filter((row) => row.status === 'accepted').length;
  const info = comparison.rows.filter((row) => row.status === 'info').length;
  out.push(
    '',
    `${comparison.rows.length} findings: ${accepted} accepted, ${info} informational, ` +
      `${comparison.unaccepted.length} not accepted; ${comparison.stale.length} stale entries; ` +
      `${audit.parseErrors.length} parse errors.`,
  );
  return out.join('\n');
}

function parseArgs(argv) {
  const options = { json: false, accepted: DEFAULT_ACCEPTED_FILE, sarif: undefined, timeoutMs: DEFAULT_TIMEOUT_MS };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--accepted') options.accepted = path.resolve(argv[++i] ?? '');
    else if (arg === '--sarif') options.sarif = argv[++i];
    else if (arg === '--timeout-ms') options.timeoutMs = Number(argv[++i]);
    else
      throw new Error(
        `Unknown argument ${arg}. Usage: ${path.relative(ROOT, SCRIPT)} [--json] [--accepted FILE] [--sarif FILE] [--timeout-ms N]`,
      );
  }
  if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0)
    throw new Error('--timeout-ms needs a positive number.');
  return options;
}

async function main(argv) {
  let options;
  let audit;
  let accepted;
  try {
    options = parseArgs(argv);
    accepted = loadAccepted(options.accepted);
    audit = await runElectronegativity({ timeoutMs: options.timeoutMs, sarifFile: options.sarif });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }
  const comparison = compareFindings(audit.findings, accepted);
  if (options.json) {
    const { log: _log, ...rest } = audit;
    console.log(JSON.stringify({ ...rest, ...comparison }, null, 2));
  } else {
    console.log(formatReport(audit, comparison));
  }
  if (audit.parseErrors.length > 0) return 2; // a file it cannot read hides its findings
  return comparison.unaccepted.length > 0 || comparison.stale.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
