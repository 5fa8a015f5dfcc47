/** What leaves the site with a page: preview metadata and JSON-LD, citations, correction requests, RSS feeds and verification codes. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './cite.ts';
export * from './corrections.ts';
export * from './feed-response.ts';
export * from './feeds.ts';
export * from './page-meta.ts';
export * from './structured-data.ts';
export * from './verification.ts';
