import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The unit files that take longest (tens of seconds each in the CI logs). A fresh clone has no
 * vitest timing cache, so vitest would start them wherever they fall; one started last keeps a
 * worker busy alone at the end. Started first, the short files fill in around them.
 */
const LONG_FILES = [
  'tests/unit/store/crash-safety.test.ts',
  'tests/unit/fuzz/catalogue-import.fuzz.test.ts',
  'tests/unit/search/typo-recall.test.ts',
  'tests/unit/fuzz/channel-inputs.fuzz.test.ts',
  'tests/unit/electron/main-wiring.test.ts',
];

/** vitest's own order (failed, then slowest, once it has timings) with LONG_FILES ahead of the rest. */
class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = LONG_FILES.findIndex((f) => spec.moduleId.replaceAll('\\', '/').endsWith(f));
      return i < 0 ? LONG_FILES.length : i;
    };
    const sorted = await super.sort(files);
    return sorted.map((spec, i) => ({ spec, i })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Fixed property-test seeds under CI (tests/support/fast-check-seed.ts).
    setupFiles: ['tests/support/fast-check-seed.ts'],
    // Sized from measured durations with a wide margin (README, Tests): the longest test (the
    // catalogue fuzzing) took 6 s on a quiet machine and 55 s on a heavily loaded one.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Forks keep memory-heavy scale tests isolated. vitest's default is one worker fewer than the
    // cores, which on the 2-core CI machine ran every file one after another; `npm test` runs the
    // unit tests alone (static checks and build before, e2e after), so both cores are free.
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongFilesFirst },
  },
});
