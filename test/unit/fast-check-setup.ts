/**
 * Property tests run with one fixed seed by default, so `npm test` (and CI) gives the same answer on every
 * run: a counterexample must not turn a gate red on one machine and green on the next.
 * `npm run test:fuzz` explores instead: a fresh random seed and many more runs. fast-check prints the seed
 * of any failure; `FC_SEED=<seed> npm run test:unit` replays it. A counterexample found that way is fixed and
 * kept as an explicit example in its test.
 * Lengths: see `defaultSizeToMaxWhenMaxSpecified` below.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_123;
const seedSetting = process.env.FC_SEED ?? String(DEFAULT_SEED);
const seed = Number(seedSetting);
const runs = Number(process.env.FC_RUNS ?? 100);
if (seedSetting !== 'random' && !Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${seedSetting}`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`FC_RUNS must be a positive integer, got ${process.env.FC_RUNS}`);

// An arbitrary given a `maxLength` generates lengths up to it: by default fast-check stops near 10 elements whatever
// the maximum, so a property written with `maxLength: limit + 10` would never reach the limit it was written for.
fc.configureGlobal({ ...(seedSetting === 'random' ? {} : { seed }), numRuns: runs, defaultSizeToMaxWhenMaxSpecified: true });
