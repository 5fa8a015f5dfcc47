/**
 * A content loader wrapper that makes everything Astro stores NFC, whatever form the file had:
 * the frontmatter data (before schema validation), the raw body, and the rendered HTML of
 * Markdown entries. Pages, feeds, exports and search metadata all read from that store.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { nfcDeep } from './nfc.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** NFC form of an entry as the store receives it. */
export function nfcEntry<T extends StoredEntry>(entry: T): T {
  return {
    ...entry,
    body: entry.body?.normalize('NFC'),
    // The rendered metadata's copy of the frontmatter is dropped: nothing reads it, and it doubled each record's
    // share of the content store (the validated frontmatter is `data`).
    rendered: entry.rendered
      ? { ...entry.rendered, html: entry.rendered.html.normalize('NFC'), ...(entry.rendered.metadata ? { metadata: { ...entry.rendered.metadata, frontmatter: {} } } : {}) }
      : entry.rendered,
  };
}

export function nfcLoader(inner: Loader): Loader {
  return {
    ...inner,
    load: (context) => {
      const store = new Proxy(context.store, {
        get(target, property) {
          if (property === 'set') return (entry: StoredEntry) => target.set(nfcEntry(entry));
          const value = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({
        ...context,
        store,
        parseData: (props) => context.parseData({ ...props, data: nfcDeep(props.data) }),
      });
    },
  };
}
