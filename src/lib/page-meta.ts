/**
 * Sharing metadata of a page from its path: the Open Graph image drawn for it (if any), its og:type and
 * its JSON-LD. Pages need no change: the head component asks here with `Astro.url.pathname`.
 */
import { getCampaigns, getExhibitions, getInitiativePages, getLookups, getTaxonomy } from './content.ts';
import type { OgCard } from './og-image.ts';
import { absoluteUrl, paths } from './site.ts';
import { campaignLd, exhibitionLd, initiativeLd, unitLd, type JsonLd } from './structured-data.ts';
import { verificationCode } from './verification.ts';
import { AWARDS, LEVELS, labelOf, levelRank, type Level } from '../vocabulary.ts';
import { vi } from '../i18n/vi.ts';
import { format } from '../i18n/format.ts';

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

/** Key of the record a path shows (`/sang-kien/x/` → `sang-kien/x`), or null. */
export function recordKey(pathname: string): { section: string; id: string } | null {
  const m = /^\/(sang-kien|don-vi|phong-trao|trien-lam)\/([a-z0-9-]+(?:\/[a-z0-9-]+)*)\/$/.exec(pathname);
  return m ? { section: m[1]!, id: m[2]! } : null;
}

export async function pageMeta(pathname: string): Promise<PageMeta> {
  const key = recordKey(pathname);
  const all = await getOgCards();
  const ogKey = await ogKeyOf(pathname, key, all);
  const card = all.get(ogKey)!;
  return {
    feeds: await feedLinks(pathname, key),
    ogImage: absoluteUrl(paths.ogImage(ogKey)),
    ogImageAlt: format(vi.sharing.og.imageAlt, { title: card.title }),
    ogType: key ? 'article' : 'website',
    jsonLd: key ? await recordLd(key.section, key.id, ogKey === HOME_OG ? undefined : absoluteUrl(paths.ogImage(ogKey))) : [],
  };
}

/** The card a page shows: its own, else its field's (initiatives, field pages), else the home page's. */
async function ogKeyOf(pathname: string, key: { section: string; id: string } | null, all: Map<string, OgCard>): Promise<string> {
  if (key && all.has(`${key.section}/${key.id}`)) return `${key.section}/${key.id}`;
  if (key?.section === 'sang-kien') {
    const i = (await getLookups()).publishedById.get(key.id);
    if (i && all.has(`linh-vuc/${i.data.field}`)) return `linh-vuc/${i.data.field}`;
  }
  const field = /^\/linh-vuc\/([a-z0-9-]+)\/(?:trang\/\d+\/)?$/.exec(pathname);
  if (field && all.has(`linh-vuc/${field[1]}`)) return `linh-vuc/${field[1]}`;
  return HOME_OG;
}

/** Field and area feeds for facet pages (`/linh-vuc/<id>/`, `/dia-ban/<id>/`) and initiative pages. */
async function feedLinks(pathname: string, key: { section: string; id: string } | null): Promise<FeedLink[]> {
  const { areas, fields } = getTaxonomy();
  const t = vi.sharing.feed;
  const field = (id: string) => fields.find((f) => f.id === id);
  const area = (id: string) => areas.find((a) => a.id === id);
  const links: FeedLink[] = [];
  const addField = (id: string) => {
    const f = field(id);
    if (f) links.push({ title: format(t.field, { label: f.label }), href: paths.fieldFeed(f.id) });
  };
  const addArea = (id: string) => {
    const a = area(id);
    if (a) links.push({ title: format(t.area, { label: a.label }), href: paths.areaFeed(a.id) });
  };
  const facet = /^\/(linh-vuc|dia-ban)\/([a-z0-9-]+)\/$/.exec(pathname);
  if (facet) (facet[1] === 'linh-vuc' ? addField : addArea)(facet[2]!);
  if (key?.section === 'sang-kien') {
    const i = (await getLookups()).publishedById.get(key.id);
    if (i) {
      addField(i.data.field);
      addArea(i.data.area);
    }
  }
  return links;
}

async function recordLd(section: string, id: string, image: string | undefined): Promise<JsonLd[]> {
  const { areas, fields } = getTaxonomy();
  const areaLabel = (a: string) => areas.find((x) => x.id === a)?.label ?? a;
  if (section === 'sang-kien') {
    const i = (await getLookups()).publishedById.get(id);
    if (!i) return [];
    return [
      initiativeLd({
        url: absoluteUrl(paths.initiative(id)),
        title: i.data.title,
        summary: i.data.summary,
        field: fields.find((f) => f.id === i.data.field)?.label ?? i.data.field,
        area: areaLabel(i.data.area),
        unit: { name: i.data.unitNameAtRecognition, url: absoluteUrl(paths.unit(i.unit.id)) },
        campaign: { name: i.campaign.data.title, url: absoluteUrl(paths.campaign(i.campaign.id)) },
        recognitions: i.data.recognitions.map((r) => ({ ...r, verifyUrl: absoluteUrl(paths.verify(verificationCode(id, r))) })),
        ...(image ? { image } : {}),
        demo: i.data.demo,
      }),
    ];
  }
  if (section === 'don-vi') {
    const u = (await getLookups()).unitById.get(id);
    if (!u) return [];
    return [
      unitLd({
        url: absoluteUrl(paths.unit(id)),
        name: u.data.name,
        kind: u.data.kind,
        area: areaLabel(u.data.area),
        summary: u.data.summary,
        formerNames: u.data.formerNames.map((f) => f.name),
        awards: u.data.modelRecognitions.map((m) => `${labelOf(AWARDS, m.award)}: ${m.title} (${m.year})`),
        links: u.data.links.map((l) => l.url),
      }),
    ];
  }
  if (section === 'phong-trao') {
    const c = (await getCampaigns()).find((x) => x.id === id);
    if (!c) return [];
    const d = c.data;
    return [campaignLd({ url: absoluteUrl(paths.campaign(id)), title: d.title, summary: d.summary, organiser: d.organiser, from: d.period.from, to: d.period.to, area: areaLabel(d.area), milestones: d.milestones })];
  }
  const e = (await getExhibitions()).find((x) => x.id === id);
  if (!e) return [];
  return [exhibitionLd({ url: absoluteUrl(paths.exhibition(id)), title: e.data.title, summary: e.data.summary, openedAt: e.data.openedAt, curator: e.data.curator, ...(image ? { image } : {}) })];
}

