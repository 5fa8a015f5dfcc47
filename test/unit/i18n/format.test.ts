import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format, placeholders, templateParts } from '../../../src/i18n/format.ts';
import { vi } from '../../../src/i18n/vi.ts';
import { FOUNDING_PLAN } from '../../../src/lib/routes/site.ts';
import { decisionRef } from '../../../src/lib/sharing/cite.ts';
import { formatDateLong, formatPartialDate } from '../../../src/lib/text/dates.ts';
import { joinVi } from '../../../src/lib/charts/target.ts';
import { lowerFirst } from '../../../src/lib/text/text.ts';

/** Every string of the dictionary with its dotted path (`browse.count`). */
function entries(value: unknown, path: string[] = []): { path: string; value: unknown }[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).flatMap(([k, v]) => entries(v, [...path, k]));
  if (Array.isArray(value)) return value.flatMap((v, i) => entries(v, [...path, String(i)]));
  return [{ path: path.join('.'), value }];
}
const dictionary = entries(vi);
const templates = new Map(dictionary.filter((e): e is { path: string; value: string } => typeof e.value === 'string' && placeholders(e.value).length > 0).map((e) => [e.path, e.value]));

describe('format', () => {
  it('fills every named placeholder, numbers as written, a name used twice both times', () => {
    expect(format(vi.browse.count, { n: '1.234' })).toBe('1.234 sáng kiến');
    expect(format(vi.browse.pageOf, { title: 'Sáng kiến lĩnh vực Y tế', n: 2, total: 5 })).toBe('Sáng kiến lĩnh vực Y tế, trang 2/5');
    expect(format('{word} {n}, tức {word}', { word: 'tăng', n: 0 })).toBe('tăng 0, tức tăng');
    expect(format('không có chỗ trống', {})).toBe('không có chỗ trống');
  });

  it('throws on a missing value instead of leaving {name} in the page', () => {
    const loose: Record<string, string> = { title: 'A' };
    expect(() => format(vi.browse.pageOf as string, loose)).toThrow(/Thiếu giá trị cho \{n\}/);
    // @ts-expect-error: the type checker refuses a template without its value, too.
    expect(() => format('{q}', {})).toThrow('{q}');
  });

  it('leaves no placeholder behind and keeps the text between them (property)', () => {
    const name = fc.stringMatching(/^[a-z]{1,6}$/);
    const text = fc.string({ unit: fc.constantFrom(...'ăâđêôơư sáng kiến,.:“”–()0123456789') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, name), { maxLength: 6 }), text, fc.dictionary(name, fc.string({ unit: fc.constantFrom(...'abc{}xyz ') })), (pieces, tail, extra) => {
        const template = pieces.map(([t, n]) => `${t}{${n}}`).join('') + tail;
        const values: Record<string, string> = { ...extra };
        for (const [, n] of pieces) values[n] ??= `<${n}>`;
        const filled = format(template, values);
        expect(filled).toBe(pieces.map(([t, n]) => `${t}${values[n]}`).join('') + tail);
        // Split and filled again slot by slot: the same text (what components do with templateParts).
        expect(templateParts(template).map((p) => ('text' in p ? p.text : values[p.slot])).join('')).toBe(filled);
        expect(templateParts(template).every((p) => !('text' in p) || p.text !== '')).toBe(true);
      }),
    );
  });

  it('splits a template into text and slots, in order', () => {
    expect(templateParts(vi.document.citation)).toEqual([{ slot: 'type' }, { text: ' số ' }, { slot: 'number' }, { text: ' ngày ' }, { slot: 'date' }, { text: ' của ' }, { slot: 'issuer' }]);
    expect(placeholders(vi.review.changeSentenceRatio)).toEqual(['year', 'n', 'noun', 'word', 'delta', 'previousYear', 'previous', 'ratio']);
  });
});

describe('the dictionary', () => {
  it('is plain data: strings (and lists of strings) only, no functions', () => {
    const other = dictionary.filter((e) => typeof e.value !== 'string').map((e) => e.path);
    expect(other).toEqual([]);
  });

  it('writes variable parts one way only: {name}, never ${…}, %s or a stray brace', () => {
    const bad = dictionary.filter((e) => typeof e.value === 'string' && (/\$\{|%s|%d/.test(e.value) || /[{}]/.test(e.value.replace(/\{\w+\}/g, '')))).map((e) => e.path);
    expect(bad).toEqual([]);
    expect(templates.size).toBeGreaterThan(90);
  });
});

/** The source files that use the dictionary. */
function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f) && !f.startsWith('i18n/'))
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The argument list of the call whose `(` is at `open`, split at top-level commas, and where it ends. */
function callArgs(text: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) {
        args.push(text.slice(start, i).trim());
        return { args: args.filter(Boolean), end: i + 1 };
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  throw new Error(`unclosed call at ${open}`);
}

const plain = new Set(dictionary.filter((e) => !templates.has(e.path)).map((e) => e.path));

