/** Site-wide navigation and URL helpers: one place that knows how URLs are built. */
import { vi } from '../i18n/vi.ts';
import { SITE_URL } from './config.ts';

export const NAV = [
  { href: '/sang-kien/', label: vi.nav.initiatives },
  { href: '/don-vi/', label: vi.nav.units },
  { href: '/phong-trao/', label: vi.nav.campaigns },
  { href: '/trien-lam/', label: vi.nav.exhibitions },
  { href: '/khen-thuong/', label: vi.nav.honorRoll },
  { href: '/du-lieu/', label: vi.nav.data },
] as const;

/** Canonical paths of each kind of page; every link in the site is built here. */
export const paths = {
  home: () => '/',
  initiatives: () => '/sang-kien/',
  /** Page n of the listing; page 1 is the listing itself. */
  initiativesPage: (n: number) => (n <= 1 ? '/sang-kien/' : `/sang-kien/trang/${n}/`),
  /** A–Z index, or one letter of it (a slug from `letterSlug`). */
  initiativesAz: (letter?: string) => (letter ? `/sang-kien/a-z/${letter}/` : '/sang-kien/a-z/'),
  initiative: (id: string) => `/sang-kien/${id}/`,
  units: () => '/don-vi/',
  unit: (id: string) => `/don-vi/${id}/`,
  campaigns: () => '/phong-trao/',
  campaign: (id: string) => `/phong-trao/${id}/`,
  exhibitions: () => '/trien-lam/',
  exhibition: (id: string) => `/trien-lam/${id}/`,
  honorRoll: (year?: number) => (year ? `/khen-thuong/${year}/` : '/khen-thuong/'),
  field: (id: string) => `/linh-vuc/${id}/`,
  fields: () => '/linh-vuc/',
  area: (id: string) => `/dia-ban/${id}/`,
  areas: () => '/dia-ban/',
  year: (year: number) => `/nam/${year}/`,
  years: () => '/nam/',
  search: (q?: string) => (q ? `/tim-kiem/?q=${encodeURIComponent(q)}` : '/tim-kiem/'),
  data: () => '/du-lieu/',
} as const;

/** Absolute URL of a site path. */
export function absoluteUrl(path: string, site: string = SITE_URL): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).toString();
}
