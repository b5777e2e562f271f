import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the production build served by `astro preview`.
 * Chromium: $CHROMIUM_PATH if set, else Debian's headless shell, else Debian's full Chromium, else
 * Playwright's own browser (`npx playwright install chromium` on machines that can download it).
 * The headless shell is the browser Playwright itself runs headless tests in; it draws the same
 * pages (the same Blink, V8 and software WebGL) without the full browser's UI process, and the
 * suite takes about 40 % less CPU in it, which on a 2-core machine is most of its wall time.
 */
const chromiumPath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const port = Number(process.env.PREVIEW_PORT ?? 4321);
/** Build folder to serve: `dist` unless DIST_DIR names another (lets two builds be tested side by side). */
const outDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // The one timeout policy. A smoke test holds a page's whole check (axe on a long article, a Tab
  // walk through a tool), which on a busy 2-core machine can take a minute; a large island
  // re-renders in seconds there. A test that waits for a study render's full frame calls
  // test.slow() (tests/e2e/support/fixtures.ts).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: process.env.CI ? 2 : undefined,
  // No retries: a test that passes only on a second try is a test to fix.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording a trace costs every test time; CI prints the failure, a local run keeps the trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --port ${port} --host localhost --outDir ${outDir} --ignore-lock`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
