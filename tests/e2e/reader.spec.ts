import { expect, test } from '@playwright/test';
import { fillTemplate, getPromptPair } from '../../src/lib';
import { waitForWidgets } from './support/fixtures';

// A newcomer's first five minutes on the home page: they see one vague portrait prompt beside
// its photographic rewrite, copy the rewrite, and follow the one next step into the builder.
test.describe('a reader on the home page', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('reaches the first five minutes and the tools from the first screen', async ({ page }) => {
    await page.goto('/');
    const firstScreen = page.viewportSize()!.height;
    for (const name of ['Your first five minutes', 'Prompt builder', 'Templates']) {
      const link = page.locator('.hero').getByRole('link', { name });
      await expect(link).toBeVisible();
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, `${name} is on the first screen`).toBeLessThanOrEqual(firstScreen);
    }
  });

  test('sees the before/after, copies the rewrite, and follows the next step', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const pair = getPromptPair('skin.first-portrait');
    await page.goto('/');

    await page.locator('.hero').getByRole('link', { name: 'Your first five minutes' }).click();
    const figure = page.locator(`figure[data-pair-id="${pair.id}"]`);
    await expect(figure).toBeInViewport();
    await expect(figure).toContainText(pair.title);
    await expect(figure.getByText('Before', { exact: true })).toBeVisible();
    await expect(figure.getByText('After', { exact: true })).toBeVisible();

    await figure.getByRole('button', { name: /the after prompt/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(pair.afterPrompt);

    await page.getByRole('link', { name: 'a portrait template in the prompt builder' }).click();
    await expect(page).toHaveURL(/\/tools\/builder\/\?template=freckled-portrait$/);
    await waitForWidgets(page, '.builder');
    await expect(page.getByTestId('builder-prompt')).toHaveText(fillTemplate('freckled-portrait'));
  });
});
