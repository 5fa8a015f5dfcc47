/** Aggregates of the statistics page (src/lib/stats/aggregates.ts) on small hand-made records and on random ones. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  initiativesByArea,
  initiativesByField,
  initiativesByHolder,
  initiativesByStatus,
  isVerifiedRecently,
  newestDecisionDate,
  parseTargetRange,
  recognitionsByAward,
  recognitionsByYearAndLevel,
  replicationNetwork,
  type StatsInitiative,
} from '../../../src/lib/stats/aggregates.ts';
import type { Award, Level, Status } from '../../../src/vocabulary.ts';

type Step = StatsInitiative['recognitions'][number];
const step = (level: Level, year: number, award: Award, date = `${year}-06-01`): Step => ({ level, year, award, decisionDate: date });

function item(id: string, over: Partial<StatsInitiative> = {}): StatsInitiative {
  return {
    id,
    title: `Sáng kiến ${id}`,
    field: 'y-te',
    area: 'long-bien',
    holder: 'ca-nhan',
    campaign: 'long-bien-2021-2025',
    recognitions: [step('co-so', 2022, 'giay-chung-nhan')],
    status: { state: 'dang-ap-dung', verifiedAt: '2026-06-01', replicatedBy: [] },
    ...over,
  };
}

const FIELDS = [
  { id: 'y-te', label: 'Y tế' },
  { id: 'giao-duc', label: 'Giáo dục và đào tạo' },
  { id: 'chuyen-doi-so', label: 'Chuyển đổi số' },
];
const AREAS = [
  { id: 'long-bien', label: 'Long Biên' },
  { id: 'dong-da', label: 'Đống Đa' },
  { id: 'ba-vi', label: 'Ba Vì' },
];

describe('recognitionsByYearAndLevel', () => {
  it('counts every step in its round year, years ascending', () => {
    const rows = recognitionsByYearAndLevel([
      item('a', { recognitions: [step('co-so', 2022, 'giay-chung-nhan'), step('cap-huyen', 2022, 'giay-khen'), step('thanh-pho', 2023, 'bang-khen')] }),
      item('b', { recognitions: [step('co-so', 2021, 'giay-khen')] }),
    ]);
    expect(rows.map((r) => r.year)).toEqual([2021, 2022, 2023]);
    expect(rows[1]!.counts).toEqual({ 'co-so': 1, 'cap-huyen': 1, 'thanh-pho': 0, 'sang-kien-thu-do': 0 });
    expect(rows.map((r) => r.total)).toEqual([1, 2, 1]);
  });
});

describe('counts by field, area, award, holder', () => {
  const items = [
    item('a', { field: 'giao-duc', area: 'dong-da', holder: 'tap-the' }),
    item('b', { field: 'giao-duc', area: 'dong-da' }),
    item('c', { field: 'y-te', area: 'long-bien', recognitions: [step('co-so', 2022, 'giay-khen'), step('sang-kien-thu-do', 2023, 'bang-sang-kien-thu-do')] }),
  ];
  it('lists every field, largest first, then Vietnamese order', () => {
    expect(initiativesByField(items, FIELDS).map((r) => [r.id, r.value])).toEqual([
      ['giao-duc', 2],
      ['y-te', 1],
      ['chuyen-doi-so', 0],
    ]);
  });
  it('lists only areas with initiatives, largest first', () => {
    expect(initiativesByArea(items, AREAS).map((r) => [r.label, r.value])).toEqual([
      ['Đống Đa', 2],
      ['Long Biên', 1],
    ]);
  });
  it('breaks ties by Vietnamese label order, not code points', () => {
    const tie = [item('x', { area: 'dong-da' }), item('y', { area: 'ba-vi' })];
    // "Ba Vì" < "Đống Đa" in Vietnamese order (and b < đ).
    expect(initiativesByArea(tie, AREAS).map((r) => r.id)).toEqual(['ba-vi', 'dong-da']);
  });
  it('counts awards per step in ladder order', () => {
    expect(recognitionsByAward(items).map((r) => [r.id, r.value])).toEqual([
      ['giay-chung-nhan', 2],
      ['giay-khen', 1],
      ['bang-khen', 0],
      ['bang-sang-kien-thu-do', 1],
    ]);
  });
  it('counts holders', () => {
    expect(initiativesByHolder(items).map((r) => [r.id, r.value])).toEqual([
      ['ca-nhan', 2],
      ['tap-the', 1],
    ]);
  });
});

describe('initiativesByStatus', () => {
  const today = '2026-11-23';
  it('counts states and those verified within 365 days, both ends included', () => {
    const rows = initiativesByStatus(
      [
        item('a', { status: { state: 'nhan-rong', verifiedAt: '2025-11-23', replicatedBy: ['u'] } }), // 365 days: recent
        item('b', { status: { state: 'nhan-rong', verifiedAt: '2025-11-22', replicatedBy: ['u'] } }), // 366 days: old
        item('c', { status: { state: 'tam-dung', verifiedAt: today, replicatedBy: [] } }),
      ],
      today,
    );
    expect(rows.map((r) => [r.id, r.value, r.verifiedRecently])).toEqual([
      ['dang-ap-dung', 0, 0],
      ['nhan-rong', 2, 1],
      ['tam-dung', 1, 1],
      ['ngung-ap-dung', 0, 0],
    ]);
  });
  it('does not count a verification after today as recent', () => {
    expect(isVerifiedRecently(item('a', { status: { state: 'tam-dung', verifiedAt: '2026-12-01', replicatedBy: [] } }), today)).toBe(false);
  });
});

describe('replicationNetwork', () => {
  const units = [
    { id: 'u1', name: 'Trường A', area: 'dong-da' },
    { id: 'u2', name: 'Bệnh viện B', area: 'ba-vi' },
    { id: 'u3', name: 'UBND C', area: 'long-bien' },
  ];
  it('lists initiatives that spread, most units first, with distinct areas and areas other than their own', () => {
    const rows = replicationNetwork(
      [
        item('one', { status: { state: 'nhan-rong', verifiedAt: '2026-01-01', replicatedBy: ['u1'] } }),
        item('three', { status: { state: 'nhan-rong', verifiedAt: '2026-01-01', replicatedBy: ['u1', 'u2', 'u3', 'u3'] } }),
        item('none'),
      ],
      units,
      AREAS,
    );
    expect(rows.map((r) => r.id)).toEqual(['three', 'one']);
    expect(rows[0]!.units.map((u) => u.id)).toEqual(['u2', 'u1', 'u3']); // Vietnamese order of names, duplicates removed
    expect(rows[0]!.areas.map((a) => a.id)).toEqual(['ba-vi', 'dong-da', 'long-bien']);
    expect(rows[0]!.otherAreas).toBe(2);
  });
});

describe('parseTargetRange and newestDecisionDate', () => {
  it('reads targets as written in plans', () => {
    expect(parseTargetRange('3–5 sáng kiến')).toEqual({ min: 3, max: 5 });
    expect(parseTargetRange('1-2 sáng kiến mỗi năm')).toEqual({ min: 1, max: 2 });
    expect(parseTargetRange('Tối thiểu 15%')).toEqual({ min: 15 });
    expect(parseTargetRange('Ít nhất 12,5%')).toEqual({ min: 12.5 });
    expect(parseTargetRange('100%')).toEqual({ min: 100 });
    expect(parseTargetRange('toàn bộ')).toBeUndefined();
  });
  it('finds the newest decision date', () => {
    expect(newestDecisionDate([item('a', { recognitions: [step('co-so', 2022, 'giay-khen', '2022-03-01'), step('thanh-pho', 2023, 'bang-khen', '2024-01-05')] }), item('b')])).toBe('2024-01-05');
    expect(newestDecisionDate([])).toBeUndefined();
  });
});

describe('properties on random records', () => {
  const levels: Level[] = ['co-so', 'cap-huyen', 'thanh-pho', 'sang-kien-thu-do'];
  const statuses: Status[] = ['dang-ap-dung', 'nhan-rong', 'tam-dung', 'ngung-ap-dung'];
  const arbItem = fc.record({
    field: fc.constantFrom(...FIELDS.map((f) => f.id)),
    area: fc.constantFrom(...AREAS.map((a) => a.id)),
    holder: fc.constantFrom('ca-nhan' as const, 'tap-the' as const),
    state: fc.constantFrom(...statuses),
    steps: fc.uniqueArray(fc.record({ level: fc.constantFrom(...levels), year: fc.integer({ min: 2021, max: 2025 }) }), { minLength: 1, maxLength: 4, selector: (s) => s.level }),
    // Around the 365-day limit of "verified recently", and after today (a date in the future never counts).
    verifiedDaysAgo: fc.oneof(fc.integer({ min: -30, max: 900 }), fc.constantFrom(-1, 0, 364, 365, 366)),
  });
  it('every chart adds up to the number of initiatives or of steps', () => {
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 60 }), (raw) => {
        const items = raw.map((r, i) =>
          item(`i${i}`, {
            field: r.field,
            area: r.area,
            holder: r.holder,
            recognitions: r.steps.map((s) => step(s.level, s.year, 'giay-chung-nhan')),
            status: { state: r.state, verifiedAt: new Date(Date.parse('2026-11-23') - r.verifiedDaysAgo * 86_400_000).toISOString().slice(0, 10), replicatedBy: [] },
          }),
        );
        const steps = raw.reduce((s, r) => s + r.steps.length, 0);
        const sum = (xs: { value: number }[]) => xs.reduce((s, x) => s + x.value, 0);
        expect(sum(initiativesByField(items, FIELDS))).toBe(items.length);
        expect(sum(initiativesByArea(items, AREAS))).toBe(items.length);
        expect(sum(initiativesByHolder(items))).toBe(items.length);
        expect(sum(initiativesByStatus(items, '2026-11-23'))).toBe(items.length);
        expect(initiativesByStatus(items, '2026-11-23').reduce((s, r) => s + r.verifiedRecently, 0)).toBe(raw.filter((r) => r.verifiedDaysAgo >= 0 && r.verifiedDaysAgo <= 365).length);
        expect(sum(recognitionsByAward(items))).toBe(steps);
        expect(recognitionsByYearAndLevel(items).reduce((s, r) => s + r.total, 0)).toBe(steps);
      }),
    );
  });
});
