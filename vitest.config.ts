import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Sized from measured durations with a wide margin (README, Tests): the longest test (the
    // catalogue fuzzing) took 6 s on a quiet machine and 55 s on a heavily loaded one.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores here: forks keep memory-heavy scale tests isolated.
    pool: 'forks',
  },
});
