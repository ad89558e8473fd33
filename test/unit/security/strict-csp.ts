/**
 * What "strict" means for the renderer's Content-Security-Policy, checked on
 * the policy a response actually carries (not only on the constant).
 */
import { expect } from 'vitest';

/** Directive name → its sources, in order. */
export function cspDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/**
 * Scripts only from the app itself, no eval, no inline script, no wildcard
 * or scheme-wide source anywhere, nothing that phones out, no plug-ins, no
 * `<base>`, no form posts, no framing (when sent as a header).
 */
export function expectStrictCsp(policy: string | null | undefined, { header = true } = {}): void {
  expect(policy, 'a Content-Security-Policy').toBeTruthy();
  const directives = cspDirectives(policy ?? '');
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('form-action')).toEqual(["'none'"]);
  // frame-ancestors is ignored in a <meta> policy (CSP3 §6.4.2), so only the header must carry it.
  if (header) expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  for (const [name, sources] of directives) {
    for (const source of sources) {
      expect(source, `${name} ${source}`).not.toMatch(/^\*|^https?:$|^ws:|^wss:|^file:|'unsafe-eval'|'unsafe-hashes'/);
      if (name !== 'style-src') expect(source, `${name} ${source}`).not.toBe("'unsafe-inline'");
    }
  }
}
