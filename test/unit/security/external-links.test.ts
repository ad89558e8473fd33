/**
 * The one door to the user's browser: externalLinkToOpen() decides what
 * `shell.openExternal` may receive. Hostnames are compared after parsing,
 * never by prefix or substring, and the browser gets the re-serialised URL,
 * not the renderer's raw string (so the browser and we cannot read one URL
 * two ways).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_HOSTS, externalLinkToOpen } from '../../../electron/shell/external-links.js';

const ALLOWED = [...EXTERNAL_LINK_HOSTS];

describe('externalLinkToOpen', () => {
  it('opens the allow-listed https sites, normalised', () => {
    expect(externalLinkToOpen('https://www.senamhi.gob.pe/?p=pronostico')).toBe(
      'https://www.senamhi.gob.pe/?p=pronostico',
    );
    expect(externalLinkToOpen('https://WWW.SENAMHI.GOB.PE/Mapas')).toBe('https://www.senamhi.gob.pe/Mapas');
    expect(externalLinkToOpen('https://www.senamhi.gob.pe:443/')).toBe('https://www.senamhi.gob.pe/');
    expect(externalLinkToOpen('https://environment.ec.europa.eu/topics/forests/deforestation_en')).toBe(
      'https://environment.ec.europa.eu/topics/forests/deforestation_en',
    );
    // The part after a backslash or '#' is path or fragment, not the host: the browser sees the normalised form.
    expect(externalLinkToOpen('https://www.senamhi.gob.pe\\@evil.com')).toBe('https://www.senamhi.gob.pe/@evil.com');
    expect(externalLinkToOpen('https://www.senamhi.gob.pe#@evil.com')).toBe('https://www.senamhi.gob.pe/#@evil.com');
  });

  it.each([
    ['look-alike suffix', 'https://www.senamhi.gob.pe.evil.com/'],
    ['a bare gob.pe under evil.com', 'https://gob.pe.evil.com/'],
    ['the allowed name in the query', 'https://evil.com/?gob.pe'],
    ['the allowed name in the path', 'https://evil.com/www.senamhi.gob.pe'],
    ['the allowed name as user info', 'https://www.senamhi.gob.pe@evil.com/'],
    ['credentials on an allowed host', 'https://user:pw@www.senamhi.gob.pe/'],
    ['a sub-domain of an allowed host', 'https://evil.www.senamhi.gob.pe/'],
    ['a parent domain of an allowed host', 'https://senamhi.gob.pe/'],
    ['a sibling .gob.pe', 'https://www.evil.gob.pe/'],
    ['trailing dot (another hostname to a parser)', 'https://www.senamhi.gob.pe./'],
    ['encoded dot joining a suffix', 'https://www.senamhi.gob.pe%2eevil.com/'],
    ['tab stripped into a suffix', 'https://www.senamhi.gob.pe\t.evil.com/'],
    ['encoded NUL in the host', 'https://www.senamhi.gob.pe%00.evil.com/'],
    ['punycode look-alike', 'https://xn--senamhi-9ya.gob.pe/'],
    ['plain http', 'http://www.senamhi.gob.pe/'],
    ['another port', 'https://www.senamhi.gob.pe:8443/'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['javascript: with the host in a comment', 'javascript://www.senamhi.gob.pe/%0aalert(1)'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['file: UNC share', 'file://attacker/share/payload.exe'],
    ['smb:', 'smb://www.senamhi.gob.pe/share'],
    ['ms-msdt: (Follina)', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['mailto:', 'mailto:someone@www.senamhi.gob.pe'],
    ['the app itself', 'app://cafetal/index.html'],
    ['the browser-mode server', 'http://127.0.0.1:5757/'],
    ['loopback written in hex', 'https://0x7f.1/'],
    ['protocol-relative', '//www.senamhi.gob.pe/'],
    ['not a URL', 'www.senamhi.gob.pe'],
    ['empty', ''],
  ])('refuses %s (%s)', (_label, url) => {
    expect(externalLinkToOpen(url)).toBeNull();
  });

  it('only ever returns https on the default port, without credentials, to an allowed hostname (fuzzed)', () => {
    const suffixes = fc.constantFrom(
      '',
      '.',
      '.evil.com',
      'x',
      '%2e',
      ':443',
      ':80',
      '@evil.com',
      '\\',
      '/..',
      '#',
      '?',
    );
    const prefixes = fc.constantFrom('', 'evil.', 'www.', 'x', 'user@', 'user:pw@', '%20');
    const schemes = fc.constantFrom(
      'https://',
      'http://',
      'HTTPS://',
      'https:',
      'https:/',
      'javascript:',
      'file://',
      '',
    );
    const mutated = fc
      .tuple(schemes, prefixes, fc.constantFrom(...ALLOWED), suffixes, fc.webPath())
      .map(([scheme, prefix, host, suffix, rest]) => `${scheme}${prefix}${host}${suffix}${rest}`);
    const anything = fc.oneof(
      { arbitrary: mutated, weight: 8 },
      { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 1 },
      { arbitrary: fc.string(), weight: 1 },
    );
    let openedCount = 0;

    fc.assert(
      fc.property(anything, (raw) => {
        const opened = externalLinkToOpen(raw);
        if (opened === null) return;
        openedCount += 1;
        const url = new URL(opened);
        expect(url.protocol).toBe('https:');
        expect(url.port).toBe('');
        expect(url.username + url.password).toBe('');
        expect(EXTERNAL_LINK_HOSTS.has(url.hostname)).toBe(true);
        // What the browser receives is the parsed URL, re-serialised, never the raw string.
        expect(opened).toBe(new URL(raw).href);
      }),
      { seed: 20_240_610, numRuns: 5_000 },
    );
    // Not vacuous: some of the mutations (about 1 in 30) are real allowed links.
    expect(openedCount).toBeGreaterThan(100);
  });

  it('refuses every generated web URL whose hostname is not on the list (fuzzed)', () => {
    fc.assert(
      fc.property(fc.webUrl(), (raw) => {
        fc.pre(!EXTERNAL_LINK_HOSTS.has(new URL(raw).hostname));
        expect(externalLinkToOpen(raw)).toBeNull();
      }),
      { seed: 7, numRuns: 2_000 },
    );
  });
});
