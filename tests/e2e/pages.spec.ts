import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { designUrls, sitemapPaths, useTheme, watchForProblems } from './support/site';

const paths = sitemapPaths();

test('every URL in DESIGN.md is in the sitemap and the sidebar', async ({ page }) => {
  expect(paths).toEqual(expect.arrayContaining([...designUrls]));
  await page.goto('/guide/skin/');
  const sidebarLinks = await page.locator('#starlight__sidebar a').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  for (const url of designUrls.filter((u) => u !== '/')) expect(sidebarLinks).toContain(url);
});

for (const path of paths) {
  test.describe(path, () => {
    test('loads with a title, a description and no console error or failed request', async ({ page }) => {
      const problems = watchForProblems(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1').first()).not.toBeEmpty();
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(40);
      expect(problems).toEqual([]);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`has no axe violation (WCAG 2.2 A/AA) in the ${theme} theme`, async ({ page }) => {
        await useTheme(page, theme);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page })
          // Starlight's own search button: its visible "Ctrl K" hint is not in its aria-label
          // (label-content-name-mismatch). It belongs to the theme, not to this site's code.
          .exclude('site-search > button[data-open-modal]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
