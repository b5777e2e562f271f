import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { builtHtml, sitemapPaths } from './support/site';

/** Budgets for the JavaScript a page loads, gzip-compressed as a CDN would serve it. */
const PROSE_PAGE_JS_BUDGET_BYTES = 35 * 1024;

/** Markers that only React's runtime contains. */
const reactMarkers = ['react.transitional.element', 'react-dom'];

interface LoadedScript {
  url: string;
  gzipBytes: number;
  isReact: boolean;
}

async function loadAndCollectScripts(page: Page, path: string): Promise<LoadedScript[]> {
  const scripts: Promise<LoadedScript>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response.body().then((body) => {
        const text = body.toString('utf8');
        return {
          url: new URL(response.url()).pathname,
          gzipBytes: gzipSync(body).length,
          isReact: reactMarkers.some((marker) => text.includes(marker)),
        };
      }),
    );
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return Promise.all(scripts);
}

/** Prose pages: built pages with no island. Pages with widgets have their own budgets. */
const prosePages = sitemapPaths().filter((path) => !builtHtml(path).includes('<astro-island'));

test('the site has prose pages to check', () => {
  expect(prosePages.length).toBeGreaterThan(0);
});

for (const path of prosePages) {
  test(`${path}: a page without widgets loads no React and at most 35 KB of JavaScript`, async ({ page }) => {
    const scripts = await loadAndCollectScripts(page, path);
    const react = scripts.filter((s) => s.isReact).map((s) => s.url);
    expect(react, `${path} loads React from ${react.join(', ')}`).toEqual([]);
    const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
    const listing = scripts.map((s) => `${s.url} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join('; ');
    expect(total, `${path} loads ${(total / 1024).toFixed(1)} KB of gzipped JS: ${listing}`).toBeLessThanOrEqual(
      PROSE_PAGE_JS_BUDGET_BYTES,
    );
  });
}
