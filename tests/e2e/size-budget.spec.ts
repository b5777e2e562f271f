import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { builtHtml, sitemapPaths } from './support/site';

/**
 * Budgets for the JavaScript a page loads, gzip-compressed as a CDN would serve it.
 * The issue allowed a prose page 35 KB, because Starlight loads Pagefind's UI (26 KB) on every
 * page; it now loads when the reader reaches for the search, and prose pages load about 5 KB,
 * so the budget holds them near that.
 */
const PROSE_PAGE_JS_BUDGET_BYTES = 10 * 1024;
/**
 * A tool page, React and every widget on it included, once the reader has scrolled through it.
 * React 19 takes about 67 KB of it. Measured on 2026-11-27: lens 81 KB, lighting 98 KB,
 * diff 103 KB, builder 107 KB.
 */
const TOOL_PAGE_JS_BUDGET_BYTES = 120 * 1024;
/** One widget's own entry module (its component code, without React and shared library chunks). */
const WIDGET_OWN_JS_BUDGET_BYTES = 30 * 1024;

/** Markers that only React's runtime contains. */
const reactMarkers = ['react.transitional.element', 'react-dom'];
/** A phrase only zod's English messages contain (src/lib/zod-setup.ts loads them with every zod user). */
const zodMarker = 'Invalid input: expected';

interface LoadedScript {
  url: string;
  gzipBytes: number;
  isReact: boolean;
  isZod: boolean;
}

function describe(scripts: LoadedScript[]): string {
  return scripts.map((s) => `${s.url} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join('; ');
}

const total = (scripts: LoadedScript[]) => scripts.reduce((sum, s) => sum + s.gzipBytes, 0);

async function loadAndCollectScripts(page: Page, path: string, options: { scrollThrough?: boolean } = {}): Promise<LoadedScript[]> {
  const scripts: Promise<LoadedScript>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response.body().then((body) => {
        const text = body.toString('utf8');
        return {
          url: new URL(response.url()).pathname,
          gzipBytes: gzipSync(body).length,
          isReact: reactMarkers.some((marker) => text.includes(marker)),
          isZod: text.includes(zodMarker),
        };
      }),
    );
  };
  page.on('response', onResponse);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  if (options.scrollThrough) {
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    // Every island has hydrated once Astro has removed its `ssr` attribute. (A second
    // waitForLoadState('networkidle') would return at once: the page has been idle before.)
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 30_000 });
  }
  // Then wait until no script has started loading for a while: lazy chunks follow hydration.
  for (let seen = -1; seen !== scripts.length; ) {
    seen = scripts.length;
    await page.waitForTimeout(750);
  }
  page.off('response', onResponse);
  return Promise.all(scripts);
}

/** Prose pages: built pages with no island. Pages with widgets have their own budgets. */
const prosePages = sitemapPaths().filter((path) => !builtHtml(path).includes('<astro-island'));

test('the site has prose pages to check', () => {
  expect(prosePages.length).toBeGreaterThan(0);
});

for (const path of prosePages) {
  test(`${path}: a page without widgets loads no React and at most 10 KB of JavaScript`, async ({ page }) => {
    const scripts = await loadAndCollectScripts(page, path);
    const react = scripts.filter((s) => s.isReact).map((s) => s.url);
    expect(react, `${path} loads React from ${react.join(', ')}`).toEqual([]);
    expect(total(scripts), `${path} loads ${(total(scripts) / 1024).toFixed(1)} KB of gzipped JS: ${describe(scripts)}`).toBeLessThanOrEqual(
      PROSE_PAGE_JS_BUDGET_BYTES,
    );
  });
}

const pagesWithWidgets = sitemapPaths().filter((path) => builtHtml(path).includes('<astro-island'));

for (const path of pagesWithWidgets.filter((p) => p.startsWith('/tools/'))) {
  test(`${path}: a tool page loads at most 120 KB of JavaScript, React included`, async ({ page }) => {
    const scripts = await loadAndCollectScripts(page, path, { scrollThrough: true });
    expect(total(scripts), `${path} loads ${(total(scripts) / 1024).toFixed(1)} KB: ${describe(scripts)}`).toBeLessThanOrEqual(
      TOOL_PAGE_JS_BUDGET_BYTES,
    );
  });
}

// Widgets parse share links and stored data with zod, imported on demand: a plain visit loads none
// of it. (The builder checks what the reader types with plain TypeScript.)
for (const path of pagesWithWidgets) {
  test(`${path}: a visit without a share link or stored data loads no zod`, async ({ page }) => {
    const scripts = await loadAndCollectScripts(page, path, { scrollThrough: true });
    expect(scripts.filter((s) => s.isZod).map((s) => s.url)).toEqual([]);
  });
}

for (const path of pagesWithWidgets) {
  test(`${path}: each widget's own code stays within 30 KB`, async ({ page, request }) => {
    await page.goto(path);
    const componentUrls = await page.locator('astro-island').evaluateAll((islands) =>
      islands.map((island) => island.getAttribute('component-url') ?? ''),
    );
    for (const url of new Set(componentUrls)) {
      const body = await (await request.get(url)).body();
      expect(gzipSync(body).length, `${path}: ${url}`).toBeLessThanOrEqual(WIDGET_OWN_JS_BUDGET_BYTES);
    }
  });
}

for (const path of pagesWithWidgets.filter((p) => p.startsWith('/guide/'))) {
  test(`${path}: React loads only when a widget scrolls into view`, async ({ page }) => {
    const reactScripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const text = await response.text().catch(() => '');
      if (reactMarkers.some((marker) => text.includes(marker))) reactScripts.push(response.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const islandInFirstScreen = await page.locator('astro-island').evaluateAll((islands) =>
      // An island is `display: contents`; its rendered child has the box.
      islands.some((island) => (island.firstElementChild ?? island).getBoundingClientRect().top < window.innerHeight),
    );
    // A widget in the first screen hydrates at once; otherwise nothing of React may load yet.
    expect(reactScripts.length > 0).toBe(islandInFirstScreen);
    await page.locator('astro-island').last().scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => reactScripts.length).toBeGreaterThan(0);
  });
}
