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

// Pagefind runs the text of adjacent elements together unless the HTML has a space between
// them, so excerpts once read "Written forFLUX.2", "ColourPhotographic colour", "Written
// asToolWhat it means there" and "2,600–2,900 KwarmHousehold". These queries reach a template
// card, a home-page card, a component's table header and the lighting table.
for (const query of ['freckles', 'squint test', 'tungsten']) {
  test(`search excerpts keep words apart: "${query}"`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill(query);
    const excerpts = page.locator('.pagefind-ui__result-excerpt');
    await expect(excerpts.first()).toBeVisible({ timeout: 15_000 });
    const words = (await excerpts.allInnerTexts()).flatMap((text) => text.split(/\s+/));
    // A lower-case letter straight before a capital, outside links and repository names.
    const runTogether = words.filter((word) => !/[/#]/.test(word) && /\p{Ll}\p{Lu}/u.test(word));
    expect(runTogether).toEqual([]);
  });
}
