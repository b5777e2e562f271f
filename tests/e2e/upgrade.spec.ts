import { expect, test, type Page } from '@playwright/test';
import { applyUpgrade, getFragment, upgradeNotices, upgradePrompt } from '../../src/lib';
import { defaultUpgradeState, UPGRADE_EXAMPLE_PROMPT } from '../../src/lib/upgrade/share';
import { openTool, waitForWidgets } from './support/fixtures';
import { watchForProblems } from './support/site';

const tool = (page: Page) => page.locator('.fpg-upgrade');
const promptBox = (page: Page) => page.getByLabel('Your prompt', { exact: true });
const result = (page: Page) => page.getByTestId('upgrade-result');

/** Waits until the tool has hydrated and read the link (it marks itself data-ready). */
const waitForTool = (page: Page) => waitForWidgets(page, '.fpg-upgrade[data-ready="true"]');
const openUpgrade = (page: Page, query = '') => openTool(page, '/tools/upgrade/', query, '.fpg-upgrade[data-ready="true"]');

test.describe('Make it photographic', () => {
  test('from the home page box to the tool: drop one piece, copy what the library gives for the rest', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems = watchForProblems(page);
    const prompt = UPGRADE_EXAMPLE_PROMPT;
    const model = defaultUpgradeState.model;

    await page.goto('/');
    await page.getByLabel('Have a prompt already?').fill(prompt);
    await page.getByRole('button', { name: 'Make it photographic' }).click();
    await expect(page).toHaveURL(/\/tools\/upgrade\/\?prompt=/);
    await waitForTool(page);
    await expect(promptBox(page)).toHaveValue(prompt);

    const { suggestions, upgraded } = upgradePrompt(prompt, { model });
    await expect(result(page)).toHaveText(upgraded);

    const lens = suggestions.find((s) => s.fragmentId === 'lens.portrait-85mm-f1-8')!;
    const piece = tool(page).locator(`[data-piece="${lens.id}"]`);
    await piece.getByRole('checkbox').uncheck();
    const expected = applyUpgrade(prompt, suggestions.filter((s) => s !== lens));
    await expect(result(page)).toHaveText(expected);
    expect(expected).not.toContain(getFragment('lens.portrait-85mm-f1-8').text);

    await page.getByRole('button', { name: 'Copy the result' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Upgraded prompt: Copied' })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    // The address keeps the dropped piece: a reload restores the same result.
    await expect(page).toHaveURL(/drop=add%3Alens\.portrait-85mm-f1-8/);
    await page.reload();
    await waitForTool(page);
    await expect(result(page)).toHaveText(expected);
    await expect(tool(page).locator(`[data-piece="${lens.id}"]`).getByRole('checkbox')).not.toBeChecked();
    expect(problems).toEqual([]);
  });

  test('the builder and diff links carry the result', async ({ page }) => {
    await openUpgrade(page, `?prompt=${encodeURIComponent('a bowl of ramen, 8k')}`);
    const { upgraded } = upgradePrompt('a bowl of ramen, 8k', { model: defaultUpgradeState.model });
    await page.getByRole('button', { name: 'Compare in the diff tool' }).click();
    await expect(page).toHaveURL(/\/tools\/diff\/\?before=/);
    await expect(page.getByLabel('After', { exact: true })).toHaveValue(upgraded);
    await page.goBack();
    await waitForTool(page);
    await page.getByRole('button', { name: 'Open in the builder' }).click();
    await expect(page).toHaveURL(/\/tools\/builder\/\?s=/);
    await expect(page.locator('.builder__part-text').filter({ hasText: getFragment('light.window-light-right').text })).toHaveCount(1);
    await expect(page.locator('.builder__part-text').first()).toHaveText('a bowl of ramen');
  });

  test('clear, an empty box and markup: a message, never a blank tool or rendered markup', async ({ page }) => {
    await openUpgrade(page);
    await page.getByRole('button', { name: 'Clear the prompt box' }).click();
    await expect(promptBox(page)).toHaveValue('');
    await expect(promptBox(page)).toBeFocused();
    await expect(tool(page).getByText(upgradeNotices.empty)).toBeVisible();

    await promptBox(page).fill('<img src=x onerror="window.__pwned=1"> a teapot');
    await expect(result(page)).toContainText('<img src=x onerror="window.__pwned=1"> a teapot');
    await expect(tool(page).locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // The reader's own contradiction stays in the result and is shown beside it.
    await promptBox(page).fill('photo of a man, golden hour, overcast sky');
    await expect(tool(page).locator('[data-upgrade-conflicts]')).toContainText('"golden hour" needs a low sun');
    await expect(result(page)).toContainText('golden hour, overcast sky');
  });

  test('a malformed link says so and opens the example', async ({ page }) => {
    await openUpgrade(page, '?prompt=a%20cat&model=flux9-ultra&drop=%3Cscript%3E');
    await expect(tool(page).getByRole('alert')).toContainText('could not be read');
    await expect(promptBox(page)).toHaveValue(UPGRADE_EXAMPLE_PROMPT);
  });

  test('without JavaScript the page shows the example and its upgrade', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tools/upgrade/');
    await expect(promptBox(page)).toHaveValue(UPGRADE_EXAMPLE_PROMPT);
    await expect(result(page)).toHaveText(upgradePrompt(UPGRADE_EXAMPLE_PROMPT, { model: defaultUpgradeState.model }).upgraded);
    await context.close();
  });

  test('a 100,000-character paste gets a message and the tool stays usable', async ({ page }) => {
    await openUpgrade(page);
    const huge = 'a cat on a sofa, '.repeat(6000).slice(0, 100_000);
    await promptBox(page).fill(huge);
    await expect(tool(page).getByText(upgradeNotices.tooLongInput)).toBeVisible();
    await expect(result(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Clear the prompt box' }).click();
    await promptBox(page).fill('a teapot on a shelf');
    await expect(result(page)).toContainText('a teapot on a shelf, ');
  });
});
