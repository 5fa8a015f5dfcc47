/**
 * Sharing metadata of a page from its data: the Open Graph image drawn for it (its own card, its field's, or the
 * site's), its og:type, its JSON-LD and its feeds. The data layer (`page-data.ts`) builds it with the page's other
 * props, from the record the page shows; pages that show no record use `siteShare()`. Nothing here reads a URL.
 */
import { getCampaigns, getExhibitions, getInitiativePages, getTaxonomy, type CampaignEntry, type ExhibitionEntry, type FacetKind, type Initiative, type UnitEntry } from '../content/data.ts';
import type { OgCard } from '../images/og-image.ts';
import { absoluteUrl, paths } from '../routes/site.ts';
import { campaignLd, exhibitionLd, initiativeLd, unitLd, type JsonLd } from './structured-data.ts';
import { verificationCode } from './verification.ts';
import { AWARDS, LEVELS, labelOf, levelRank, type Level } from '../../vocabulary.ts';
import { vi } from '../../i18n/vi.ts';
import { format } from '../../i18n/format.ts';

const HOME_OG = 'trang-chu';

let cards: Promise<Map<string, OgCard>> | undefined;

/** Initiatives recognised at this level or above get a preview card of their own; others share their field's. */
export const OWN_CARD_LEVEL = 'thanh-pho';

/** Whether an initiative gets its own preview card (city level and above, not revoked). */
export function hasOwnCard(i: { revoked: boolean; highest: { level: Level } }): boolean {
  return !i.revoked && levelRank(i.highest.level) >= levelRank(OWN_CARD_LEVEL);
}

/**
 * Every OG card of the site by key: the home page's, one per field (`linh-vuc/<id>`, shared by its facet
 * page and its initiatives below city level), one per initiative recognised at city level or above,
 * campaign and exhibition. At 50,000 records that is a few thousand cards instead of 50,000.
 */
export function getOgCards(): Promise<Map<string, OgCard>> {
  cards ??= (async () => {
    const t = vi.sharing.og;
    const map = new Map<string, OgCard>();
    const base = { siteName: vi.site.name };
    map.set(HOME_OG, { ...base, kicker: t.home, title: vi.site.name, lines: [vi.site.tagline] });
    for (const f of getTaxonomy().fields) map.set(`linh-vuc/${f.id}`, { ...base, kicker: t.field, title: f.label, lines: [vi.site.tagline] });
    // OG_IMAGES=site skips per-initiative cards (they share their field's): for benchmarks of the page build alone.
    const perInitiative = (process.env.OG_IMAGES ?? 'all') !== 'site';
    for (const i of perInitiative ? await getInitiativePages() : []) {
      if (!hasOwnCard(i)) continue;
      map.set(`sang-kien/${i.id}`, {
        ...base,
        kicker: t.initiative,
        title: i.data.title,
        lines: [i.data.unitNameAtRecognition, format(t.levelYear, { level: labelOf(LEVELS, i.highest.level), year: String(i.year) })],
        ...(i.data.demo ? { badge: vi.demo.label } : {}),
      });
    }
    for (const c of await getCampaigns()) {
      map.set(`phong-trao/${c.id}`, { ...base, kicker: t.campaign, title: c.data.title, lines: [`${c.data.plan.number} · ${c.data.period.from}–${c.data.period.to}`, c.data.organiser], ...(c.data.demo ? { badge: vi.demo.label } : {}) });
    }
    for (const e of await getExhibitions()) {
      map.set(`trien-lam/${e.id}`, { ...base, kicker: t.exhibition, title: e.data.title, lines: [e.data.curator, String(e.data.year)], ...(e.data.demo ? { badge: vi.demo.label } : {}) });
    }
    return map;
  })();
  return cards;
}

export interface FeedLink {
  title: string;
  href: string;
}

export interface PageMeta {
  /** Feeds of the page besides the overall one: its field's and area's (facet pages and initiatives). */
  feeds: FeedLink[];
  ogImage: string;
  ogImageAlt: string;
  ogType: 'website' | 'article';
  jsonLd: JsonLd[];
}

const areaLabel = (id: string) => getTaxonomy().areaVocabulary.get(id) ?? id;

