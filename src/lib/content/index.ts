/** The content layer: reading and resolving the collections (`data.ts`, the one data-access module), taxonomy, publication rules, record shapes, git history, privacy, listings and the exhibition kit. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './browse.ts';
export * from './data.ts';
export * from './history.ts';
export * from './mdx-kit.ts';
export * from './model.ts';
export * from './privacy.ts';
export * from './records.ts';
export * from './taxonomy.ts';
