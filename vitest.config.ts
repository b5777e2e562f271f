import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
    // Property tests draw the same cases on every run (a fixed fast-check seed).
    setupFiles: ['tests/unit/fast-check-seed.ts'],
  },
});
