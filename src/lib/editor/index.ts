/** Tools for editors: the web editor's configuration (Decap), new-file templates and the spreadsheet importer. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './decap.ts';
export * from './importer.ts';
export * from './scaffold.ts';
