import fc from 'fast-check';

/**
 * CI decides whether a change lands, so there every property explores the same cases each run:
 * a red CI then means the change broke something, never that this run drew a rarer value.
 * Anywhere else (`npm run test:unit` on a desk, FC_SEED unset) each run draws fresh values and
 * a failure prints the seed and path that replay it; FC_SEED=<n> replays a given run.
 */
const CI_SEED = 20_261_202;

const chosen = process.env.FC_SEED;
if (chosen !== undefined && chosen !== '') fc.configureGlobal({ seed: Number(chosen) });
else if (process.env.CI) fc.configureGlobal({ seed: CI_SEED });
