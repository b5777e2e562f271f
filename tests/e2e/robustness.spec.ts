import { expect, test, type Page } from '@playwright/test';
import { pagesWithWidgets, watchForProblems } from './support/site';

const widgetPages = pagesWithWidgets();

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function hydrateAll(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

test('the site has widget pages to check', () => {
  expect(widgetPages.length).toBeGreaterThan(0);
});

for (const path of widgetPages) {
  test.describe(`${path} widgets`, () => {
    test('read without JavaScript: every widget renders its default state on the server', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      for (const island of await page.locator('astro-island').all()) {
        expect((await island.innerText()).trim().length, 'server-rendered widget text').toBeGreaterThan(20);
      }
      await context.close();
    });

    for (const [label, width] of [
      ['a 320 px screen', 320],
      ['200 % zoom (640 CSS px on a 1280 px window)', 640],
    ] as const) {
      test(`fit ${label} without horizontal scrolling`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await hydrateAll(page);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      });
    }

    test('work with reduced motion and raise no error', async ({ page }) => {
      const problems = watchForProblems(page);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path);
      await hydrateAll(page);
      expect(problems).toEqual([]);
    });

    test('every control in every widget is reachable with the Tab key', async ({ page }) => {
      await page.goto(path);
      await hydrateAll(page);
      const focusable =
        'astro-island :is(a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]):not([type="radio"]:not(:checked)), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]))';
      const expected = await page.locator(focusable).evaluateAll((elements) =>
        // Rendered controls only: not hidden, and not inside a closed <details> (open it first).
        elements.filter((e) => e.checkVisibility() && !(e.closest('details:not([open])') && e.tagName !== 'SUMMARY')).length,
      );
      await page.evaluate(() => {
        window.__reached = new Set<Element>();
        document.addEventListener('focusin', (event) => {
          if ((event.target as Element).closest('astro-island')) window.__reached.add(event.target as Element);
        });
      });
      await page.locator('body').focus();
      // Tab until every control has had focus, with a cap well above the page's tab stops.
      let reached = 0;
      for (let press = 0; press < 800 && reached < expected; press += 1) {
        await page.keyboard.press('Tab');
        if (press % 20 === 19) reached = await page.evaluate(() => window.__reached.size);
      }
      reached = await page.evaluate(() => window.__reached.size);
      expect(reached).toBeGreaterThanOrEqual(expected);
    });
  });
}

declare global {
  interface Window {
    __reached: Set<Element>;
  }
}
