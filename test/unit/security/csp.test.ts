/**
 * One policy, three places: the header the app:// protocol and the HTTP
 * transport send (electron/core/static/csp.ts), and the <meta> copy in
 * renderer/index.html that electronegativity evaluates and that protects a
 * page opened any other way. The meta copy must be the header minus
 * frame-ancestors (which a <meta> policy ignores), in the source and in the
 * build the app ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/static/csp.js';
import { cspDirectives, expectStrictCsp } from './strict-csp.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

function metaPolicy(html: string): string[] {
  const metas = [...html.matchAll(/<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi)];
  return metas.map((match) => /content="([^"]*)"/i.exec(match[0])?.[1] ?? '');
}

const headerWithoutFrameAncestors = [...cspDirectives(CONTENT_SECURITY_POLICY)].filter(
  ([name]) => name !== 'frame-ancestors',
);

describe('Content-Security-Policy', () => {
  it('the header policy is strict', () => {
    expectStrictCsp(CONTENT_SECURITY_POLICY);
  });

  it('renderer/index.html carries the same policy as one <meta>, before any script', () => {
    const html = fs.readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8');
    const policies = metaPolicy(html);
    expect(policies).toHaveLength(1);
    expectStrictCsp(policies[0], { header: false });
    expect([...cspDirectives(policies[0] ?? '')]).toEqual(headerWithoutFrameAncestors);
    expect(html.search(/http-equiv=["']Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
  });

  it('the built renderer (dist/renderer, built by the test set-up) keeps it and adds no inline script', () => {
    const built = path.join(ROOT, 'dist', 'renderer', 'index.html');
    const html = fs.readFileSync(built, 'utf8');
    const policies = metaPolicy(html);
    expect(policies).toHaveLength(1);
    expect([...cspDirectives(policies[0] ?? '')]).toEqual(headerWithoutFrameAncestors);
    // Every <script> loads a file: 'self' would refuse an inline one, and the app would break, not the policy.
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers either
  });
});
