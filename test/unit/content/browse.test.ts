/** Pure browse helpers: grouping in one pass, honor roll, pagination, the Vietnamese A–Z. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { browseIndex, byInitialLetter, honorPages, honorRoll, initialLetter, neighbours, letterSlug, pagerNumbers, paginate, roundYears, OTHER_LETTER, VI_LETTERS, type Browsable } from '../../../src/lib/content/browse.ts';
import type { Award, Level } from '../../../src/vocabulary.ts';

const rec = (level: Level, award: Award, year: number) => ({ level, award, year, decisionDate: `${year}-06-01` });
const item = (id: string, over: Partial<Browsable['data']> = {}): Browsable => ({
  id,
  data: { title: id, unit: 'u1', field: 'f1', area: 'a1', recognitions: [rec('co-so', 'giay-chung-nhan', 2022)], status: { replicatedBy: [] }, ...over },
});

describe('browseIndex', () => {
  const items = [
    item('a', { unit: 'u1', field: 'f1', area: 'a1', recognitions: [rec('co-so', 'giay-chung-nhan', 2022), rec('cap-huyen', 'giay-khen', 2023)], status: { replicatedBy: ['u2', 'u2'] } }),
    item('b', { unit: 'u2', field: 'f1', area: 'a2', recognitions: [rec('co-so', 'giay-khen', 2023), rec('cap-huyen', 'giay-khen', 2023)] }),
    item('c', { unit: 'u1', field: 'f2', area: 'a1' }),
  ];
  const index = browseIndex(items);

  it('groups by unit, field, area keeping the input order, without empty groups', () => {
    expect(index.byUnit.get('u1')?.map((i) => i.id)).toEqual(['a', 'c']);
    expect(index.byField.get('f1')?.map((i) => i.id)).toEqual(['a', 'b']);
    expect(index.byArea.get('a2')?.map((i) => i.id)).toEqual(['b']);
    expect(index.byField.has('f3')).toBe(false);
  });

  it('lists a replicated item once per replicating unit', () => {
    expect(index.replicatedByUnit.get('u2')?.map((i) => i.id)).toEqual(['a']);
  });

  it('puts an item in every round year it was recognised in, once', () => {
    expect(index.years).toEqual([2023, 2022]);
    expect(index.byYear.get(2023)?.map((i) => i.id)).toEqual(['a', 'b']);
    expect(index.byYear.get(2022)?.map((i) => i.id)).toEqual(['a', 'c']);
    expect(roundYears(items[1]!)).toEqual([2023]);
  });

  it('partitions items by field and by area (every item in exactly one group)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ field: fc.constantFrom('f1', 'f2', 'f3'), area: fc.constantFrom('a1', 'a2') }), { maxLength: 40 }), (rows) => {
        const list = rows.map((r, i) => item(`i${i}`, r));
        const idx = browseIndex(list);
        const total = (m: Map<string, Browsable[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
        expect(total(idx.byField)).toBe(list.length);
        expect(total(idx.byArea)).toBe(list.length);
      }),
    );
  });
});

describe('honorRoll', () => {
  const items = [
    item('Bảng', { recognitions: [rec('co-so', 'giay-chung-nhan', 2022), rec('thanh-pho', 'bang-khen', 2023)] }),
    item('An', { recognitions: [rec('thanh-pho', 'bang-khen', 2023), rec('sang-kien-thu-do', 'bang-sang-kien-thu-do', 2023)] }),
    item('Ân', { recognitions: [rec('co-so', 'giay-khen', 2022)] }),
  ];
  const roll = honorRoll(items);

  it('orders years newest first and levels highest first, with counts', () => {
    expect(roll.map((y) => [y.year, y.count])).toEqual([
      [2023, 3],
      [2022, 2],
    ]);
    expect(roll[0]!.levels.map((l) => [l.level, l.count])).toEqual([
      ['sang-kien-thu-do', 1],
      ['thanh-pho', 2],
    ]);
  });

  it('splits a level by award and sorts entries in Vietnamese order', () => {
    const base = roll[1]!.levels[0]!;
    expect(base.awards.map((a) => a.award)).toEqual(['giay-chung-nhan', 'giay-khen']);
    expect(roll[0]!.levels[1]!.awards[0]!.entries.map((e) => e.item.id)).toEqual(['An', 'Bảng']);
  });

  it('counts every recognition step exactly once', () => {
    const steps = items.reduce((n, i) => n + i.data.recognitions.length, 0);
    expect(roll.reduce((n, y) => n + y.count, 0)).toBe(steps);
  });
});

describe('neighbours', () => {
  it('gives previous and next neighbours', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(neighbours(list, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
    expect(neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(list, 'x')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('paginate and pagerNumbers', () => {
  it('splits into pages of the given size that together are the list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (list, size) => {
        const pages = paginate(list, size);
        expect(pages.flatMap((p) => p.items)).toEqual(list);
        expect(pages.length).toBe(Math.max(1, Math.ceil(list.length / size)));
        pages.forEach((p, i) => {
          expect(p.number).toBe(i + 1);
          expect(p.start).toBe(i * size + 1);
          expect(p.items.length).toBeLessThanOrEqual(size);
        });
      }),
    );
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow();
  });

  it('always shows first, last and current page, and marks gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }).chain((total) => fc.tuple(fc.integer({ min: 1, max: total }), fc.constant(total))), ([current, total]) => {
        const shown = pagerNumbers(current, total);
        expect(shown).toContain(1);
        expect(shown).toContain(total);
        expect(shown).toContain(current);
        const numbers = shown.filter((n): n is number => n !== null);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }),
    );
  });
});

describe('Vietnamese A–Z', () => {
  it('files a title under its Vietnamese letter, ignoring tone marks but not vowel marks', () => {
    expect(initialLetter('Ứng dụng phường số')).toBe('Ư');
    expect(initialLetter('đổi mới')).toBe('Đ');
    expect(initialLetter('Ẩm thực')).toBe('Â');
    expect(initialLetter('Ắc quy')).toBe('Ă');
    expect(initialLetter('Ánh sáng')).toBe('A');
    expect(initialLetter('“Điểm chữa cháy”')).toBe('Đ');
    expect(initialLetter('3D in')).toBe(OTHER_LETTER);
    expect(initialLetter('Ứng'.normalize('NFD'))).toBe('Ư');
  });

  it('gives each letter a distinct ASCII URL segment', () => {
    const slugs = [...VI_LETTERS, OTHER_LETTER].map(letterSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z]+$/);
    expect(letterSlug('Đ')).toBe('dd');
  });

  it('groups in alphabet order (D before Đ, U before Ư, # last) and sorts inside a group', () => {
    const list = ['Ứng', 'Đèn', 'Dạy', 'Ủ phân', 'Ao', '5S'].map((t) => ({ id: t, data: { title: t } }));
    const groups = byInitialLetter(list);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'D', 'Đ', 'U', 'Ư', OTHER_LETTER]);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(list.length);
  });
});

describe('honorPages', () => {
  const items = Array.from({ length: 23 }, (_, i) =>
    item(`i${String(i).padStart(2, '0')}`, { recognitions: [rec('co-so', i % 3 ? 'giay-khen' : 'giay-chung-nhan', 2024), ...(i % 4 ? [] : [rec('thanh-pho', 'bang-khen', 2024)])] }),
  );
  const year = honorRoll(items)[0]!;

  it('splits a year into pages of at most `size` recognitions that together are the year, in order', () => {
    for (const size of [1, 5, 10, 100]) {
      const pages = honorPages(year, size);
      expect(pages.length).toBe(Math.max(1, Math.ceil(year.count / size)));
      const flat = (levels: typeof year.levels) => levels.flatMap((l) => l.awards.flatMap((a) => a.entries.map((e) => `${l.level}|${a.award}|${e.item.id}`)));
      expect(pages.flatMap((p) => flat(p.levels))).toEqual(flat(year.levels));
      for (const p of pages) expect(flat(p.levels).length).toBeLessThanOrEqual(size);
    }
  });

  it('keeps the full counts of the year on every page', () => {
    for (const p of honorPages(year, 4)) {
      for (const l of p.levels) {
        const whole = year.levels.find((x) => x.level === l.level)!;
        expect(l.count).toBe(whole.count);
        for (const a of l.awards) expect(a.count).toBe(whole.awards.find((x) => x.award === a.award)!.count);
      }
    }
  });
});
