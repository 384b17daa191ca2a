import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Chromium-backed tests share two cores; running files one after another keeps timings sane.
    fileParallelism: false,
  },
});