/**
 * Templates named in an expression: `vi.browse.count`, or `t.count` where the file has `const t = vi.browse`. A file
 * may bind `t` in several functions; a name that is a plain string under one of them is left out as ambiguous.
 */
function pathsIn(expression: string, aliases: Map<string, string[]>): string[] {
  const found: string[] = [];
  for (const m of expression.matchAll(/\b(vi|\w+)((?:\.\w+)+)/g)) {
    const candidates = (m[1] === 'vi' ? [''] : (aliases.get(m[1]!) ?? [])).map((base) => `${base}${m[2]!}`.replace(/^\./, ''));
    if (!candidates.some((p) => plain.has(p))) found.push(...candidates.filter((p) => templates.has(p)));
  }
  return found;
}

describe('call sites (src/)', () => {
  const files = sources(join(import.meta.dirname, '../../../src'));
  const calls: { file: string; paths: string[]; keys: string[] | undefined }[] = [];
  const raw: string[] = [];
  for (const { file, text } of files) {
    const aliases = new Map<string, string[]>();
    for (const m of text.matchAll(/const (\w+) = vi((?:\.\w+)+);/g)) aliases.set(m[1]!, [...(aliases.get(m[1]!) ?? []), m[2]!]);
    let rest = text;
    for (const m of [...text.matchAll(/(?<![.\w])(format|templateParts)\(/g)].reverse()) {
      const { args, end } = callArgs(text, m.index + m[0].length - 1);
      const paths = pathsIn(args[0] ?? '', aliases);
      const object = args[1];
      // Keys of the values object; undefined when a spread makes them unknowable here (the type checker still checks).
      const keys =
        object === undefined || !object.startsWith('{') || object.includes('...')
          ? undefined
          : callArgs(object.replace(/^\{/, '(').replace(/\}$/, ')'), 0).args.map((a) => /^(\w+)/.exec(a)![1]!);
      calls.push({ file, paths, keys: m[1] === 'format' ? keys : undefined });
      rest = rest.slice(0, m.index) + rest.slice(end);
    }
    raw.push(...pathsIn(rest, aliases));
  }

  it('fills exactly the placeholders of the template it names', () => {
    const checked = calls.filter((c) => c.paths.length > 0 && c.keys !== undefined);
    expect(checked.length).toBeGreaterThan(80);
    for (const c of checked)
      for (const p of c.paths) expect({ file: c.file, template: p, keys: [...c.keys!].sort() }).toEqual({ file: c.file, template: p, keys: placeholders(templates.get(p)!).sort() });
  });

  it('uses every template, and hands one on unfilled only where the receiver fills it', () => {
    const used = new Set([...calls.flatMap((c) => c.paths), ...raw]);
    const dictionaryOnly = [...templates.keys()].filter((p) => !used.has(p));
    expect(dictionaryOnly).toEqual([]);
    // CountList fills its `label`; the search page's script fills its data attributes in the browser.
    expect([...new Set(raw)].sort()).toEqual(['browse.count', 'browse.recognitionsShort', 'searchPage.count', 'searchPage.countFor']);
  });
});

describe('helpers that moved their words into the dictionary', () => {
  it('cites the founding plan exactly as its campaign file does', () => {
    const file = readFileSync(join(import.meta.dirname, '../../../content/campaigns/sang-kien-sang-tao-thu-do-2021-2025.mdx'), 'utf8');
    const plan = /\nplan:\n((?: {2}.*\n)+)/.exec(file)![1]!;
    const field = (k: string) => new RegExp(`^ {2}${k}: (.*)$`, 'm').exec(plan)![1]!.trim();
    expect(FOUNDING_PLAN).toEqual({ type: field('type'), number: field('number'), date: field('date'), issuer: field('issuer'), summary: field('summary') });
  });

  it('turns a recognition into the decision it cites', () => {
    expect(decisionRef({ decisionNumber: '1234/QĐ-UBND', decisionDate: '2022-03-13', issuer: 'UBND thành phố Hà Nội' })).toEqual({
      type: 'quyet-dinh',
      number: '1234/QĐ-UBND',
      date: '2022-03-13',
      issuer: 'UBND thành phố Hà Nội',
    });
  });

  it('writes partial and long dates, lists and lowered titles', () => {
    expect(formatPartialDate('2021')).toBe('Năm 2021');
    expect(formatPartialDate('2021-04')).toBe('Tháng 4/2021');
    expect(formatPartialDate('2021-04-20')).toBe('20/4/2021');
    expect(formatDateLong('2021-04-20')).toBe('20 tháng 4 năm 2021');
    expect([joinVi([]), joinVi(['a']), joinVi(['a', 'b']), joinVi(['a', 'b', 'c'])]).toEqual(['', 'a', 'a và b', 'a, b và c']);
    expect(lowerFirst('Số liệu chính')).toBe('số liệu chính');
    expect(lowerFirst('')).toBe('');
  });
});
