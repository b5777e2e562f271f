import { expect, test } from '@playwright/test';
import { recordCspViolations } from './support/site';

/**
 * Site search, in one page load. Pagefind's UI (about 26 KB) loads when the reader reaches for
 * the search, not on every page (src/components/search/pagefind-ui-on-demand.ts); it works under
 * the CSP; and its excerpts quote the guide's prose, with words kept apart.
 */
test('search loads on demand, works under the CSP with Ctrl+K, and its excerpts read as prose', async ({ page }) => {
  const violations = await recordCspViolations(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/guide/skin/');
  await page.waitForLoadState('networkidle');
  const pagefindScripts = () => scripts.filter((path) => path.includes('ui-core') || path.includes('/pagefind/'));
  expect(pagefindScripts()).toEqual([]);

  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await expect(input).toBeFocused({ timeout: 15_000 });
  await page.keyboard.type('pores');
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  expect(pagefindScripts().length).toBeGreaterThan(0);

  const excerpts = page.locator('.pagefind-ui__result-excerpt');
  /** Fills the query and waits until the results are for it (Pagefind marks the query words). */
  const search = async (query: string) => {
    await input.fill(query);
    await expect(page.locator('.pagefind-ui__message')).toContainText(`for ${query}`, { timeout: 15_000 });
    await expect(excerpts.first()).toBeVisible();
    return excerpts.allInnerTexts();
  };

  // Widgets' controls are marked data-pagefind-ignore, so results quote the guide's prose and
  // tables, not button labels run together ("Presets:RembrandtSplit…", "…fogCopy.").
  for (const text of await search('rim light')) {
    expect(text).not.toContain('Presets:');
    expect(text).not.toMatch(/[a-z.]Copy\b/);
  }

  // Pagefind runs the text of adjacent elements together unless the HTML has a space between
  // them ("Written forFLUX.2", "2,600–2,900 KwarmHousehold"). These queries reach a template
  // card, a home-page card, a component's table header and the lighting table.
  for (const query of ['freckles', 'squint test', 'tungsten']) {
    const words = (await search(query)).flatMap((text) => text.split(/\s+/));
    // A lower-case letter straight before a capital, outside links, repository names and the
    // names spelled that way (PicassoIA, whose article the guide started from; CineStill film).
    const named = (word: string) => /[/#]/.test(word) || /PicassoIA|CineStill/.test(word);
    expect(words.filter((word) => !named(word) && /\p{Ll}\p{Lu}/u.test(word)), query).toEqual([]);
  }
  expect(await violations()).toEqual([]);
});
