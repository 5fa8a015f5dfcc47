import { describe, expect, it } from 'vitest';
import { byNewestRecognition, highestRecognition, isEmbargoed, ladder, unitNameAt } from '../../../src/lib/content/model.ts';
import { findPersonalData } from '../../../src/lib/content/privacy.ts';
import { ladderProblems, type Recognition } from '../../../src/schemas/initiative.ts';
import { homeFigures } from '../../../src/lib/stats/figures.ts';

const step = (level: Recognition['level'], decisionDate: string): Recognition => ({
  level,
  award: level === 'sang-kien-thu-do' ? 'bang-sang-kien-thu-do' : 'giay-chung-nhan',
  decisionNumber: '1/QĐ',
  decisionDate,
  issuer: 'X',
  year: Number(decisionDate.slice(0, 4)),
});

describe('recognition ladder', () => {
  it('orders steps from the base level up and finds the highest', () => {
    const steps = [step('thanh-pho', '2023-03-01'), step('co-so', '2022-06-01'), step('cap-huyen', '2022-10-01')];
    expect(ladder(steps).map((s) => s.level)).toEqual(['co-so', 'cap-huyen', 'thanh-pho']);
    expect(highestRecognition(steps).level).toBe('thanh-pho');
  });

  it('reports a higher level dated before a lower one, and a repeated level', () => {
    expect(ladderProblems([step('co-so', '2022-06-01'), step('cap-huyen', '2022-10-01')])).toEqual([]);
    expect(ladderProblems([step('co-so', '2022-06-01'), step('thanh-pho', '2022-01-01')])[0]?.message).toMatch(/Thứ tự công nhận sai/);
    expect(ladderProblems([step('co-so', '2022-06-01'), step('co-so', '2023-06-01')])[0]?.message).toMatch(/xuất hiện hai lần/);
  });

  it('sorts by newest decision, then Vietnamese title, then id', () => {
    const a = { id: 'a', data: { title: 'Đ', recognitions: [step('co-so', '2022-01-01')] } };
    const b = { id: 'b', data: { title: 'D', recognitions: [step('co-so', '2022-01-01')] } };
    const c = { id: 'c', data: { title: 'A', recognitions: [step('co-so', '2024-01-01')] } };
    expect([a, b, c].sort(byNewestRecognition).map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('publication rules', () => {
  it('hides records until their embargo date', () => {
    expect(isEmbargoed({ embargoUntil: '2027-01-15' }, '2026-11-23')).toBe(true);
    expect(isEmbargoed({ embargoUntil: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isEmbargoed({}, '2026-11-23')).toBe(false);
  });

  it('gives the name a unit had at a date', () => {
    const unit = { name: 'UBND phường Việt Hưng', formerNames: [{ name: 'UBND phường Giang Biên', until: '2025-06-30' }] };
    expect(unitNameAt(unit, '2024-05-01')).toBe('UBND phường Giang Biên');
    expect(unitNameAt(unit, '2025-06-30')).toBe('UBND phường Giang Biên');
    expect(unitNameAt(unit, '2025-07-01')).toBe('UBND phường Việt Hưng');
  });

  it('computes home figures from records', () => {
    const rec = (levels: Recognition['level'][], replicatedBy: string[] = []) => ({ recognitions: levels.map((l) => step(l, '2023-01-01')), status: { state: 'dang-ap-dung', replicatedBy } });
    const f = homeFigures([rec(['co-so']), rec(['co-so', 'thanh-pho'], ['u']), rec(['sang-kien-thu-do'])], [1, 2]);
    expect(f).toEqual({ initiatives: 3, cityLevel: 2, capitalAward: 1, units: 2, replicated: 1 });
  });
});

describe('personal data detection', () => {
  it.each([
    ['0912345678', 'phone'],
    ['0912 345 678', 'phone'],
    ['+84 912.345.678', 'phone'],
    ['CCCD 001085012345', 'id-number'],
    ['CMND: 012345678', 'id-number'],
  ])('finds %s', (text, kind) => expect(findPersonalData(text)).toBe(kind));

  it.each(['Quyết định 1234/QĐ-UBND', 'Kế hoạch 04/KH-HĐTĐKT', 'năm 2023', '6.900 lượt', 'giảm 35%', '120.000.000 đồng'])('leaves %s alone', (text) =>
    expect(findPersonalData(text)).toBeNull(),
  );
});
