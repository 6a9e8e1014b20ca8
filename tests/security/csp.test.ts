/**
 * Checklist item 7 (Content-Security-Policy): the meta tag in renderer/index.html is the same
 * policy main sends as a header, and neither allows inline or eval'd script/style.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../main/security/csp';

const page = (name: string): string => readFileSync(fileURLToPath(new URL(`../../renderer/${name}`, import.meta.url)), 'utf8');
const html = page('index.html');
/** The print page Electron prints PDFs from (renderer/print/print-main.ts). */
const printHtml = page('print.html');

const metaPolicy = (doc = html): string | null => {
  const tag = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(doc)?.[0];
  return tag ? (/content="([^"]*)"/.exec(tag)?.[1] ?? null) : null;
};

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts): parts is [string, ...string[]] => parts[0] !== undefined && parts[0] !== '')
      .map(([name, ...values]) => [name, values]),
  );

describe('#7 Content-Security-Policy', () => {
  it('renderer/index.html carries the CSP meta tag equal to CONTENT_SECURITY_POLICY', () => {
    expect(metaPolicy()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('renderer/print.html carries the same policy, with no inline script or style', () => {
    expect(metaPolicy(printHtml)).toBe(CONTENT_SECURITY_POLICY);
    expect(printHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(printHtml).not.toMatch(/<style\b/i);
  });

  it("has no 'unsafe-inline', 'unsafe-eval', 'wasm-unsafe-eval' or wildcard sources", () => {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'"])
      expect(CONTENT_SECURITY_POLICY).not.toContain(bad);
    for (const [name, values] of directives(CONTENT_SECURITY_POLICY)) {
      for (const v of values) expect(v === '*' || v === 'https:' || v === 'http:', `${name} ${v}`).toBe(false);
    }
  });

  it("defaults to 'none' and limits scripts to our own origin", () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('frames nothing, and runs workers (pdf.js) from our own origin only', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('frame-src')).toEqual(["'none'"]);
    expect(d.get('worker-src')).toEqual(["'self'"]);
  });

  it('the page has no inline script or style, which the policy would block anyway', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('the header set sent with every app:// response includes the CSP and nosniff', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
