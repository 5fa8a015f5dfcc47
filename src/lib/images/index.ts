/** Images made at build time: Open Graph cards (drawn on worker threads), record photos and QR codes. Node only. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './og-image.ts';
export * from './og-pool.ts';
export * from './photo.ts';
export * from './qr.ts';
