/** Plain text, numbers, dates and CSV: pure helpers below everything else (no content, no Astro). */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './csv.ts';
export * from './dates.ts';
export * from './format.ts';
export * from './suggest.ts';
export * from './text.ts';
