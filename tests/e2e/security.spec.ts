import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/site';

/** Records CSP violations from the first script on, so none can slip by before a listener exists. */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** Every request the page makes, so a test can prove none leaves the site's origin. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

for (const path of sitemapPaths()) {
  test(`${path}: the CSP blocks nothing the site needs, and no request leaves the origin`, async ({ page, baseURL }) => {
    const violations = await recordCspViolations(page);
    const requests = recordRequests(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    // Scroll to the end so every client:visible island hydrates.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  });
}

test('site search works under the CSP', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('/guide/skin/');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await input.fill('pores');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  expect(await violations()).toEqual([]);
});
