import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Four projects, run separately by npm test: fast unit tests (fake browser, fake IndexedDB),
// real-data conformance against ../shared/realdata, E2E in Debian's Chromium, and a Firefox E2E subset.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/setup/globals.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: { name: 'realdata', include: ['tests/realdata.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
