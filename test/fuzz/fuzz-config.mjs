// The fuzz budget and seed, shared by every test in test/fuzz.
// HUIYI_FUZZ_RUNS: generated documents over the whole suite (default 5,000, CI's budget); each
// property takes its share (weights below). HUIYI_FUZZ_SEED: fast-check's seed (default fixed, so
// CI is reproducible; `npm run fuzz` picks a random one and prints it for replay).
// HUIYI_FUZZ_NO_SHRINK=1: report the first failure as found, without shrinking it (quicker).
export const FUZZ_SEED = Number.parseInt(process.env.HUIYI_FUZZ_SEED ?? '20261201', 10);
export const FUZZ_RUNS = Number.parseInt(process.env.HUIYI_FUZZ_RUNS ?? '5000', 10);

if (!Number.isInteger(FUZZ_SEED)) throw new Error(`HUIYI_FUZZ_SEED must be an integer, not ${process.env.HUIYI_FUZZ_SEED}`);
if (!(FUZZ_RUNS > 0)) throw new Error(`HUIYI_FUZZ_RUNS must be a positive number, not ${process.env.HUIYI_FUZZ_RUNS}`);

/** Shares of the budget: the LSP edit cases cost ~100 times a core case, so they get fewer. */
const WEIGHTS = { lsp: 0.2, core: 0.8 };

/** Number of cases for one property: `part` of the suite, split over `of` properties. */
export function runsFor(part, of = 1) {
  return Math.max(1, Math.round((FUZZ_RUNS * WEIGHTS[part]) / of));
}

/** fast-check parameters for a property with `numRuns` cases; failures print seed and path. */
export function fuzzParameters(numRuns) {
  return { seed: FUZZ_SEED, numRuns, endOnFailure: process.env.HUIYI_FUZZ_NO_SHRINK === '1', includeErrorInReport: true };
}
