/** Typography applied to every rendered page by the layout: quotes, dashes, non-breaking spaces, decision numbers. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { typesetHtml, typesetText } from '../../../src/lib/vietnamese/typography.ts';

const NBSP = '\u00a0';
const show = (s: string) => s.replaceAll(NBSP, '⍽');

describe('typesetText', () => {
  it.each([
    ['phong trào "Sáng kiến, sáng tạo Thủ đô"', 'phong trào “Sáng kiến, sáng tạo Thủ đô”'],
    ['("Mạng lưới")', '(“Mạng lưới”)'],
    ['giai đoạn 2021-2025', 'giai đoạn 2021–2025'],
    ['giai đoạn 2021 - 2025', 'giai đoạn 2021–2025'],
    ['Hội đồng Thi đua - Khen thưởng', 'Hội đồng Thi đua⍽– Khen thưởng'],
    ['Thi đua — Khen thưởng', 'Thi đua⍽– Khen thưởng'],
    ['tiết kiệm 3 tỷ đồng và 120 triệu', 'tiết kiệm 3⍽tỷ đồng và 120⍽triệu'],
    ['giảm 15 % thời gian, 2,5 km đường, 40 kWh', 'giảm 15⍽% thời gian, 2,5⍽km đường, 40⍽kWh'],
    ['hơn 300 hộ và 1.200 người', 'hơn 300⍽hộ và 1.200⍽người'],
    ['Kế hoạch số 04/KH-HĐTĐKT ngày 20/4/2021', 'Kế hoạch số⍽04/KH-HĐTĐKT ngày⍽20/4/2021'],
    ['tặng Bằng khen và Giấy khen', 'tặng Bằng⍽khen và Giấy⍽khen'],
  ])('"%s" → "%s"', (input, expected) => {
    expect(show(typesetText(input))).toBe(expected);
  });

  it('leaves hyphens inside codes and words alone', () => {
    for (const s of ['04/KH-HĐTĐKT', '30/2020/NĐ-CP', 'COVID-19', 'e-mail', '2021-04-20']) expect(typesetText(s)).toBe(s);
  });

  it('returns NFC whatever it is given', () => {
    const nfd = 'Sáng kiến Thủ đô'.normalize('NFD');
    expect(typesetText(nfd)).toBe('Sáng kiến Thủ đô');
  });

  it('is idempotent and keeps every letter (only spaces, quotes and dashes change)', () => {
    const pieces = ['Sáng kiến', ' ', '"', '-', ' - ', '2021', '15', ' tỷ', ' %', 'số ', '04/KH-HĐTĐKT', 'Bằng khen', '(', ')', '—'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const input = parts.join('');
        const once = typesetText(input);
        const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
        return typesetText(once) === once && letters(once) === letters(input);
      }),
    );
  });
});

describe('typesetHtml', () => {
  it('keeps decision numbers on one line without changing their text', () => {
    const out = typesetHtml('<p>Kế hoạch 04/KH-HĐTĐKT và Nghị định 30/2020/NĐ-CP, Quyết định 1989/QĐ-BGDĐT.</p>');
    expect(out).toContain('<span class="nowrap">04/KH-HĐTĐKT</span>');
    expect(out).toContain('<span class="nowrap">30/2020/NĐ-CP</span>');
    expect(out).toContain('<span class="nowrap">1989/QĐ-BGDĐT</span>');
    expect(out.replace(/<[^>]+>/g, '').replaceAll(NBSP, ' ')).toBe('Kế hoạch 04/KH-HĐTĐKT và Nghị định 30/2020/NĐ-CP, Quyết định 1989/QĐ-BGDĐT.');
    expect(typesetHtml('<p>ngày 20/4/2021</p>')).not.toContain('nowrap');
  });

  it('pairs quotes across inline tags and escaped entities', () => {
    expect(typesetHtml('<p>&quot;<strong>Sáng kiến Thủ đô</strong>&quot; và "<a href="/x">Mạng lưới</a>"</p>')).toBe(
      '<p>“<strong>Sáng kiến Thủ đô</strong>” và “<a href="/x">Mạng lưới</a>”</p>',
    );
  });

  it('never touches attributes, scripts, styles or code', () => {
    const untouched = [
      '<a href="/tim-kiem/?q=&quot;a&quot;" title="2021-2025 - x">x</a>',
      '<script type="application/ld+json">{"name": "Kế hoạch 04/KH-HĐTĐKT", "d": "2021 - 2025"}</script>',
      '<style>.a::before { content: "-"; }</style>',
      '<pre><code>title: "Sáng kiến" - 04/KH-HĐTĐKT</code></pre>',
      '<code>"x" - 5 km</code>',
    ];
    for (const html of untouched) expect(typesetHtml(html).replace('>x<', '>x<')).toBe(html);
  });

  it('does not put markup inside <title> or <option>, and does not wrap a number twice', () => {
    expect(typesetHtml('<title>Kế hoạch 04/KH-HĐTĐKT</title>')).toBe(`<title>Kế hoạch 04/KH-HĐTĐKT</title>`);
    expect(typesetHtml('<option>04/KH-HĐTĐKT</option>')).toBe('<option>04/KH-HĐTĐKT</option>');
    expect(typesetHtml('<span class="doc-number">04/KH-HĐTĐKT</span>')).toBe('<span class="doc-number">04/KH-HĐTĐKT</span>');
    const once = typesetHtml('<p>"Kế hoạch" 04/KH-HĐTĐKT - 2021-2025, 5 km</p>');
    expect(typesetHtml(once)).toBe(once);
  });

  it('outputs NFC for NFD input', () => {
    const nfd = '<h1>Đống Đa – Hòa Bình</h1>'.normalize('NFD');
    const out = typesetHtml(nfd);
    expect(out).toBe(out.normalize('NFC'));
    expect(out).toContain('Đống Đa');
  });
});

describe('typesetHtml across inline tags', () => {
  it('joins a number in a tag to the unit after it, and "số" to a number in the next tag', () => {
    expect(show(typesetHtml('<p><strong>5</strong> sáng kiến, <b>12</b> người</p>'))).toBe('<p><strong>5</strong>⍽sáng kiến, <b>12</b>⍽người</p>');
    expect(show(typesetHtml('<p>Kế hoạch số <span class="doc-number">04/KH-HĐTĐKT</span> ngày <time datetime="2021-04-20">20/4/2021</time></p>'))).toBe(
      '<p>Kế hoạch số⍽<span class="doc-number">04/KH-HĐTĐKT</span> ngày⍽<time datetime="2021-04-20">20/4/2021</time></p>',
    );
    expect(typesetHtml('<p><b>5</b> <i>x</i></p>')).toBe('<p><b>5</b> <i>x</i></p>');
  });

  it('leaves a word ending in "năm" or "số" alone before a tagged number (the word must stand alone)', () => {
    expect(typesetHtml('<p>Khánăm <b>5</b></p>')).toBe('<p>Khánăm <b>5</b></p>');
    expect(show(typesetHtml('<p>(năm <b>2024</b>) và Năm <time>2025</time></p>'))).toBe('<p>(năm⍽<b>2024</b>) và Năm⍽<time>2025</time></p>');
  });
});

describe('typesetHtml on repeated pieces of text', () => {
  // The same piece of text on many pages (a card line) must follow what stands before it each time: a memo of
  // pieces (tried in round 10, docs/performance.md) would have had to key on that.
  it('types the same piece by what stands before it', () => {
    expect(show(typesetHtml('<p><b>5</b> tấn, 3 lần</p>'))).toBe('<p><b>5</b>⍽tấn, 3⍽lần</p>');
    expect(show(typesetHtml('<p><b>x</b> tấn, 3 lần</p>'))).toBe('<p><b>x</b> tấn, 3⍽lần</p>');
    expect(typesetHtml('<p><b>"</b>1</p>')).toBe('<p><b>“</b>1</p>');
    expect(typesetHtml('<p>Tên<b>"</b>1</p>')).toBe('<p>Tên<b>”</b>1</p>');
  });

  it('wraps a decision number only where a wrap is allowed, for the same text', () => {
    const piece = 'Kế hoạch 04/KH-HĐTĐKT';
    expect(typesetHtml(`<p>${piece}</p>`)).toBe('<p>Kế hoạch <span class="nowrap">04/KH-HĐTĐKT</span></p>');
    expect(typesetHtml(`<title>${piece}</title>`)).toBe(`<title>${piece}</title>`);
    expect(typesetHtml(`<p>${piece}</p>`)).toBe('<p>Kế hoạch <span class="nowrap">04/KH-HĐTĐKT</span></p>');
  });
});
