import { expect, test } from '@playwright/test';
import { getFragment } from '../../src/lib';

test.describe('copy buttons on a prose page', () => {
  test('put the exact fragment text on the clipboard and announce it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/guide/skin/');
    const fragment = page.locator('[data-fragment-id="skin.visible-pores"]').first();
    await fragment.getByRole('button', { name: /^Copy / }).click();
    await expect(fragment.getByRole('status')).toHaveText('Copied');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(getFragment('skin.visible-pores').text);
  });

  test('select the text when the Clipboard API is refused', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.goto('/guide/skin/');
    const fragment = page.locator('[data-fragment-id="skin.visible-pores"]').first();
    await fragment.getByRole('button', { name: /^Copy / }).click();
    await expect(fragment.getByRole('status')).toContainText('press Ctrl+C');
    const selected = await page.evaluate(() => window.getSelection()?.toString());
    expect(selected).toBe(getFragment('skin.visible-pores').text);
  });
});
