/** URLs and pages: every path (`site.ts`), each dynamic route's props and cache key (`page-data.ts`, `cache-keys.ts`), the sitemap's marks, redirects and the permalink guard. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './cache-keys.ts';
export * from './page-data.ts';
export * from './page-marks.ts';
export * from './permalinks.ts';
export * from './redirects.ts';
export * from './site.ts';
