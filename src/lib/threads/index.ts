/** Worker threads: the one pool every off-main-thread job of the build goes through. */
// The folder's modules, for readers. Code imports the module it needs (`../text/dates.ts`), not this index:
// importing the index would load every module of the folder, Node-only ones included, wherever it is used.
export * from './pool.ts';
