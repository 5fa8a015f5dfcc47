/** The yearly review's figures, the change sentences, the tile map and the facet trend: pure functions, checked without a build. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReview, changeOf, countByArea, changeSentence, changeText, type ReviewCampaign, type ReviewInitiative, type ReviewUnit } from '../../../src/lib/stats/review.ts';
import { layoutTileMap, shadeClasses, shadeOf, tileMapData } from '../../../src/lib/charts/tile-map.ts';
import { recognitionsPerYear } from '../../../src/lib/charts/specs.ts';

describe('changeOf and the change sentence', () => {
  it('writes the change from the year before as words and numbers', () => {
    expect(changeSentence('initiatives', 2023, 12, changeOf(12, 9))).toBe('Năm 2023: 12 sáng kiến được công nhận, tăng 3 so với năm 2022 (9), tức tăng 33,3%.');
    expect(changeSentence('recognitions', 2024, 5, changeOf(5, 20))).toBe('Năm 2024: 5 lượt công nhận, giảm 15 so với năm 2023 (20), tức giảm 75%.');
    expect(changeSentence('modelUnits', 2022, 4, changeOf(4, 0))).toBe('Năm 2022: 4 đơn vị điển hình mới, tăng 4 so với năm 2021 (0).');
    expect(changeSentence('units', 2022, 3, changeOf(3, 3))).toBe('Năm 2022: 3 đơn vị có sáng kiến được công nhận, không đổi so với năm 2021.');
    expect(changeSentence('cityLevel', 2021, 2, changeOf(2, undefined))).toBe(
      'Năm 2021: 2 sáng kiến được công nhận cấp thành phố trở lên; đây là năm đầu của giai đoạn, không có năm trước để so sánh.',
    );
    expect(changeSentence('initiatives', 2025, 1234, changeOf(1234, 1000))).toContain('1.234 sáng kiến');
    expect(changeText(changeOf(7, 4))).toBe('tăng 3 (75%)');
    expect(changeText(changeOf(0, 4))).toBe('giảm 4 (100%)');
    expect(changeText(changeOf(2, 0))).toBe('tăng 2');
  });

  it('is consistent for any pair: previous + signed delta = current', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (now, before) => {
        const c = changeOf(now, before);
        if (c.direction === 'same') expect(now).toBe(before);
        else if (c.direction === 'up') expect(before + c.delta).toBe(now);
        else if (c.direction === 'down') expect(before - c.delta).toBe(now);
        else throw new Error('a previous value was given');
      }),
    );
  });
});

const step = (year: number, level: ReviewInitiative['recognitions'][number]['level'], award: ReviewInitiative['recognitions'][number]['award'], n: number) => ({
  level,
  award,
  year,
  decisionNumber: `${n}/QĐ-UBND`,
  decisionDate: `${year}-0${(n % 9) + 1}-15`,
  issuer: 'UBND',
});
const initiative = (id: string, campaign: string, area: string, unitId: string, recognitions: ReviewInitiative['recognitions'], status: ReviewInitiative['status'], demo = false): ReviewInitiative => ({
  id,
  title: `Sáng kiến ${id}`,
  field: 'chuyen-doi-so',
  area,
  holder: 'tap-the',
  campaign,
  unit: unitId,
  unitNameAtRecognition: `Đơn vị ${unitId}`,
  demo,
  recognitions,
  status,
});
const applied = (verifiedAt: string) => ({ state: 'dang-ap-dung' as const, verifiedAt, replicatedBy: [] });
const city: ReviewCampaign = { id: 'tp', area: 'toan-thanh-pho', cityWide: true, period: { from: 2021, to: 2023 }, targets: [] };
const district: ReviewCampaign = {
  id: 'lb',
  parent: 'tp',
  area: 'long-bien',
  cityWide: false,
  period: { from: 2021, to: 2023 },
  targets: [
    { label: 'Thành phố công nhận', value: '1–2 sáng kiến', source: 'KH 19, mục II', metric: 'thanh-pho-moi-nam' },
    { label: 'Áp dụng', value: 'Ít nhất 50%', source: 'KH 19, mục II', metric: 'ty-le-ap-dung' },
    { label: 'Đăng ký', value: '100%', source: 'KH 19, mục II' },
  ],
};
const items: ReviewInitiative[] = [
  initiative('a', 'lb', 'long-bien', 'u1', [step(2021, 'co-so', 'giay-chung-nhan', 1), step(2022, 'thanh-pho', 'bang-khen', 2)], applied('2026-01-10')),
  initiative('b', 'lb', 'long-bien', 'u2', [step(2022, 'co-so', 'giay-khen', 3)], { state: 'tam-dung', verifiedAt: '2026-02-01', replicatedBy: [] }, true),
  initiative('c', 'tp', 'dong-da', 'u3', [step(2022, 'thanh-pho', 'bang-khen', 4), step(2023, 'sang-kien-thu-do', 'bang-sang-kien-thu-do', 5)], applied('2024-01-01')),
  initiative('d', 'other', 'long-bien', 'u1', [step(2022, 'co-so', 'giay-khen', 6)], applied('2026-01-10')),
];
const units: ReviewUnit[] = [
  { id: 'u1', name: 'Phường A', area: 'long-bien', demo: false, modelRecognitions: [{ title: 'Điển hình', year: 2022, award: 'bang-khen', decisionNumber: '9/QĐ', decisionDate: '2023-01-05', issuer: 'UBND' }] },
  { id: 'u3', name: 'Sở B', area: 'dong-da', demo: true, modelRecognitions: [{ title: 'Điển hình', year: 2022, award: 'bang-khen', decisionNumber: '8/QĐ', decisionDate: '2023-01-04', issuer: 'UBND' }] },
];
const input = (campaign: ReviewCampaign) => ({ campaign, campaigns: [city, district, { id: 'other' }], initiatives: items, units, asOf: '2026-06-30' });

describe('buildReview', () => {
  it('counts a district plan’s year from its own initiatives and model units of its area', () => {
    const r = buildReview(input(district), 2022);
    expect(r.figures).toEqual({ initiatives: 2, recognitions: 2, cityLevel: 1, capitalAward: 0, units: 2, modelUnits: 1 });
    expect(r.changes.initiatives).toEqual({ direction: 'up', previous: 1, delta: 1, ratio: 1 });
    expect(r.winners.map((w) => [w.id, w.decisionNumber])).toEqual([['a', '2/QĐ-UBND']]);
    // a: applied and verified within 12 months of 30/6/2026; b: paused.
    expect(r.replication).toMatchObject({ applied: 1, total: 2, share: 0.5, target: { min: 50, verdict: 'met' } });
    expect(r.targets.map((t) => t.result.kind)).toEqual(['cityPerYear', 'applied', 'notMeasured']);
    expect(r.targets[0]!.result).toEqual({ kind: 'cityPerYear', years: [{ year: 2022, count: 1, verdict: 'met' }] });
    expect(r.demoRecords).toBe(1);
    expect([...countByArea(r.items)]).toEqual([['long-bien', 2]]);
  });

  it('counts the city campaign with the plans below it, every unit, and leaves per-district targets to the districts', () => {
    const r = buildReview(input({ ...city, targets: district.targets }), 2022);
    expect(r.figures).toEqual({ initiatives: 3, recognitions: 3, cityLevel: 2, capitalAward: 0, units: 3, modelUnits: 2 });
    expect(r.targets[0]!.result).toEqual({ kind: 'perDistrict' });
    // c was last verified on 1/1/2024: more than 12 months before the as-of date.
    expect(r.replication).toMatchObject({ applied: 1, total: 3 });
    expect(r.demoRecords).toBe(2);
  });

  it('has nothing to compare the first year with, and the period review lists each year with its change', () => {
    expect(buildReview(input(district), 2021).changes.initiatives).toEqual({ direction: 'none' });
    const period = buildReview(input(district));
    expect(period.scope).toEqual({ from: 2021, to: 2023 });
    expect(period.figures.initiatives).toBe(2);
    expect(period.figures.recognitions).toBe(3);
    expect(period.years.map((y) => [y.year, y.figures.initiatives, y.changes.initiatives.direction])).toEqual([
      [2021, 1, 'none'],
      [2022, 2, 'up'],
      [2023, 0, 'down'],
    ]);
  });
});

describe('the tile map', () => {
  it('splits 1…max into at most three contiguous classes after "none"', () => {
    fc.assert(
      fc.property(fc.nat(100_000), (max) => {
        const classes = shadeClasses(max);
        expect(classes[0]).toEqual({ index: 0, min: 0, max: 0 });
        expect(classes.length).toBeLessThanOrEqual(4);
        for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
        expect(classes.at(-1)!.max).toBe(max);
        // Monotonic: more never shades lighter.
        const a = Math.floor(max / 3);
        expect(shadeOf(max, classes)).toBeGreaterThanOrEqual(shadeOf(a, classes));
      }),
    );
    expect(shadeClasses(18).map((c) => [c.min, c.max])).toEqual([[0, 0], [1, 6], [7, 12], [13, 18]]);
    expect(shadeClasses(2).map((c) => [c.min, c.max])).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  it('places tiles by row and column and keeps the whole city off the grid', () => {
    const areas = [
      { id: 'toan-thanh-pho', label: 'Toàn thành phố', kind: 'toan-thanh-pho' },
      { id: 'b', label: 'Bắc', kind: 'huyen', short: 'B', tile: { row: 0, col: 1 } },
      { id: 'n', label: 'Nam', kind: 'quan', short: 'N', tile: { row: 2, col: 1 } },
      { id: 't', label: 'Tây', kind: 'quan', short: 'T', tile: { row: 1, col: 0 } },
    ];
    const data = tileMapData(areas, new Map([['n', 5], ['toan-thanh-pho', 2], ['t', 1]]));
    const at = new Map(data.layout.tiles.map((t) => [t.id, t]));
    expect(at.get('b')!.y).toBeLessThan(at.get('t')!.y);
    expect(at.get('t')!.x).toBeLessThan(at.get('n')!.x);
    expect(at.get('b')!.x).toBe(at.get('n')!.x);
    expect(at.has('toan-thanh-pho')).toBe(false);
    expect(data.city).toEqual({ id: 'toan-thanh-pho', label: 'Toàn thành phố', value: 2 });
    expect(data.rows).toEqual([{ id: 'n', label: 'Nam', value: 5 }, { id: 't', label: 'Tây', value: 1 }]);
    expect(data.empty).toEqual(['Bắc']);
    expect(data.summary).toBe('2 địa bàn có sáng kiến; nhiều nhất là Nam: 5 sáng kiến.');
    expect(layoutTileMap([], new Map()).tiles).toEqual([]);
  });
});

describe('recognitionsPerYear', () => {
  it('counts steps per round year, zeros included, years outside the axis left out', () => {
    expect(recognitionsPerYear(items, [2021, 2022, 2023, 2024])).toEqual([
      { year: 2021, value: 1 },
      { year: 2022, value: 4 },
      { year: 2023, value: 1 },
      { year: 2024, value: 0 },
    ]);
    expect(recognitionsPerYear(items, [2022])).toEqual([{ year: 2022, value: 4 }]);
  });
});
