/**
 * `npm run generate -- --count 10000 --seed 42 --out .tmp/content-10k`
 *
 * Writes a complete synthetic content directory for tests and benchmarks: fields.yaml, areas.yaml and
 * the campaigns copied from content/, `--units` units (default count/10, at least 12; about a third with
 * former names), `--count` initiatives as `.md` (every field, area, level, award, status and holder; long
 * titles with every Vietnamese diacritic and đ; some revoked; some without photo, some with several), an
 * image pool copied from content/images/demo/ and one exhibition. Every record has `demo: true`.
 * The output depends only on the options: same seed, same bytes. Build it with CONTENT_DIR=<out>.
 * `appendInitiatives` adds further initiatives to such a directory, as an import would (used by `npm run bench`).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { AWARDS_BY_LEVEL, HOLDERS, LEVELS, STATUSES, UNIT_KINDS, valuesOf } from '../src/vocabulary.ts';
import { slugify } from '../src/lib/text/text.ts';
import { WORD_LIST_FILE } from '../src/lib/vietnamese/spelling.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'content');

export interface GenerateOptions {
  count: number;
  seed: number;
  out: string;
  units?: number;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Đổi mới quy trình tiếp nhận hồ sơ một cửa',
  'Ứng dụng bản đồ số quản lý hạ tầng kỹ thuật',
  'Giải pháp tiết kiệm điện năng cho trường học',
  'Mô hình phân loại rác thải tại nguồn ở khu dân cư',
  'Hệ thống nhắc lịch tiêm chủng và khám sức khỏe định kỳ',
  'Phương pháp dạy đọc hiểu bằng sân khấu hóa',
  'Cải tiến máy cắt phôi tự động trong xưởng cơ khí',
  'Điều chỉnh chu kỳ đèn tín hiệu theo lưu lượng xe',
  'Số hóa hiện vật và thuyết minh tự động tại nhà văn hóa',
  'Liên kết tiêu thụ nông sản an toàn qua gian hàng điện tử',
  'Quy trình ứng cứu sự cố cháy nổ tại hộ kinh doanh',
  'Tổ tư vấn thủ tục hành chính lưu động cho người cao tuổi',
];
/** Qualifiers chosen so that, together, titles use every Vietnamese vowel with every tone, and đ/Đ. */
const QUALIFIERS = [
  'để người dân được phục vụ nhanh hơn, đỡ đi lại nhiều lần',
  'ở phường, xã sau sắp xếp đơn vị hành chính ngày 1/7/2025',
  'kết hợp với ý kiến góp ý của tổ dân phố và hội phụ nữ',
  'giúp giảm thời gian xử lý, tiết kiệm chi phí, nâng cao chất lượng',
  'từ kinh nghiệm thực tế của đội ngũ cán bộ, công chức trẻ',
  'với sự tham gia của học sinh, giáo viên và cha mẹ học sinh',
  'áp dụng thử nghiệm tại Đống Đa, Hoàn Kiếm, Sơn Tây, Ứng Hòa',
  'đảm bảo an toàn, dễ nhân rộng, phù hợp điều kiện Thủ đô',
  'ưu tiên người khuyết tật, người yếu thế và trẻ em',
  'ghi nhận bởi Hội đồng sáng kiến với mức độ ảnh hưởng lớn',
];
/** Each vowel with each tone: appended to some titles so every diacritic appears. */
/** Cut text to at most `max` characters at a word boundary (never half a syllable). */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,:;–-]+$/, '');
}

const ALL_DIACRITICS = 'àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ đĐ';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Hữu', 'Ngọc', 'Quang'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hạnh', 'Khánh', 'Lan', 'Mai', 'Phương', 'Quỳnh', 'Tuấn', 'Yến'];
const UNIT_PREFIX: Record<string, string> = {
  'so-nganh': 'Sở',
  'quan-huyen': 'UBND quận',
  'phuong-xa': 'UBND phường',
  'truong-hoc': 'Trường THCS',
  'y-te': 'Bệnh viện',
  'su-nghiep': 'Trung tâm',
  'doanh-nghiep': 'Công ty',
};
const UNIT_NAMES = ['Hoa Sữa', 'Bằng Lăng', 'Sông Hồng', 'Tây Hồ', 'Đồng Xuân', 'Ngọc Hà', 'Phú Thượng', 'Hồ Gươm', 'Kim Liên', 'Yên Sở', 'Mỹ Đình', 'Thượng Cát'];

const q = (s: string) => JSON.stringify(s);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Seeded draws shared by every record maker, so that one stream of numbers decides a whole directory. */
interface Draw {
  random: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  date: (year: number, fromMonth?: number, toMonth?: number) => string;
  person: () => string;
}

