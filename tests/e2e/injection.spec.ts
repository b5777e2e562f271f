import { expect, test, type Page } from '@playwright/test';
import { pagesWithWidgets } from './support/site';

/** Markup that would run or inject if any widget rendered reader input as HTML. */
const payloads = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1></svg>',
  "</textarea><script>window.__xss=1</script>",
];

/** Query keys the widgets could read, plus the payload in each. */
const shareKeys = ['before', 'after', 'prompt', 'p', 'q', 'state', 's', 'template', 'pair', 'preset', 'setup', 'name'];

async function expectNothingInjected(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], astro-island script')).toHaveCount(0);
}

async function hydrateAll(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
}

for (const path of pagesWithWidgets()) {
  test(`${path}: text typed into widgets, and the share URL it makes, render as text`, async ({ page }) => {
    await page.goto(path);
    await hydrateAll(page);
    const fields = page.locator('astro-island :is(textarea, input[type="text"], input[type="search"], input:not([type]))');
    const count = await fields.count();
    for (let i = 0; i < count; i += 1) {
      const field = fields.nth(i);
      if (!(await field.isVisible()) || !(await field.isEditable())) continue;
      await field.fill(payloads[i % payloads.length]!);
      await field.blur();
    }
    await page.waitForTimeout(400); // debounced widgets update their output and URL
    await expectNothingInjected(page);
    // Reload whatever share URL the widgets now show: the payload travels in it.
    await page.goto(page.url());
    await hydrateAll(page);
    await expectNothingInjected(page);
  });

  test(`${path}: a share URL carrying markup renders as text`, async ({ page }) => {
    const query = shareKeys.map((key, i) => `${key}=${encodeURIComponent(payloads[i % payloads.length]!)}`).join('&');
    await page.goto(`${path}?${query}`);
    await hydrateAll(page);
    await expectNothingInjected(page);
    await expect(page.locator('astro-island').first()).not.toBeEmpty();
  });
}
