import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { subpathBuild } from '../../scripts/site-links.mjs';
import { watchForProblems } from '../e2e/support/site';

/** The site as hosted under a sub-path (https://user.github.io/flux-guide/), browsed as a reader would. */
const { base } = subpathBuild;
const at = (path: `/${string}`) => `${base}${path}`;
const pathname = (page: Page) => new URL(page.url()).pathname;

const sitemap = readFileSync(new URL(`../../${subpathBuild.outDir}/sitemap-0.xml`, import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

/**
 * Problems while a reader clicks through. Starlight prefetches a link on hover; the click that follows
 * navigates away and aborts that prefetch (net::ERR_ABORTED), which is not a fault. A prefetch that
 * reaches the server and fails still shows as an HTTP error.
 */
function watchWhileClicking(page: Page) {
  const problems = watchForProblems(page);
  return () => problems.filter((problem) => !problem.endsWith('(net::ERR_ABORTED)'));
}

/** Scrolls every island into view and waits until each has hydrated (Astro drops `ssr` then). */
async function hydrateAll(page: Page) {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i += 1) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    await expect(islands.nth(i)).not.toHaveAttribute('ssr', /.*/);
  }
}

test('the sitemap lists every page under the base', () => {
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) expect(path.startsWith(`${base}/`)).toBe(true);
});

test('home → article → tool: the links in the hero and in the prose stay under the base', async ({ page }) => {
  const problems = watchWhileClicking(page);
  await page.goto(at('/'));
  await page.getByRole('link', { name: 'Start with how FLUX reads prompts' }).click();
  await expect(page.locator('h1')).toHaveText('How FLUX reads prompts');
  expect(pathname(page)).toBe(at('/guide/how-flux-reads-prompts/'));

  await page.locator('.sl-markdown-content').getByRole('link', { name: 'prompt checker' }).click();
  expect(pathname(page)).toBe(at('/tools/diff/'));
  await hydrateAll(page);
  // The tool keeps its state in the query string of the page it is on, base included.
  await page.getByLabel('After (checked below)').fill('a wooden table, overcast light');
  await expect.poll(() => pathname(page)).toBe(at('/tools/diff/'));
  await expect.poll(() => new URL(page.url()).search).toContain('after=');
  expect(problems()).toEqual([]);
});

test('the Qwen3 tokenizer chunk loads from under the base', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(at('/tools/diff/'));
  await hydrateAll(page);
  await page.getByLabel('Model (for the checker and token count)').selectOption({ label: 'FLUX.2 [klein] 4B' });
  await page.getByRole('button', { name: /Count exactly/ }).click();
  await expect(page.getByText(/^\d+ tokens$/)).toBeVisible({ timeout: 60_000 });
  expect(problems).toEqual([]);
});

test('search returns results whose links open pages under the base', async ({ page }) => {
  const problems = watchWhileClicking(page);
  await page.goto(at('/guide/skin/'));
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('bokeh');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  const href = (await result.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^${base}/`));
  await result.click();
  await expect.poll(() => pathname(page)).toBe(new URL(href, page.url()).pathname);
  await expect(page.locator('h1')).not.toBeEmpty();
  expect(problems()).toEqual([]);
});

for (const path of paths) {
  test(`${path} loads, and its widgets hydrate, with no failed request or console error`, async ({ page }) => {
    const problems = watchForProblems(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}