function draw(seed: number): Draw {
  const random = rng(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const date = (year: number, fromMonth = 1, toMonth = 12) => `${year}-${pad(int(fromMonth, toMonth))}-${pad(int(1, 28))}`;
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  return { random, int, pick, date, person };
}

interface Unit {
  id: string;
  name: string;
  area: string;
}

/** What an initiative refers to: the vocabularies, units, campaigns and image pool of its directory. */
interface Pools {
  fields: string[];
  areas: string[];
  campaigns: string[];
  images: string[];
  units: Unit[];
}

const idsOf = (file: string) => (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((x) => x.id);

/**
 * The highest level an initiative reaches (index into LEVELS): the first four records climb to each level in turn
 * (so every level occurs even in a small sample); after that, out of every 100 records, 77 stop at the base unit,
 * 20 at the district, 2 at the city and 1 wins the "Sáng kiến Thủ đô" title. An assumption of the generator, not
 * data: units recognise many initiatives, and few go on to the city (Long Biên 19/KH-HĐTĐKT asks each unit for
 * one or two a year). It decides, for example, how many initiatives get their own preview card.
 */
export function ladderTop(i: number): number {
  if (i < 4) return i;
  const r = (i * 37) % 100; // a fixed spread over each hundred, so that every sample of 100 has the same shares
  return r < 77 ? 0 : r < 97 ? 1 : r < 99 ? 2 : 3;
}

/**
 * The initiative with index `i` (0-based; its file is `sk-<i+1>-….md`). `earlier` are the ids of the
 * initiatives before it, which `related` may point at. Returns the id and the file's text.
 */
function initiative(i: number, pools: Pools, earlier: readonly string[], d: Draw): { id: string; text: string } {
  const { fields, areas, campaigns, images, units } = pools;
  const { random, int, pick, date, person } = d;
  const levels = valuesOf(LEVELS);
  const statuses = valuesOf(STATUSES);
  const holders = valuesOf(HOLDERS);
  const field = fields[i % fields.length] as string;
  const area = areas[(i * 7) % areas.length] as string;
  const unit = units[int(0, units.length - 1)] as Unit;
  const holder = holders[i % holders.length] as string;
  let title = `${pick(SUBJECTS)} ${pick(QUALIFIERS)}`;
  if (i % 5 === 0) title += ` (${ALL_DIACRITICS})`;
  if (i % 4 === 0) title += `, giai đoạn ${int(2021, 2025)} – mở rộng toàn Thủ đô Hà Nội`;
  title = cutAtWord(title, 220);
  const id = `sk-${pad(i + 1, 6)}-${slugify(title).slice(0, 48).replace(/-+$/, '')}`;
  // Ladder: from the base level up to `ladderTop(i)`, a pyramid as the recognition ladder is one.
  const top = ladderTop(i);
  const startYear = int(2021, 2024);
  let month = int(1, 5);
  const steps: string[] = [];
  for (let l = 0; l <= top; l++) {
    const level = levels[l] as (typeof levels)[number];
    const awards = AWARDS_BY_LEVEL[level];
    const award = awards[(i + l) % awards.length] as string;
    const year = Math.min(2025, startYear + (l >= 2 ? 1 : 0));
    month = Math.min(12, month + int(0, 2));
    const decisionDate = `${year}-${pad(month)}-${pad(10 + l)}`;
    steps.push(
      `  - level: ${level}\n    award: ${award}\n    decisionNumber: ${int(10, 9999)}/QĐ-${l === 0 ? 'HĐSK' : 'UBND'}\n    decisionDate: ${decisionDate}\n    issuer: ${q(l === 0 ? unit.name : l === 1 ? 'UBND quận Long Biên' : 'UBND thành phố Hà Nội')}\n    year: ${year}`,
    );
  }
  const state = statuses[i % statuses.length] as string;
  const replicated = state === 'nhan-rong' ? `  replicatedBy:\n${[0, 1].map(() => `    - ${(units[int(0, units.length - 1)] as Unit).id}`).filter((v, k, a) => a.indexOf(v) === k).join('\n')}\n` : '';
  const authorCount = holder === 'ca-nhan' ? 1 : int(0, 3);
  const authors = Array.from({ length: authorCount }, (_, k) => `  - name: ${q(person())}\n    role: ${q(k === 0 ? 'Chủ nhiệm sáng kiến' : 'Đồng tác giả')}\n    consent: ${random() < 0.5}`).join('\n');
  const photoCount = i % 6 === 0 ? 0 : i % 11 === 0 ? 4 : 1;
  const media = Array.from({ length: photoCount }, () => {
    const img = pick(images);
    return `  - src: ../images/${img}\n    alt: ${q(`Hình minh họa cho sáng kiến số ${i + 1}: ${img.replace(/\.\w+$/, '').replace(/-/g, ' ')}`)}\n    credit: "Ảnh minh họa do nhóm phát triển tạo"`;
  }).join('\n');
  const related = i > 2 && i % 3 === 0 && earlier.length > 0 ? `related:\n  - ${earlier[int(0, earlier.length - 1)]}\n` : '';
  const revoked = i % 97 === 13 ? `revoked:\n  date: 2025-12-${pad(int(1, 28))}\n  decision: "${int(100, 999)}/QĐ-UBND"\n  reason: "Dữ liệu minh họa: giải pháp trùng với sáng kiến đã được công nhận trước đó."\n` : '';
  const summary = cutAtWord(`${cutAtWord(title, 120)}: giải pháp của ${unit.name}, dữ liệu minh họa do bộ sinh dữ liệu tạo.`, 215);
  const text = [
    [
      '---',
      `title: ${q(title)}`,
      `summary: ${q(summary)}`,
      `field: ${field}`,
      `area: ${area}`,
      `unit: ${unit.id}`,
      `unitNameAtRecognition: ${q(unit.name)}`,
      `holder: ${holder}`,
      authors ? `authors:\n${authors}` : 'authors: []',
      `campaign: ${campaigns[i % campaigns.length]}`,
      `recognitions:\n${steps.join('\n')}`,
      `status:\n  state: ${state}\n  verifiedAt: ${date(2026, 1, 10)}\n${replicated}`.trimEnd(),
      `impact:\n  - label: "Thời gian xử lý giảm"\n    value: ${int(5, 80)}\n    unit: "%"`,
      media ? `media:\n${media}` : '',
      related.trimEnd(),
      'demo: true',
      revoked.trimEnd(),
      '---',
    ].filter((line) => line !== ''),
    '',
    '## Vấn đề',
    '',
    `Trước khi có sáng kiến, ${unit.name} mất nhiều thời gian cho công việc lặp lại; người dân phải đi lại nhiều lần.`,
    '',
    '## Giải pháp',
    '',
    `${title}. Giải pháp được thử nghiệm, điều chỉnh theo góp ý rồi áp dụng chính thức.`,
    '',
    '*Nội dung trên là dữ liệu minh họa do bộ sinh dữ liệu tạo.*',
    '',
  ]
    .flat()
    .join('\n');
  return { id, text };
}

export function generate(options: GenerateOptions): { initiatives: number; units: number; files: number } {
  const { count, seed } = options;
  const out = resolve(options.out);
  const unitCount = options.units ?? Math.max(12, Math.round(count / 10));
  const d = draw(seed);
  const { pick } = d;

  rmSync(out, { recursive: true, force: true });
  for (const dir of ['initiatives', 'units', 'campaigns', 'exhibitions', 'images']) mkdirSync(join(out, dir), { recursive: true });
  cpSync(join(SOURCE, 'fields.yaml'), join(out, 'fields.yaml'));
  cpSync(join(SOURCE, 'areas.yaml'), join(out, 'areas.yaml'));
  // The project word list, plus the diacritic runs the titles carry on purpose (not words, but not typos either).
  writeFileSync(join(out, WORD_LIST_FILE), `${readFileSync(join(SOURCE, WORD_LIST_FILE), 'utf8').trimEnd()}\n${ALL_DIACRITICS.split(' ').join('\n')}\n`);
  const campaignFiles = readdirSync(join(SOURCE, 'campaigns')).filter((f) => /\.mdx?$/.test(f)).sort();
  for (const f of campaignFiles) cpSync(join(SOURCE, 'campaigns', f), join(out, 'campaigns', f));
  const campaigns = campaignFiles.map((f) => f.replace(/\.mdx?$/, ''));
  const images = readdirSync(join(SOURCE, 'images/demo')).filter((f) => /\.(jpe?g|png|webp)$/.test(f)).sort();
  for (const f of images) cpSync(join(SOURCE, 'images/demo', f), join(out, 'images', f));

  const fields = idsOf(join(SOURCE, 'fields.yaml'));
  const areas = idsOf(join(SOURCE, 'areas.yaml'));
  const kinds = valuesOf(UNIT_KINDS);

  // Units
  const units: Unit[] = [];
  for (let i = 0; i < unitCount; i++) {
    const kind = kinds[i % kinds.length] as string;
    const name = `${UNIT_PREFIX[kind] ?? 'Đơn vị'} ${pick(UNIT_NAMES)} số ${i + 1}`;
    const id = `dv-${pad(i + 1, 5)}-${slugify(name)}`;
    const area = areas[i % areas.length] as string;
    units.push({ id, name, area });
    const former = i % 3 === 0 ? `formerNames:\n  - name: ${q(`${name} (tên cũ trước sáp nhập, Đông Anh)`)}\n    until: 2025-06-30\n` : '';
    writeFileSync(
      join(out, 'units', `${id}.md`),
      `---\nname: ${q(name)}\nkind: ${kind}\narea: ${area}\n${former}summary: ${q(`Đơn vị tổng hợp số ${i + 1}, dùng để đo hiệu năng; tên và số liệu là dữ liệu minh họa.`)}\ndemo: true\n---\n\nĐơn vị minh họa do bộ sinh dữ liệu tạo.\n`,
    );
  }

  // Initiatives
  const pools: Pools = { fields, areas, campaigns, images, units };
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id, text } = initiative(i, pools, ids, d);
    writeFileSync(join(out, 'initiatives', `${id}.md`), text);
    ids.push(id);
  }

  writeFileSync(
    join(out, 'exhibitions', 'trien-lam-tong-hop.mdx'),
    `---\ntitle: "Triển lãm tổng hợp"\ncampaign: ${campaigns[0]}\nyear: 2024\nopenedAt: 2024-05-18\ncurator: "Bộ sinh dữ liệu"\ncover:\n  src: ../images/${images[0]}\n  alt: "Ảnh bìa minh họa của triển lãm tổng hợp"\n  credit: "Ảnh minh họa do nhóm phát triển tạo"\nsummary: "Triển lãm minh họa do bộ sinh dữ liệu tạo."\ndemo: true\n---\n\nTriển lãm minh họa.\n`,
  );
  return { initiatives: count, units: unitCount, files: count + unitCount + campaigns.length + 1 };
}

