import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects, run separately by npm test: fast unit tests (fake browser, fake IndexedDB),
// real-data conformance against ../shared/realdata, and E2E in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', setupFiles: ['tests/setup/globals.ts'] },
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
    ],
  },
});
