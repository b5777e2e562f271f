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
