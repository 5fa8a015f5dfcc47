/**
 * Every fixed controlled vocabulary of the site, defined once with its Vietnamese label.
 * Schemas take their enums from here; badges, filters, exports and structured data take
 * their labels from here. Fields (lĩnh vực) and areas (địa bàn) are editors' data and live
 * in `content/fields.yaml` and `content/areas.yaml` (see `src/lib/content/taxonomy.ts`).
 */

/** A vocabulary: ordered map of stable ASCII value → Vietnamese label. */
export type Vocabulary<K extends string> = ReadonlyMap<K, string>;

function vocabulary<const K extends string>(entries: readonly (readonly [K, string])[]): Vocabulary<K> {
  return new Map(entries);
}

/** The values of a vocabulary, as the tuple `z.enum()` needs. */
export function valuesOf<K extends string>(v: Vocabulary<K>): [K, ...K[]] {
  return [...v.keys()] as [K, ...K[]];
}

/** Label of a value, or the value itself if unknown (never throws in templates). */
export function labelOf<K extends string>(v: Vocabulary<K>, value: K | string): string {
  return (v as ReadonlyMap<string, string>).get(value) ?? value;
}

/** Recognition levels, lowest first: the ladder of an initiative. */
export const LEVELS = vocabulary([
  ['co-so', 'Cấp cơ sở'],
  ['cap-huyen', 'Cấp quận, huyện, sở, ngành'],
  ['thanh-pho', 'Cấp thành phố'],
  ['sang-kien-thu-do', 'Bằng “Sáng kiến Thủ đô”'],
] as const);
export type Level = typeof LEVELS extends Vocabulary<infer K> ? K : never;

/** Rank of a level on the ladder (0 = base unit). */
export function levelRank(level: Level): number {
  return valuesOf(LEVELS).indexOf(level);
}

/** Awards that go with a recognition. */
export const AWARDS = vocabulary([
  ['giay-chung-nhan', 'Giấy chứng nhận sáng kiến'],
  ['giay-khen', 'Giấy khen'],
  ['bang-khen', 'Bằng khen'],
  ['bang-sang-kien-thu-do', 'Bằng “Sáng kiến Thủ đô”'],
] as const);
export type Award = typeof AWARDS extends Vocabulary<infer K> ? K : never;

/** Which awards each level can give (Long Biên Plan 19/KH-HĐTĐKT, part III; QĐ 19/2018/QĐ-UBND). */
export const AWARDS_BY_LEVEL: Readonly<Record<Level, readonly Award[]>> = {
  'co-so': ['giay-chung-nhan', 'giay-khen'],
  'cap-huyen': ['giay-chung-nhan', 'giay-khen'],
  'thanh-pho': ['giay-chung-nhan', 'bang-khen'],
  'sang-kien-thu-do': ['bang-sang-kien-thu-do'],
};

/** Whether an initiative is still in use. */
export const STATUSES = vocabulary([
  ['dang-ap-dung', 'Đang áp dụng'],
  ['nhan-rong', 'Đã nhân rộng'],
  ['tam-dung', 'Tạm dừng'],
  ['ngung-ap-dung', 'Ngừng áp dụng'],
] as const);
export type Status = typeof STATUSES extends Vocabulary<infer K> ? K : never;

/** Who holds the initiative. */
export const HOLDERS = vocabulary([
  ['ca-nhan', 'Cá nhân'],
  ['tap-the', 'Tập thể'],
] as const);
export type Holder = typeof HOLDERS extends Vocabulary<infer K> ? K : never;

/** Kinds of unit (đơn vị). */
export const UNIT_KINDS = vocabulary([
  ['so-nganh', 'Sở, ban, ngành thành phố'],
  ['quan-huyen', 'UBND quận, huyện, thị xã'],
  ['phuong-xa', 'UBND phường, xã, thị trấn'],
  ['truong-hoc', 'Trường học'],
  ['y-te', 'Cơ sở y tế'],
  ['su-nghiep', 'Đơn vị sự nghiệp'],
  ['doanh-nghiep', 'Doanh nghiệp'],
  ['doan-the', 'Mặt trận, đoàn thể'],
] as const);
export type UnitKind = typeof UNIT_KINDS extends Vocabulary<infer K> ? K : never;

/** Kinds of campaign milestone. */
export const MILESTONE_KINDS = vocabulary([
  ['phat-dong', 'Phát động'],
  ['danh-gia', 'Sơ kết, tổng kết'],
  ['han-chot', 'Hạn chót'],
  ['le-trao', 'Lễ trao thưởng'],
] as const);
export type MilestoneKind = typeof MILESTONE_KINDS extends Vocabulary<infer K> ? K : never;

/** Kinds of Vietnamese administrative document, with the abbreviation used in document numbers. */
export const DOCUMENT_TYPES = vocabulary([
  ['ke-hoach', 'Kế hoạch'],
  ['quyet-dinh', 'Quyết định'],
  ['chi-thi', 'Chỉ thị'],
  ['nghi-dinh', 'Nghị định'],
  ['thong-tu', 'Thông tư'],
  ['chuong-trinh', 'Chương trình'],
  ['luat', 'Luật'],
  ['cong-van', 'Công văn'],
  ['bao-cao', 'Báo cáo'],
  ['bai-bao', 'Bài báo'],
] as const);
export type DocumentType = typeof DOCUMENT_TYPES extends Vocabulary<infer K> ? K : never;

/** Kinds of area (địa bàn). */
export const AREA_KINDS = vocabulary([
  ['quan', 'Quận'],
  ['huyen', 'Huyện'],
  ['thi-xa', 'Thị xã'],
  ['toan-thanh-pho', 'Toàn thành phố'],
] as const);
export type AreaKind = typeof AREA_KINDS extends Vocabulary<infer K> ? K : never;

/**
 * Whether an area is the whole city (departments not under any district) rather than a district: a campaign there is
 * the city's, whose per-district targets are measured on the districts' own plans; it has no tile on the map.
 */
export function isCityWide(area: { kind: string }): boolean {
  return area.kind === 'toan-thanh-pho';
}
