import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
    // The library is pure and no test mocks a module, so the test files of a worker share one
    // module graph: the catalogue and the reading lexicon are evaluated once per worker, not once
    // per file (the unit run takes half the time).
    isolate: false,
    // Property tests draw the same cases on every run (a fixed fast-check seed).
    setupFiles: ['tests/unit/fast-check-seed.ts'],
  },
});
