/** Site-wide navigation, URL helpers and the plan the site cites: one place that knows how URLs are built. */
import { vi } from '../../i18n/vi.ts';
import type { DocumentRef } from '../../schemas/shared.ts';
import { SITE_URL } from '../config.ts';
import { codeBucket, embedBucket } from '../sharing/verification.ts';

/**
 * The plan the site answers to (it asks the city to “từng bước xây dựng Mạng lưới sáng kiến Hà Nội”), cited in the
 * footer of every page and on the home page. Kept here rather than read from content so that no page's cache key
 * depends on a campaign file; a unit test checks that it is the plan of `content/campaigns/sang-kien-sang-tao-thu-do-2021-2025.mdx`.
 */
export const FOUNDING_PLAN: DocumentRef = {
  type: 'ke-hoach',
  number: '04/KH-HĐTĐKT',
  date: '2021-04-20',
  issuer: 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội',
  summary: 'Về tổ chức phong trào thi đua “Sáng kiến, sáng tạo Thủ đô”, giai đoạn 2021-2025',
};

export const NAV = [
  { href: '/sang-kien/', label: vi.nav.initiatives },
  { href: '/don-vi/', label: vi.nav.units },
  { href: '/phong-trao/', label: vi.nav.campaigns },
  { href: '/trien-lam/', label: vi.nav.exhibitions },
  { href: '/khen-thuong/', label: vi.nav.honorRoll },
  { href: '/so-lieu/', label: vi.stats.nav },
  { href: '/du-lieu/', label: vi.nav.data },
] as const;

/** Page n > 1 of a paginated list lives under `trang/<n>/`; page 1 is the list's own URL. */
const pageSuffix = (n: number) => (n > 1 ? `trang/${n}/` : '');

/** Canonical paths of each kind of page; every link in the site is built here. */
export const paths = {
  home: () => '/',
  initiatives: () => '/sang-kien/',
  /** Page n of the listing; page 1 is the listing itself. */
  initiativesPage: (n: number) => `/sang-kien/${pageSuffix(n)}`,
  /** A–Z index, one letter of it, or page n of a letter. */
  initiativesAz: (letter?: string, page = 1) => (letter ? `/sang-kien/a-z/${letter}/${pageSuffix(page)}` : '/sang-kien/a-z/'),
  initiative: (id: string) => `/sang-kien/${id}/`,
  units: () => '/don-vi/',
  unit: (id: string) => `/don-vi/${id}/`,
  campaigns: () => '/phong-trao/',
  campaign: (id: string) => `/phong-trao/${id}/`,
  /** The review of a campaign: one year of its period, or the whole period. */
  review: (id: string, year?: number) => `/phong-trao/${id}/tong-ket/${year === undefined ? '' : `${year}/`}`,
  exhibitions: () => '/trien-lam/',
  exhibition: (id: string) => `/trien-lam/${id}/`,
  /** The honor roll, one year of it, or page n of a year. */
  honorRoll: (year?: number, page = 1) => (year ? `/khen-thuong/${year}/${pageSuffix(page)}` : '/khen-thuong/'),
  /** A field's page, or page n of it. */
  field: (id: string, page = 1) => `/linh-vuc/${id}/${pageSuffix(page)}`,
  fields: () => '/linh-vuc/',
  area: (id: string, page = 1) => `/dia-ban/${id}/${pageSuffix(page)}`,
  /** Recognitions per year of a field's or an area's initiatives (CSV behind the trend on its page). */
  facetTrendCsv: (kind: 'field' | 'area', id: string) => `/${kind === 'field' ? 'linh-vuc' : 'dia-ban'}/${id}/theo-nam.csv`,
  areas: () => '/dia-ban/',
  year: (year: number | string, page = 1) => `/nam/${year}/${pageSuffix(page)}`,
  years: () => '/nam/',
  search: (q?: string) => (q ? `/tim-kiem/?q=${encodeURIComponent(q)}` : '/tim-kiem/'),
  /** Pagefind's loader, written by the search index integration. */
  searchIndex: () => '/pagefind/pagefind.js',
  data: () => '/du-lieu/',
  stats: () => '/so-lieu/',
  /** CSV of one chart on the statistics page. */
  statsCsv: (chart: string) => `/so-lieu/${chart}.csv`,
  dataFile: (file: string) => `/du-lieu/${file}`,
  feed: () => '/rss.xml',
  fieldFeed: (id: string) => `/rss/linh-vuc/${id}.xml`,
  areaFeed: (id: string) => `/rss/dia-ban/${id}.xml`,
  verifyIndex: () => '/xac-minh/',
  /** A recognition's entry: an anchor on the page of its code's first two characters (QR codes encode this). */
  verify: (code: string) => `/xac-minh/${codeBucket(code)}/#${code}`,
  verifyBucket: (bucket: string) => `/xac-minh/${bucket}/`,
  verifyNotFound: () => '/xac-minh/khong-tim-thay/',
  /** Embeddable cards: an anchor on one of at most 1,024 small pages (an iframe's src keeps the fragment). */
  embed: (id: string) => embedPath(embedAnchor('initiative', id)),
  embedUnit: (id: string) => embedPath(embedAnchor('unit', id)),
  embedBucket: (bucket: string) => `/nhung/${bucket}/`,
  ogImage: (key: string) => `/og/${key}.png`,
} as const;

/** Fragment id of an embeddable card: `sang-kien-<id>` or `don-vi-<id>`. */
export function embedAnchor(kind: 'initiative' | 'unit', id: string): string {
  return `${kind === 'unit' ? 'don-vi' : 'sang-kien'}-${id.replace(/\//g, '-')}`;
}

function embedPath(anchor: string): string {
  return `/nhung/${embedBucket(anchor)}/#${anchor}`;
}

/** URL of page n of a facet value. */
export function facetPath(kind: 'field' | 'area' | 'year', id: string, page = 1): string {
  return kind === 'field' ? paths.field(id, page) : kind === 'area' ? paths.area(id, page) : paths.year(id, page);
}

/** Absolute URL of a site path. */
export function absoluteUrl(path: string, site: string = SITE_URL): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).toString();
}
