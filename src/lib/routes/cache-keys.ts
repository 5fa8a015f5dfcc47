/**
 * Cache keys of pages for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * `getStaticPaths()` entry carries a `cacheKey` is restored from the previous build, without running any of
 * its code, when the key and the page's code are unchanged. So a key must cover everything the page shows
 * that is not code: its props, and what every page reads beside them (the site URL, the correction address,
 * the taxonomy's labels, the typography rules applied to the written page). Routes build their props in the data
 * layer (`page-data.ts`) and key them here; a page that shows anything else (the calendar, say) must have it in its
 * props, or have no key. Node-only.
 */
import { createHash } from 'node:crypto';
import { CORRECTIONS_TARGET, SITE_URL } from '../config.ts';
import { loadTaxonomy } from '../content/taxonomy.ts';
// The typography is applied to each page after it is written (`integrations/typeset.ts`), not by the page's code,
// so Astro does not see it change: its rules are part of every key instead.
import typographyRules from '../vietnamese/typography.ts?raw';

/**
 * JSON with object keys sorted, Maps and Sets as arrays, Dates as ISO strings, functions and undefined left out.
 * A content entry stands for itself by its collection, id and digest (Astro's hash of its file), and a resolved
 * initiative (`content/data.ts` `Initiative`) by the digests of the files it is built from: its own, its unit's and its
 * campaign's, and by its photos' built URLs, which hash the image files (field and area labels come from the
 * taxonomy, part of every key). So a listing's key names its
 * records rather than spelling out their bodies: a few kilobytes for a page of 100, whatever the records hold.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

type Entry = { collection: string; id: string; digest: string };
const isEntry = (v: object): v is Entry =>
  typeof (v as Entry).digest === 'string' && typeof (v as Entry).collection === 'string' && typeof (v as Entry).id === 'string';
type Resolved = { id: string; entry: Entry & { data?: { media?: { src?: { src?: string } }[] } }; unit: Entry; campaign: Entry; highest: unknown };
/** The built URLs of a record's photos: they carry a hash of the image file, so a photo replaced under the same name changes the key. */
const photoUrls = (v: Resolved) => (v.entry.data?.media ?? []).map((m) => m.src?.src ?? '').join(',');
const isResolvedInitiative = (v: object): v is Resolved => 'entry' in v && 'highest' in v && 'unit' in v && 'campaign' in v;

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (isEntry(value)) return `${value.collection}/${value.id}@${value.digest}`;
    if (isResolvedInitiative(value)) return `initiative/${value.id}@${value.entry.digest}+${value.unit.digest}+${value.campaign.digest}+${photoUrls(value)}`;
  }
  if (value instanceof Map) return [...value].map(([k, v]) => [normalise(k), normalise(v)]);
  if (value instanceof Set) return [...value].map(normalise);
  if (Array.isArray(value)) return value.map((v) => (v === undefined || typeof v === 'function' ? null : normalise(v)));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined && typeof v !== 'function') out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

let globals: string | undefined;

/**
 * What every page reads beside its own data: the site's address, the correction address, the taxonomy; and what
 * every written page goes through, the typography rules.
 */
function siteGlobals(): string {
  globals ??= stableJson({
    site: SITE_URL,
    corrections: CORRECTIONS_TARGET,
    taxonomy: loadTaxonomy(),
    typography: createHash('sha256').update(typographyRules).digest('hex'),
  });
  return globals;
}

/** The key of a page: a SHA-256 of the site globals and the given data (its props, and whatever else it reads). */
export function cacheKey(...data: unknown[]): string {
  const hash = createHash('sha256').update(siteGlobals());
  for (const part of data) hash.update('\0').update(stableJson(part));
  return hash.digest('base64url');
}
