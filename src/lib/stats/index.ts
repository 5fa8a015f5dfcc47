/** Figures computed from the published records: aggregates for /so-lieu/, campaign progress, home figures and the yearly reviews. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './aggregates.ts';
export * from './campaign-progress.ts';
export * from './figures.ts';
export * from './review.ts';