/** The metadata of a page: the card `ogKey` (if drawn; else the site's), og:type, structured data and feeds. */
async function share(ogKey: string | undefined, ogType: PageMeta['ogType'], jsonLd: (image: string | undefined) => JsonLd[], feeds: FeedLink[] = []): Promise<PageMeta> {
  const all = await getOgCards();
  const key = ogKey !== undefined && all.has(ogKey) ? ogKey : HOME_OG;
  const image = absoluteUrl(paths.ogImage(key));
  return {
    feeds,
    ogImage: image,
    ogImageAlt: format(vi.sharing.og.imageAlt, { title: all.get(key)!.title }),
    ogType,
    jsonLd: jsonLd(key === HOME_OG ? undefined : image),
  };
}

const fieldFeed = (f: { id: string; label: string }): FeedLink => ({ title: format(vi.sharing.feed.field, { label: f.label }), href: paths.fieldFeed(f.id) });
const areaFeed = (a: { id: string; label: string }): FeedLink => ({ title: format(vi.sharing.feed.area, { label: a.label }), href: paths.areaFeed(a.id) });

/** A page that shows no record (home, listings, about, search …): the site's card, no structured data of its own. */
export function siteShare(): Promise<PageMeta> {
  return share(undefined, 'website', () => []);
}

/**
 * An initiative's page: its own card (city level and above) or its field's; its structured data and its field's
 * and area's feeds. A revoked initiative's tombstone shows the site's card and nothing else.
 */
export function initiativeShare(i: Initiative): Promise<PageMeta> {
  if (i.revoked) return share(undefined, 'article', () => []);
  const own = `sang-kien/${i.id}`;
  const ogKey = hasOwnCard(i) ? own : `linh-vuc/${i.data.field}`;
  const ld = (image: string | undefined): JsonLd[] => [
    initiativeLd({
      url: absoluteUrl(paths.initiative(i.id)),
      title: i.data.title,
      summary: i.data.summary,
      field: i.field.label,
      area: i.area.label,
      unit: { name: i.data.unitNameAtRecognition, url: absoluteUrl(paths.unit(i.unit.id)) },
      campaign: { name: i.campaign.data.title, url: absoluteUrl(paths.campaign(i.campaign.id)) },
      recognitions: i.data.recognitions.map((r) => ({ ...r, verifyUrl: absoluteUrl(paths.verify(verificationCode(i.id, r))) })),
      ...(image ? { image } : {}),
      demo: i.data.demo,
    }),
  ];
  return share(ogKey, 'article', ld, [fieldFeed(i.field), areaFeed(i.area)]);
}

/** A unit's page: the site's card and the unit's structured data. */
export function unitShare(u: UnitEntry): Promise<PageMeta> {
  const d = u.data;
  return share(undefined, 'article', () => [
    unitLd({
      url: absoluteUrl(paths.unit(u.id)),
      name: d.name,
      kind: d.kind,
      area: areaLabel(d.area),
      summary: d.summary,
      formerNames: d.formerNames.map((f) => f.name),
      awards: d.modelRecognitions.map((m) => `${labelOf(AWARDS, m.award)}: ${m.title} (${m.year})`),
      links: d.links.map((l) => l.url),
    }),
  ]);
}

/** A campaign's page: its card and structured data. */
export function campaignShare(c: CampaignEntry): Promise<PageMeta> {
  const d = c.data;
  return share(`phong-trao/${c.id}`, 'article', () => [
    campaignLd({ url: absoluteUrl(paths.campaign(c.id)), title: d.title, summary: d.summary, organiser: d.organiser, from: d.period.from, to: d.period.to, area: areaLabel(d.area), milestones: d.milestones }),
  ]);
}

/** An exhibition's page: its card and structured data. */
export function exhibitionShare(e: ExhibitionEntry): Promise<PageMeta> {
  const d = e.data;
  return share(`trien-lam/${e.id}`, 'article', (image) => [
    exhibitionLd({ url: absoluteUrl(paths.exhibition(e.id)), title: d.title, summary: d.summary, openedAt: d.openedAt, curator: d.curator, ...(image ? { image } : {}) }),
  ]);
}

/** A page of a facet value: a field's pages show the field's card; page 1 of a field or an area links its feed. */
export function facetShare(kind: FacetKind, value: { id: string; label: string }, page: number): Promise<PageMeta> {
  const feeds = page === 1 && kind !== 'year' ? [(kind === 'field' ? fieldFeed : areaFeed)(value)] : [];
  return share(kind === 'field' ? `linh-vuc/${value.id}` : undefined, 'website', () => [], feeds);
}
