/** Charts drawn at build time as SVG: geometry, scales, data tables, chart specs, targets and the tile map of Hanoi. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './bars.ts';
export * from './columns.ts';
export * from './network.ts';
export * from './scale.ts';
export * from './specs.ts';
export * from './table.ts';
export * from './target.ts';
export * from './text.ts';
export * from './tile-map.ts';
