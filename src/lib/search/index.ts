/** Search: the records the index holds, the index build after Astro (Node only), and the query/URL helpers the search page bundles (`query.ts`, browser-safe). */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './pagefind-index.ts';
export * from './query.ts';
export * from './records.ts';
