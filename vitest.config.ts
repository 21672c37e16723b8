import { defineConfig } from 'vitest/config';

// Two projects: fast pure-function tests, and browser tests that build the site first. The unit
// files run first, two at a time (Vitest's default on two cores is one); the browser files after
// them, one at a time, with the machine to themselves.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts', 'node_modules/**'],
          testTimeout: 60_000,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.browser.test.ts'],
          globalSetup: ['tests/support/build-site.global.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
