import { expect, test } from '@playwright/test';

// Widgets' controls are marked data-pagefind-ignore, so search results quote the guide's prose
// and tables, not button labels run together ("Presets:RembrandtSplit…", "…fogCopy.").
test('search results quote the guide, not widget controls', async ({ page }) => {
  await page.goto('/guide/light/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('rim light');
  const excerpts = page.locator('.pagefind-ui__result-excerpt');
  await expect(excerpts.first()).toBeVisible({ timeout: 15_000 });
  const texts = await excerpts.allInnerTexts();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text).not.toContain('Presets:');
    expect(text).not.toMatch(/[a-z.]Copy\b/);
  }
});

// Pagefind's UI (about 26 KB) loads when the reader reaches for the search, not on every page
// (src/components/search/pagefind-ui-on-demand.ts).
test('the search UI loads only when the reader reaches for it, and Ctrl+K still searches', async ({ page }) => {
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
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  expect(pagefindScripts().length).toBeGreaterThan(0);
});
