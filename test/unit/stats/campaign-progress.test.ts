/** Campaign progress figures, milestone states and the "last updated" date, as pure functions. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { campaignFamily, campaignProgress, lastUpdated, markMilestones, pressFacts } from '../../../src/lib/stats/campaign-progress.ts';
import type { Award, Level, Status } from '../../../src/vocabulary.ts';

const campaigns = [{ id: 'city' }, { id: 'district', parent: 'city' }, { id: 'ward', parent: 'district' }, { id: 'other' }];
const rec = (level: Level, award: Award, year: number) => ({ level, award, year });
const initiative = (campaign: string, state: Status, ...recognitions: ReturnType<typeof rec>[]) => ({ campaign, status: { state }, recognitions });

describe('campaignFamily', () => {
  it('includes the plans below a campaign, at any depth, and nothing else', () => {
    expect([...campaignFamily('city', campaigns)].sort()).toEqual(['city', 'district', 'ward']);
    expect([...campaignFamily('district', campaigns)].sort()).toEqual(['district', 'ward']);
    expect([...campaignFamily('other', campaigns)]).toEqual(['other']);
  });
});

describe('campaignProgress', () => {
  const items = [
    initiative('city', 'dang-ap-dung', rec('co-so', 'giay-chung-nhan', 2021), rec('thanh-pho', 'bang-khen', 2022)),
    initiative('ward', 'nhan-rong', rec('cap-huyen', 'giay-khen', 2022), rec('sang-kien-thu-do', 'bang-sang-kien-thu-do', 2023)),
    initiative('district', 'tam-dung', rec('thanh-pho', 'bang-khen', 2022)),
    initiative('other', 'dang-ap-dung', rec('thanh-pho', 'bang-khen', 2022)),
  ];

  it('counts awards, city-level recognitions per year and the applied share for the campaign family', () => {
    const p = campaignProgress({ id: 'city', period: { from: 2021, to: 2023 } }, campaigns, items);
    expect(p.initiatives).toBe(3);
    expect(Object.fromEntries(p.awards.map((a) => [a.award, a.count]))).toEqual({ 'giay-chung-nhan': 1, 'giay-khen': 1, 'bang-khen': 2, 'bang-sang-kien-thu-do': 1 });
    expect(p.cityPerYear).toEqual([{ year: 2021, count: 0 }, { year: 2022, count: 2 }, { year: 2023, count: 1 }]);
    expect(p.applied).toEqual({ count: 2, total: 3, share: 2 / 3 });
  });

  it('counts only the district plan below the city', () => {
    const p = campaignProgress({ id: 'district', period: { from: 2022, to: 2022 } }, campaigns, items);
    expect(p.initiatives).toBe(2);
    expect(p.cityPerYear).toEqual([{ year: 2022, count: 1 }]);
    expect(p.applied.count).toBe(1);
  });

  it('has no share without initiatives', () => {
    expect(campaignProgress({ id: 'other', period: { from: 2021, to: 2021 } }, campaigns, []).applied.share).toBeUndefined();
  });

  it('never counts more city-level initiatives in a year than initiatives (property)', () => {
    const level = fc.constantFrom<Level>('co-so', 'cap-huyen', 'thanh-pho', 'sang-kien-thu-do');
    const award = fc.constantFrom<Award>('giay-chung-nhan', 'giay-khen', 'bang-khen', 'bang-sang-kien-thu-do');
    const arb = fc.array(
      fc.record({
        campaign: fc.constantFrom('city', 'ward', 'other'),
        status: fc.record({ state: fc.constantFrom<Status>('dang-ap-dung', 'nhan-rong', 'tam-dung', 'ngung-ap-dung') }),
        // Years on both sides of the period's first and last year.
        recognitions: fc.array(fc.record({ level, award, year: fc.integer({ min: 2019, max: 2027 }) }), { minLength: 1, maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(arb, (list) => {
        const p = campaignProgress({ id: 'city', period: { from: 2021, to: 2025 } }, campaigns, list);
        const mine = list.filter((i) => i.campaign !== 'other');
        expect(p.initiatives).toBe(mine.length);
        // One row per year of the period, no more; a year counts initiatives with a city-level or higher step that year.
        expect(p.cityPerYear.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
        for (const y of p.cityPerYear) {
          expect(y.count).toBe(mine.filter((i) => i.recognitions.some((r) => r.year === y.year && (r.level === 'thanh-pho' || r.level === 'sang-kien-thu-do'))).length);
          expect(y.count).toBeLessThanOrEqual(mine.length);
        }
        expect(p.awards.reduce((n, a) => n + a.count, 0)).toBe(mine.reduce((n, i) => n + i.recognitions.length, 0));
        expect(p.applied.count).toBeLessThanOrEqual(p.applied.total);
      }),
    );
  });
});

describe('markMilestones and lastUpdated', () => {
  it('marks milestones up to and including today as past, later ones as upcoming', () => {
    const marked = markMilestones([{ date: '2026-11-22' }, { date: '2026-11-23' }, { date: '2026-11-24' }], '2026-11-23');
    expect(marked.map((m) => m.past)).toEqual([true, true, false]);
  });

  it('takes the latest date that is not in the future', () => {
    expect(lastUpdated(['2021-04-20', '2025-01-01', '2027-01-01', '2024-06-30'], '2026-11-23')).toBe('2025-01-01');
    expect(lastUpdated(['2030-01-01'], '2026-11-23')).toBeUndefined();
  });

  it('builds quotable facts from the data', () => {
    const p = campaignProgress({ id: 'city', period: { from: 2021, to: 2025 } }, campaigns, [initiative('city', 'dang-ap-dung', rec('sang-kien-thu-do', 'bang-sang-kien-thu-do', 2023))]);
    const facts = pressFacts({ plan: { type: 'ke-hoach', number: '04/KH-HĐTĐKT', date: '2021-04-20', issuer: 'Hội đồng' }, period: { from: 2021, to: 2025 }, organiser: 'Hội đồng' }, p, '2026-11-23');
    expect(facts[0]).toBe('Kế hoạch số 04/KH-HĐTĐKT ngày 20/4/2021 của Hội đồng.');
    expect(facts[2]).toContain('Tính đến ngày 23/11/2026, trang đã công bố 1 sáng kiến');
    expect(facts[2]).toContain('1 lần tặng Bằng “Sáng kiến Thủ đô”');
  });
});
