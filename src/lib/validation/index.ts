/** The content validator behind `npm run check` and every build: file walking, schema issues, one file per cross-entry rule, Vietnamese text quality. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './entries.ts';
export * from './files.ts';
export * from './locale.ts';
export * from './mdx-safety.ts';
export * from './placeholder.ts';
export * from './problems.ts';
export * from './schema-issues.ts';
export * from './source.ts';
export * from './taxonomy.ts';
export * from './text-quality.ts';
export * from './validate.ts';
