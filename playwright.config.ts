import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './electron/host/print/findChromium';

/**
 * End-to-end tests drive the real renderer in Chromium against the browser host and the
 * real services. The browser is Debian's Chromium (or CHROMIUM_PATH); without one, the
 * run stops here with the message saying how to install it.
 */
export default defineConfig({
  testDir: 'tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  forbidOnly: true,
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        headless: true,
        acceptDownloads: true,
        launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS] },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
