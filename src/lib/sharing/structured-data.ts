/**
 * JSON-LD (schema.org) for every page: the site's publisher, breadcrumbs, and the record a page is about
 * (initiative, unit, campaign with its milestones, exhibition). Pure: takes plain data, returns objects.
 */
import { AWARDS, LEVELS, MILESTONE_KINDS, labelOf } from '../../vocabulary.ts';
import { vi } from '../../i18n/vi.ts';

export type JsonLd = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

export interface Crumb {
  label: string;
  href?: string;
}

/** The publisher of the site: the city's Emulation and Commendation Council network. */
export function siteOrganization(site: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'GovernmentOrganization',
    '@id': new URL('/#to-chuc', site).toString(),
    name: vi.site.name,
    url: new URL('/', site).toString(),
    description: vi.site.description,
    areaServed: { '@type': 'City', name: 'Hà Nội' },
  };
}

/** BreadcrumbList from the same crumbs the page shows (home first; the last crumb is the page itself). */
export function breadcrumbList(crumbs: readonly Crumb[], pageUrl: string, site: string): JsonLd {
  const all: Crumb[] = [{ label: vi.nav.home, href: '/' }, ...crumbs];
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: all.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: c.href ? new URL(c.href, site).toString() : pageUrl,
    })),
  };
}

export interface RecognitionLd {
  level: string;
  award: string;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  /** Absolute verification URL. */
  verifyUrl: string;
}

/** `Bằng khen, Cấp thành phố (Quyết định 3210/QĐ-UBND ngày 2022-03-13, UBND thành phố Hà Nội)`. */
export function awardText(r: Omit<RecognitionLd, 'verifyUrl'>): string {
  return `${labelOf(AWARDS, r.award)}, ${labelOf(LEVELS, r.level)} (Quyết định ${r.decisionNumber} ngày ${r.decisionDate}, ${r.issuer})`;
}

export interface InitiativeLdInput {
  url: string;
  title: string;
  summary: string;
  field: string;
  area: string;
  unit: { name: string; url: string };
  campaign: { name: string; url: string };
  recognitions: readonly RecognitionLd[];
  image?: string;
  demo: boolean;
}

/** An initiative: a CreativeWork by its unit, with one `award` per recognition on its ladder. */
export function initiativeLd(i: InitiativeLdInput): JsonLd {
  const first = [...i.recognitions].map((r) => r.decisionDate).sort()[0];
  return {
    '@context': CONTEXT,
    '@type': 'CreativeWork',
    '@id': `${i.url}#sang-kien`,
    name: i.title,
    description: i.summary,
    url: i.url,
    inLanguage: 'vi',
    genre: i.field,
    spatialCoverage: { '@type': 'Place', name: i.area },
    creator: { '@type': 'Organization', name: i.unit.name, url: i.unit.url },
    isPartOf: { '@type': 'Event', name: i.campaign.name, url: i.campaign.url },
    award: i.recognitions.map(awardText),
    ...(first ? { dateCreated: first } : {}),
    ...(i.image ? { image: i.image } : {}),
    ...(i.demo ? { disambiguatingDescription: vi.demo.label } : {}),
    license: 'https://creativecommons.org/licenses/by/4.0/',
  };
}

const ORGANIZATION_TYPE: Record<string, string> = {
  'so-nganh': 'GovernmentOrganization',
  'quan-huyen': 'GovernmentOrganization',
  'phuong-xa': 'GovernmentOrganization',
  'truong-hoc': 'EducationalOrganization',
  'y-te': 'MedicalOrganization',
  'doanh-nghiep': 'Corporation',
};

export interface UnitLdInput {
  url: string;
  name: string;
  kind: string;
  area: string;
  summary: string;
  formerNames: readonly string[];
  awards: readonly string[];
  links: readonly string[];
}

/** A unit: GovernmentOrganization for public bodies, a fitting subtype otherwise; former names as alternateName. */
export function unitLd(u: UnitLdInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': ORGANIZATION_TYPE[u.kind] ?? 'Organization',
    '@id': `${u.url}#don-vi`,
    name: u.name,
    url: u.url,
    description: u.summary,
    areaServed: { '@type': 'Place', name: u.area },
    ...(u.formerNames.length ? { alternateName: [...u.formerNames] } : {}),
    ...(u.awards.length ? { award: [...u.awards] } : {}),
    ...(u.links.length ? { sameAs: [...u.links] } : {}),
  };
}

export interface CampaignLdInput {
  url: string;
  title: string;
  summary: string;
  organiser: string;
  from: number;
  to: number;
  area: string;
  milestones: readonly { date: string; title: string; kind: string }[];
}

/** A campaign as an Event spanning its years, each milestone a sub-event. */
export function campaignLd(c: CampaignLdInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': `${c.url}#phong-trao`,
    name: c.title,
    description: c.summary,
    url: c.url,
    startDate: String(c.from),
    endDate: String(c.to),
    eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'Place', name: c.area, address: { '@type': 'PostalAddress', addressLocality: 'Hà Nội', addressCountry: 'VN' } },
    organizer: { '@type': 'GovernmentOrganization', name: c.organiser },
    subEvent: c.milestones.map((m) => ({
      '@type': 'Event',
      name: m.title,
      startDate: m.date,
      description: labelOf(MILESTONE_KINDS, m.kind),
      location: { '@type': 'Place', name: c.area },
    })),
  };
}

export interface ExhibitionLdInput {
  url: string;
  title: string;
  summary: string;
  openedAt: string;
  curator: string;
  image?: string;
}

/** An exhibition page. */
export function exhibitionLd(e: ExhibitionLdInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'ExhibitionEvent',
    '@id': `${e.url}#trien-lam`,
    name: e.title,
    description: e.summary,
    url: e.url,
    startDate: e.openedAt,
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: e.url },
    organizer: { '@type': 'Organization', name: e.curator },
    ...(e.image ? { image: e.image } : {}),
  };
}

/** Serialise for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
