import { expect, test, type Page } from '@playwright/test';
import { widgetQueryKeys } from '../../src/lib/query-keys';
import { waitForWidgets } from './support/fixtures';
import { sitemapPaths } from './support/site';

/** Markup that would run or inject if any widget rendered reader input as HTML. */
const payloads = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1></svg>',
  '</textarea><script>window.__xss=1</script>',
];

/** Every key of every widget's share link, each carrying a payload. */
const shareKeys = [...new Set(Object.values(widgetQueryKeys).flat())];

async function expectNothingInjected(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], astro-island script')).toHaveCount(0);
}

/**
 * Tool pages whose share link carries what the reader types (the lens picker's "Other words" box
 * stays on the page, and the lighting tool has no text box).
 */
const linkCarriesTypedText = new Set(['/tools/diff/', '/tools/builder/', '/tools/upgrade/']);

// Each widget is tested on its tool page; articles embed the same components.
for (const path of sitemapPaths().filter((p) => p.startsWith('/tools/'))) {
  test(`${path}: markup in a share URL, typed into the widgets, or in the link they then write, renders as text`, async ({ page }) => {
    const query = shareKeys.map((key, i) => `${key}=${encodeURIComponent(payloads[i % payloads.length]!)}`).join('&');
    await page.goto(`${path}?${query}`);
    await waitForWidgets(page);
    await expectNothingInjected(page);
    await expect(page.locator('astro-island').first()).not.toBeEmpty();

    await page.goto(path);
    await waitForWidgets(page);
    const fields = page.locator('astro-island :is(textarea, input[type="text"], input[type="search"], input:not([type]))');
    let typed = 0;
    for (const field of await fields.all()) {
      if (!(await field.isVisible()) || !(await field.isEditable())) continue;
      await field.fill(payloads[typed % payloads.length]!);
      await field.blur();
      typed += 1;
    }
    await expectNothingInjected(page);
    if (!linkCarriesTypedText.has(path)) return;

    // A widget writes the address once the reader's change has rested; open the link it wrote.
    await expect.poll(() => new URL(page.url()).search, { message: 'the widgets wrote their state to the address' }).not.toBe('');
    await page.goto(page.url());
    await waitForWidgets(page);
    await expectNothingInjected(page);
  });
}
