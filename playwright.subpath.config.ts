import { defineConfig } from '@playwright/test';
import mainConfig from './playwright.config';
import { subpathBuild } from './scripts/site-links.mjs';

/**
 * Browser checks of the sub-path build (dist-subpath/, made by scripts/check-subpath.mjs) served
 * under /flux-guide/ by `astro preview`, as GitHub Pages would serve it. Same browser settings as
 * the main suite; `--ignore-lock` lets this preview run beside the main one.
 */
const port = Number(process.env.PREVIEW_PORT ?? 4322);

export default defineConfig({
  ...mainConfig,
  testDir: 'tests/subpath',
  use: { ...mainConfig.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: `npx astro preview --port ${port} --host localhost --outDir ${subpathBuild.outDir} --ignore-lock`,
    url: `http://localhost:${port}${subpathBuild.base}/`,
    env: { BASE_PATH: subpathBuild.base, SITE_URL: subpathBuild.site },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
