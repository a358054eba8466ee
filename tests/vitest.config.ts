import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['api/**/*.test.ts', 'realtime/**/*.test.ts', 'faults/**/*.test.ts', 'security/**/*.test.ts', 'e2e/**/*.test.ts', 'drill/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