export interface AppendOptions {
  /** A directory written by `generate`. */
  out: string;
  count: number;
  seed: number;
}

/**
 * Adds `count` initiatives to a directory written by `generate`, as an import of new records would: they
 * continue the numbering after the highest existing `sk-<n>-…` file, refer to the directory's own units,
 * campaigns, fields, areas and images (and, through `related`, to existing initiatives), and follow the same
 * rules as generated records, so the directory stays valid. Existing files are never rewritten (a name that
 * exists is an error). Same directory and seed, same new files. Returns the new ids.
 */
export function appendInitiatives(options: AppendOptions): string[] {
  const out = resolve(options.out);
  const dir = join(out, 'initiatives');
  const existing = readdirSync(dir).filter((f) => /^sk-\d+-.*\.md$/.test(f)).sort().map((f) => f.replace(/\.md$/, ''));
  const start = Math.max(0, ...existing.map((id) => Number(id.slice(3, id.indexOf('-', 3)))));
  const units = readdirSync(join(out, 'units'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const data = parse(readFileSync(join(out, 'units', f), 'utf8').split(/^---\s*$/m)[1] ?? '') as { name: string; area: string };
      return { id: f.replace(/\.md$/, ''), name: data.name, area: data.area };
    });
  const pools: Pools = {
    fields: idsOf(join(out, 'fields.yaml')),
    areas: idsOf(join(out, 'areas.yaml')),
    campaigns: readdirSync(join(out, 'campaigns')).filter((f) => /\.mdx?$/.test(f)).sort().map((f) => f.replace(/\.mdx?$/, '')),
    images: readdirSync(join(out, 'images')).filter((f) => /\.(jpe?g|png|webp)$/.test(f)).sort(),
    units,
  };
  if (!units.length || !pools.campaigns.length || !pools.fields.length || !pools.areas.length) throw new Error(`${out} is not a directory written by generate()`);
  // A stream of its own per starting point, so that appending twice with one seed does not repeat records.
  const d = draw(options.seed ^ Math.imul(start + 1, 0x9e3779b1));
  const ids = [...existing];
  const added: string[] = [];
  for (let i = start; i < start + options.count; i++) {
    const { id, text } = initiative(i, pools, ids, d);
    writeFileSync(join(dir, `${id}.md`), text, { flag: 'wx' });
    ids.push(id);
    added.push(id);
  }
  return added;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string', default: '.tmp/content' },
      units: { type: 'string' },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('Cách dùng: npm run generate -- --count 10000 --seed 42 --out .tmp/content-10k [--units 1000]');
    process.exit(2);
  }
  const started = performance.now();
  const r = generate({ count, seed, out: values.out, ...(values.units ? { units: Number(values.units) } : {}) });
  console.log(`Wrote ${r.initiatives} initiatives and ${r.units} units to ${values.out} in ${Math.round(performance.now() - started)} ms.`);
}
