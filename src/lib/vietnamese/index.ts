/** Vietnamese language rules: Unicode normalisation, tone-mark placement, legacy encodings, spelling and typography. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './legacy.ts';
export * from './loader.ts';
export * from './nfc.ts';
export * from './spelling.ts';
export * from './tone.ts';
export * from './typography.ts';
