/**
 * Security headers: the `_headers` file static hosts read, and the Content-Security-Policy <meta> on
 * every page. No inline script is allowed anywhere; Pagefind's WebAssembly needs 'wasm-unsafe-eval';
 * every inline <style> a page carries is listed by hash in its own policy, so the strict policy does
 * not break the page's styling.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { OUT, allPages, html } from '../helpers/built-site.ts';
import { headersFor, matchesPattern, parseHeadersFile } from '../helpers/static-server.ts';

const rules = parseHeadersFile(readFileSync(join(OUT, '_headers'), 'utf8'));

/** A policy string as directive → sources. */
function policy(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('the _headers file', () => {
  it('parses and matches paths like the hosts do', () => {
    expect(matchesPattern('/*', '/sang-kien/x/')).toBe(true);
    expect(matchesPattern('/admin/*', '/sang-kien/')).toBe(false);
    expect(parseHeadersFile('/a/*\n  X-A: 1\n/*\n  X-A: 2\n')).toEqual([
      { pattern: '/a/*', headers: [['X-A', '1']] },
      { pattern: '/*', headers: [['X-A', '2']] },
    ]);
    expect(headersFor(parseHeadersFile('/a/*\n  X-A: 1\n/*\n  X-A: 2\n'), '/a/b').get('x-a')).toBe('1, 2');
  });

  it('sends a CSP without inline scripts, with wasm for Pagefind, and the usual hardening headers on every page', () => {
    const h = headersFor(rules, '/sang-kien/x/');
    const csp = policy(h.get('content-security-policy') ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(h.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(h.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });

  it('lets press sites embed public pages but refuses to frame the editors’ tool', () => {
    expect(headersFor(rules, '/nhung/x/').get('content-security-policy')).not.toMatch(/frame-ancestors/);
    expect(headersFor(rules, '/admin/').get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(headersFor(rules, '/admin/').get('x-frame-options')).toBe('DENY');
  });

  it('caches fingerprinted assets for a year', () => {
    expect(headersFor(rules, '/_astro/Base.abc.css').get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect(headersFor(rules, '/sang-kien/x/').get('cache-control')).toBeUndefined();
  });
});

describe('the Content-Security-Policy <meta> of every page', () => {
  it('is present, forbids inline scripts, and lists the hash of every inline style of the page', () => {
    const problems: string[] = [];
    let styles = 0;
    for (const url of allPages()) {
      const doc = parse(html(url));
      // HTML attribute values compare without case: a "Content-Security-Policy" meta is a policy too.
      const metas = doc.querySelectorAll('meta').filter((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
      if (metas.length !== 1) {
        problems.push(`${url}: ${metas.length} CSP <meta>`);
        continue;
      }
      const csp = policy(metas[0]?.getAttribute('content') ?? '');
      const scriptSrc = csp.get('script-src') ?? [];
      const styleSrc = csp.get('style-src') ?? [];
      if (scriptSrc.includes("'unsafe-inline'") || styleSrc.includes("'unsafe-inline'")) problems.push(`${url}: 'unsafe-inline'`);
      if (!scriptSrc.includes("'wasm-unsafe-eval'")) problems.push(`${url}: no 'wasm-unsafe-eval'`);
      if (csp.get('default-src')?.join(' ') !== "'self'") problems.push(`${url}: default-src`);
      for (const s of doc.querySelectorAll('style')) {
        styles++;
        const hash = `'sha256-${createHash('sha256').update(s.innerHTML).digest('base64')}'`;
        if (!styleSrc.includes(hash)) problems.push(`${url}: inline style not in style-src (${hash})`);
      }
      for (const s of doc.querySelectorAll('script:not([src])')) {
        if (s.getAttribute('type') === 'application/ld+json') continue;
        problems.push(`${url}: inline <script>`);
      }
      if (doc.querySelectorAll('[style]').length > 0) problems.push(`${url}: style="" attribute (blocked by the policy)`);
    }
    expect(styles).toBeGreaterThan(0);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
