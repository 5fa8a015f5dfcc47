/** Chart geometry, CSV and chart specs (src/lib/charts/): pure functions, checked without a build. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutBars } from '../../../src/lib/charts/bars.ts';
import { layoutStackedColumns, layoutTargetColumns } from '../../../src/lib/charts/columns.ts';
import { layoutNetwork } from '../../../src/lib/charts/network.ts';
import { fitLabel } from '../../../src/lib/charts/text.ts';
import { chartCsv } from '../../../src/lib/charts/table.ts';
import { BOM } from '../../../src/lib/text/csv.ts';
import { chartedTargets, cityPerYearTarget, joinVi, targetSummary, verdict } from '../../../src/lib/charts/target.ts';
import { buildStatsCharts, CHART_IDS, type StatsInput } from '../../../src/lib/charts/specs.ts';

describe('layoutBars', () => {
  it('draws bar lengths proportional to values, inside the chart, rows top to bottom, labels fitted, parts inside their bar', () => {
    // Labels on both sides of what fits the default 360 px at 13 px (360 / (13 × 0.56) = 49.4: 49 characters),
    // and parts from 0 to more than their value.
    const label = fc.string({ unit: fc.constantFrom(...'Sáng kiến Hà Nội thủy lợi '.split('')), maxLength: 70 });
    const row = fc.record({ value: fc.integer({ min: 0, max: 10_000 }), label, part: fc.option(fc.nat(10_010), { nil: undefined }) });
    const seen = { cut: 0, kept: 0 };
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const values = rows.map((r) => r.value);
        const layout = layoutBars(rows.map((r, i) => ({ id: `r${i}`, label: r.label, value: r.value, ...(r.part === undefined ? {} : { part: r.part }) })));
        const max = Math.max(...values);
        layout.bars.forEach((b, i) => {
          const { label: full, part } = rows[i]!;
          if (full.length <= 49) {
            seen.kept++;
            expect(b.label).toBe(full);
          } else {
            seen.cut++;
            expect(b.label.endsWith('…')).toBe(true);
            expect(b.label.length).toBeLessThanOrEqual(49);
            expect(full.startsWith(b.label.slice(0, -1))).toBe(true);
          }
          if (part === undefined) expect(b.partWidth).toBeUndefined();
          else expect(b.partWidth).toBeCloseTo(b.barWidth * (b.value === 0 ? 0 : Math.min(part, b.value) / b.value), 6);
          expect(b.barWidth).toBeGreaterThanOrEqual(0);
          expect(b.valueX + 6 * String(b.value).length).toBeLessThanOrEqual(layout.width + 1);
          if (max > 0) expect(b.barWidth / layout.bars.find((x) => x.value === max)!.barWidth).toBeCloseTo(values[i]! / max, 6);
          if (i > 0) expect(b.barY).toBeGreaterThan(layout.bars[i - 1]!.barY);
          expect(b.barY + layout.barHeight).toBeLessThanOrEqual(layout.height);
        });
        expect(layout.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
      }),
    );
    expect(seen.cut).toBeGreaterThan(0);
    expect(seen.kept).toBeGreaterThan(0);
  });
  it('draws a part inside its bar', () => {
    const [bar] = layoutBars([{ id: 'a', label: 'A', value: 10, part: 4 }]).bars;
    expect(bar!.partWidth! / bar!.barWidth).toBeCloseTo(0.4, 6);
  });
});

describe('layoutStackedColumns', () => {
  it('stacks segments without gaps, column height follows the total, zero segments are left out', () => {
    const layout = layoutStackedColumns(
      [
        { label: '2021', values: [3, 0, 2] },
        { label: '2022', values: [1, 1, 1] },
      ],
      ['a', 'b', 'c'],
    );
    const [c1, c2] = layout.columns;
    expect(c1!.segments.map((s) => s.key)).toEqual(['a', 'c']);
    expect(c1!.segments[1]!.y + c1!.segments[1]!.height).toBeCloseTo(c1!.segments[0]!.y, 6);
    expect(c1!.segments[0]!.y + c1!.segments[0]!.height).toBeCloseTo(layout.bottom, 6);
    expect((layout.bottom - c1!.top) / (layout.bottom - c2!.top)).toBeCloseTo(5 / 3, 6);
    expect(c1!.top).toBeGreaterThanOrEqual(layout.top);
    expect(c2!.x).toBeGreaterThan(c1!.x + c1!.width);
  });
});

describe('layoutTargetColumns', () => {
  it('places the band between min and max and marks columns that reach the minimum', () => {
    const layout = layoutTargetColumns(
      [
        { label: '2021', value: 0 },
        { label: '2022', value: 4 },
        { label: '2023', value: 7 },
      ],
      { min: 3, max: 5 },
    );
    expect(layout.columns.map((c) => c.met)).toEqual([false, true, true]);
    expect(layout.band.yMax).toBeLessThan(layout.band.yMin);
    const unit = (layout.bottom - layout.columns[1]!.y) / 4;
    expect(layout.bottom - layout.band.yMin).toBeCloseTo(3 * unit, 6);
    expect(layout.bottom - layout.band.yMax).toBeCloseTo(5 * unit, 6);
    expect(layout.columns[0]!.height).toBe(0);
  });
});

describe('layoutNetwork', () => {
  it('draws one dot per unit, grouped by area, hollow for the same area, and caps rows', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      id: `s${i}`,
      title: `Sáng kiến ${i}`,
      area: 'long-bien',
      units: [
        { id: 'a', area: 'long-bien' },
        { id: 'b', area: 'ba-vi' },
        { id: 'c', area: 'ba-vi' },
      ],
      areas: [{ id: 'ba-vi' }, { id: 'long-bien' }],
    }));
    const layout = layoutNetwork(items);
    expect(layout.rows).toHaveLength(15);
    expect(layout.hidden).toBe(5);
    const row = layout.rows[0]!;
    expect(row.dots.map((d) => d.sameArea)).toEqual([false, false, true]);
    const gaps = row.dots.slice(1).map((d, i) => d.cx - row.dots[i]!.cx);
    expect(gaps[1]).toBeGreaterThan(gaps[0]!); // a gap between areas
  });
  it('counts units that do not fit as "more"', () => {
    const units = Array.from({ length: 60 }, (_, i) => ({ id: `u${i}`, area: `a${i}` }));
    const [row] = layoutNetwork([{ id: 'x', title: 'X', area: 'z', units, areas: units.map((u) => ({ id: u.area })) }]).rows;
    expect(row!.dots.length + row!.more).toBe(60);
    expect(row!.more).toBeGreaterThan(0);
    expect(Math.max(...row!.dots.map((d) => d.cx))).toBeLessThan(360);
  });
});

describe('fitLabel', () => {
  it('keeps short labels and shortens long ones with an ellipsis at a word boundary', () => {
    expect(fitLabel('Y tế', 300, 13)).toBe('Y tế');
    const long = 'Ngân hàng đề kiểm tra trực tuyến môn Toán có phản hồi tự động cho học sinh THCS';
    const short = fitLabel(long, 200, 13);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short.length).toBeLessThanOrEqual(Math.floor(200 / (13 * 0.56)));
  });
});

describe('chartCsv', () => {
  it('writes a BOM, CRLF lines, quotes cells with commas or quotes, and keeps CSV-only columns', () => {
    const csv = chartCsv({
      columns: [{ key: 'ma', label: 'Mã', csvOnly: true }, { key: 'ten', label: 'Tên' }, { key: 'n', label: 'Số', numeric: true }],
      rows: [{ cells: ['a', 'Cấp quận, huyện', 1200] }, { cells: ['b', 'Bằng “Sáng kiến” "x"', 3] }],
      totals: ['', 'Tổng', 1203],
    });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Mã,Tên,Số', 'a,"Cấp quận, huyện",1200', 'b,"Bằng “Sáng kiến” ""x""",3', ',Tổng,1203', '']);
  });
  it('writes NFC text', () => {
    const nfd = 'Đống Đa'.normalize('NFD');
    expect(chartCsv({ columns: [{ key: 'a', label: nfd }], rows: [] })).toBe(`${BOM}Đống Đa\r\n`);
  });
});

describe('which targets get a chart', () => {
  const perYear = { label: 'Sáng kiến cấp thành phố mỗi năm', value: '3–5 sáng kiến', source: 'Kế hoạch số 19/KH-HĐTĐKT, mục II.2.b', metric: 'thanh-pho-moi-nam' };
  const applied = { label: 'Tỷ lệ áp dụng', value: 'Tối thiểu 70%', source: 'Kế hoạch', metric: 'ty-le-ap-dung' };
  const words = { label: 'Mỗi đơn vị', value: 'ít nhất một sáng kiến', source: 'Kế hoạch', metric: 'thanh-pho-moi-nam' };
  const unmeasured = { label: 'Tuyên truyền', value: '100% đơn vị', source: 'Kế hoạch' };

  it('a per-year city-level target with a number is measured, with its band, text and source', () => {
    expect(cityPerYearTarget(perYear)).toEqual({ min: 3, max: 5, label: '3–5 sáng kiến', source: 'Kế hoạch số 19/KH-HĐTĐKT, mục II.2.b' });
    expect(cityPerYearTarget(applied)).toBeUndefined();
    expect(cityPerYearTarget(words)).toBeUndefined();
    expect(cityPerYearTarget(unmeasured)).toBeUndefined();
  });

  it('a district plan draws its per-year targets; the city-wide campaign, which only quotes them, draws none', () => {
    const targets = [unmeasured, perYear, applied, words];
    expect(chartedTargets({ districtPlan: true, targets })).toEqual([{ label: perYear.label, target: { min: 3, max: 5, label: '3–5 sáng kiến', source: perYear.source } }]);
    expect(chartedTargets({ districtPlan: false, targets })).toEqual([]);
  });
});

describe('targets', () => {
  const target = { min: 3, max: 5, label: '3–5 sáng kiến', source: 'Kế hoạch 19/KH-HĐTĐKT' };
  it('says below, within or above', () => {
    expect([2, 3, 5, 6].map((v) => verdict(v, target))).toEqual(['notMet', 'met', 'met', 'above']);
    expect(verdict(100, { min: 15 })).toBe('met');
  });
  it('summarises how many years reached it and the best year(s)', () => {
    expect(
      targetSummary(
        [
          { year: 2021, value: 1 },
          { year: 2022, value: 4 },
          { year: 2023, value: 4 },
        ],
        target,
      ),
    ).toBe('Đạt chỉ tiêu “3–5 sáng kiến” trong 2 trên 3 năm; cao nhất năm 2022 và 2023: 4 sáng kiến.');
    expect(joinVi(['a', 'b', 'c'])).toBe('a, b và c');
  });
});

describe('buildStatsCharts', () => {
  const input: StatsInput = {
    initiatives: [
      {
        id: 'a', title: 'A', field: 'y-te', area: 'long-bien', holder: 'tap-the', campaign: 'lb',
        recognitions: [
          { level: 'co-so', award: 'giay-khen', year: 2022, decisionDate: '2022-05-01' },
          { level: 'thanh-pho', award: 'bang-khen', year: 2022, decisionDate: '2023-01-10' },
        ],
        status: { state: 'nhan-rong', verifiedAt: '2026-01-01', replicatedBy: ['u1'] },
      },
      {
        id: 'b', title: 'B', field: 'giao-duc', area: 'dong-da', holder: 'ca-nhan', campaign: 'hn',
        recognitions: [{ level: 'co-so', award: 'giay-chung-nhan', year: 2023, decisionDate: '2023-04-01' }],
        status: { state: 'tam-dung', verifiedAt: '2024-01-01', replicatedBy: [] },
      },
    ],
    units: [{ id: 'u1', name: 'Trường X', area: 'dong-da' }],
    fields: [{ id: 'y-te', label: 'Y tế' }, { id: 'giao-duc', label: 'Giáo dục và đào tạo' }],
    areas: [{ id: 'long-bien', label: 'Long Biên' }, { id: 'dong-da', label: 'Đống Đa' }, { id: 'toan-thanh-pho', label: 'Toàn thành phố' }],
    campaigns: [
      { id: 'lb', parent: 'hn', shortTitle: 'Long Biên', area: 'long-bien', districtPlan: true, period: { from: 2021, to: 2023 }, targets: [{ label: 'x', value: '3–5 sáng kiến', source: 'KH 19', metric: 'thanh-pho-moi-nam' }] },
      { id: 'hn', shortTitle: 'Hà Nội', area: 'toan-thanh-pho', districtPlan: false, period: { from: 2021, to: 2025 }, targets: [{ label: 'x', value: '3–5 sáng kiến', source: 'KH 19', metric: 'thanh-pho-moi-nam' }] },
    ],
    today: '2026-11-23',
  };
  const charts = buildStatsCharts(input);
  const byId = new Map(charts.map((c) => [c.id, c]));

  it('has every chart, with unique ids, and a progress chart only for the district plan', () => {
    expect(charts.map((c) => c.id)).toEqual([
      CHART_IDS.byYear, CHART_IDS.byField, CHART_IDS.byArea, CHART_IDS.byAward, CHART_IDS.byStatus, CHART_IDS.byHolder, CHART_IDS.network, CHART_IDS.progress('lb'),
    ]);
  });
  it('counts city-level recognitions per year of the district plan as the campaign page does', () => {
    const progress = byId.get(CHART_IDS.progress('lb'))!;
    expect(progress.kind === 'target' && progress.series).toEqual([
      { year: 2021, value: 0 },
      { year: 2022, value: 1 },
      { year: 2023, value: 0 },
    ]);
  });
  it('writes summary sentences from the data, naming every tie', () => {
    expect(byId.get(CHART_IDS.byYear)!.summary).toBe('Năm 2022 có nhiều lượt công nhận nhất: 2 lượt, trong đó 1 lượt cấp thành phố trở lên.');
    expect(byId.get(CHART_IDS.byField)!.summary).toBe('Giáo dục và đào tạo và Y tế có nhiều sáng kiến nhất: 1 trên tổng số 2 sáng kiến.');
    expect(byId.get(CHART_IDS.byStatus)!.summary).toBe('1 trên 2 sáng kiến đang áp dụng hoặc đã nhân rộng; 1 sáng kiến (50%) được xác minh tình trạng trong 12 tháng qua.');
    expect(byId.get(CHART_IDS.network)!.summary).toContain('lan rộng nhất là “A”: 1 đơn vị ở 1 địa bàn');
  });
  it('links table rows to the facet pages', () => {
    expect(byId.get(CHART_IDS.byYear)!.table.rows.map((r) => r.href)).toEqual(['/nam/2022/', '/nam/2023/']);
    expect(byId.get(CHART_IDS.byArea)!.table.rows.map((r) => r.href)).toEqual(['/dia-ban/dong-da/', '/dia-ban/long-bien/']);
    expect(byId.get(CHART_IDS.byField)!.table.rows.map((r) => r.href)).toEqual(['/linh-vuc/giao-duc/', '/linh-vuc/y-te/']);
  });
  it('says "no data" instead of inventing a leader when there are no records', () => {
    const empty = buildStatsCharts({ ...input, initiatives: [] });
    for (const c of empty.filter((c) => c.kind !== 'target')) expect(c.summary, c.id).toBe('Chưa có dữ liệu.');
  });
});
