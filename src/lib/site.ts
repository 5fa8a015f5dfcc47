/** Site-wide navigation and URL helpers: one place that knows how URLs are built. */
import { vi } from '../i18n/vi.ts';
import { SITE_URL } from './config.ts';

export const NAV = [
  { href: '/sang-kien/', label: vi.nav.initiatives },
  { href: '/don-vi/', label: vi.nav.units },
  { href: '/phong-trao/', label: vi.nav.campaigns },
  { href: '/trien-lam/', label: vi.nav.exhibitions },
  { href: '/khen-thuong/', label: vi.nav.honorRoll },
  { href: '/so-lieu/', label: vi.stats.nav },
  { href: '/du-lieu/', label: vi.nav.data },
] as const;

/** Canonical paths of each kind of page; every link in the site is built here. */
export const paths = {
  home: () => '/',
  initiatives: () => '/sang-kien/',
  initiative: (id: string) => `/sang-kien/${id}/`,
  units: () => '/don-vi/',
  unit: (id: string) => `/don-vi/${id}/`,
  campaigns: () => '/phong-trao/',
  campaign: (id: string) => `/phong-trao/${id}/`,
  exhibitions: () => '/trien-lam/',
  exhibition: (id: string) => `/trien-lam/${id}/`,
  honorRoll: (year?: number) => (year ? `/khen-thuong/${year}/` : '/khen-thuong/'),
  field: (id: string) => `/linh-vuc/${id}/`,
  area: (id: string) => `/dia-ban/${id}/`,
  year: (year: number) => `/nam/${year}/`,
  search: (q?: string) => (q ? `/tim-kiem/?q=${encodeURIComponent(q)}` : '/tim-kiem/'),
  data: () => '/du-lieu/',
  stats: () => '/so-lieu/',
  /** CSV of one chart on the statistics page. */
  statsCsv: (chart: string) => `/so-lieu/${chart}.csv`,
} as const;

/** Absolute URL of a site path. */
export function absoluteUrl(path: string, site: string = SITE_URL): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).toString();
}
