/**
 * Vietnamese text in the built site: every output is NFC even when the content files are NFD
 * (a small build of the fixture content converted to NFD), and the shipped site gets the
 * typography of src/lib/vietnamese/typography.ts (checked against the content files themselves).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { CONTENT, OUT, ROOT, TODAY, allPages, page } from '../helpers/built-site.ts';
import { readCollection } from '../helpers/content-files.ts';
import { ContentCopy } from '../helpers/content-fixture.ts';
import { exclusive } from '../helpers/build.ts';

const TEXT_OUTPUT = /\.(html|xml|json|csv|txt|webmanifest|js)$/;

/** Every text file of a build folder that is not in NFC. */
function nonNfcOutputs(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    // admin/ is the web editor's third-party bundle (decap-cms-app), not text of the site.
    .filter((f) => TEXT_OUTPUT.test(f) && !f.startsWith('admin/'))
    .filter((f) => {
      const s = readFileSync(join(dir, f), 'utf8');
      return s !== s.normalize('NFC');
    });
}

const BLOCKS = 'p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, figcaption, blockquote, div, section, article, header, footer, nav';

/** Visible text of a page: without scripts, styles and code; block elements end a line (a number ending one block and a word starting the next never share a line). */
function visibleText(root: HTMLElement): string {
  // <noscript> content is shown without JavaScript: parse it as markup, not as raw text.
  const clone = parse(root.toString().replace(/<\/?noscript>/g, ''));
  for (const el of clone.querySelectorAll('script, style, pre, code, template, textarea')) el.remove();
  for (const el of clone.querySelectorAll(BLOCKS)) el.insertAdjacentHTML('afterend', '\n');
  return clone.querySelector('body')?.textContent ?? '';
}

describe('NFC whatever form the files had', () => {
  it('renders an NFD copy of the fixture content as NFC HTML', () => {
    const content = new ContentCopy();
    const out = join(ROOT, 'test/.out/nfd-site');
    try {
      const extra = '\n\nPhong trào "Sáng kiến, sáng tạo Thủ đô" theo Kế hoạch 04/KH-HĐTĐKT tiết kiệm 3 tỷ đồng.\n';
      for (const file of (readdirSync(content.dir, { recursive: true }) as string[]).filter((f) => /\.(mdx?|ya?ml)$/.test(f))) {
        const raw = content.read(file) + (file === 'initiatives/sang-kien-mau.md' ? extra : '');
        content.write(file, raw.normalize('NFD'));
      }
      const source = content.read('initiatives/sang-kien-mau.md');
      expect(source).not.toBe(source.normalize('NFC')); // the input really is decomposed

      const r = exclusive(() => spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: content.dir, OUT_DIR: out, SITE_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      }));
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout + r.stderr, 'the build reports the NFD files').toMatch(/sang-kien-mau\.md:2: Tệp có chữ ở dạng Unicode tổ hợp \(NFD/);

      expect(nonNfcOutputs(out)).toEqual([]);
      const html = readFileSync(join(out, 'sang-kien/sang-kien-mau/index.html'), 'utf8');
      const doc = parse(html);
      expect(doc.querySelector('h1')?.textContent.trim()).toBe('Sáng kiến điện mặt trời cho trụ sở phường');
      expect(doc.querySelector('title')?.textContent).toContain('Sáng kiến điện mặt trời cho trụ sở phường');
      expect(html).toContain('“Sáng kiến, sáng tạo Thủ đô”');
      expect(html).toContain('<span class="nowrap">04/KH-HĐTĐKT</span>');
      expect(html).toContain('3\u00a0tỷ đồng');
    } finally {
      content.remove();
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the shipped site is NFC in every text output', () => {
    expect(nonNfcOutputs(OUT)).toEqual([]);
  });
});

describe('typography of the shipped site', () => {
  it('shows no straight double quotes and no spaced hyphens in visible text', () => {
    for (const url of allPages()) {
      const text = visibleText(page(url));
      expect(text, url).not.toContain('"');
      expect(text, url).not.toMatch(/\s-\s/);
    }
  });

  it('keeps every decision number on one line (all numbers the content writes are checked)', () => {
    const numbers = new Set<string>();
    for (const e of readCollection(CONTENT, 'initiatives')) {
      for (const r of e.data.recognitions as { decisionNumber: string }[]) numbers.add(r.decisionNumber);
      if (e.data.revoked) numbers.add(e.data.revoked.decision);
    }
    for (const c of readCollection(CONTENT, 'campaigns')) numbers.add(`${c.data.plan.number}`);
    let seen = 0;
    for (const url of allPages()) {
      const root = page(url);
      const kept = root.querySelectorAll('.nowrap, .doc-number').map((el) => el.textContent);
      for (const el of root.querySelectorAll('.nowrap, .doc-number')) el.remove();
      const rest = visibleText(root);
      for (const n of numbers) {
        if (!/\/\p{Lu}/u.test(n)) continue;
        expect(rest.includes(n), `${url}: ${n} can break across lines`).toBe(false);
        if (kept.some((t) => t.includes(n))) seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('joins numbers to their units and to "số"/"ngày" with a non-breaking space', () => {
    const BROKEN = /\d (tỷ|triệu|nghìn|hộ|người|%|km|kWh|lượt|học sinh|đơn vị|sáng kiến)(?![\p{L}])|(^|\s)(số|ngày) \d/u;
    const JOINED = /\d\u00a0(tỷ|triệu|nghìn|hộ|người|%|km|kWh|lượt|học sinh|đơn vị|sáng kiến)(?![\p{L}])/u;
    let joined = 0;
    for (const url of allPages()) {
      const text = visibleText(page(url));
      expect(BROKEN.exec(text)?.[0], url).toBeUndefined();
      if (JOINED.test(text)) joined++;
    }
    expect(joined).toBeGreaterThan(0);
  });

  it('never hyphenates syllables and keeps .nowrap on one line (the shipped stylesheet)', () => {
    const css = (readdirSync(join(OUT, '_astro')) as string[]).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(OUT, '_astro', f), 'utf8')).join('\n');
    expect(css).toMatch(/hyphens:\s*manual/);
    expect(css).not.toMatch(/hyphens:\s*auto/);
    expect(css).toMatch(/\.nowrap[^{]*\{[^}]*white-space:\s*nowrap/);
  });
});
