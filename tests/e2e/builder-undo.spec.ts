import { expect, test, type Page } from '@playwright/test';
import { fillTemplate, getTemplate } from '../../src/lib';
import { openTool } from './support/fixtures';

const promptBox = (page: Page) => page.getByTestId('builder-prompt');
/** Only one action can be undone at a time, so there is at most one Undo button on the page. */
const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test('"Use template" and "Start blank" can be undone, bringing back the slots and parts as they were', async ({ page }) => {
  await openTool(page, '/tools/builder/', '?template=macro-hands', '.builder');

  // The reader's own work: a slot value and a part of their own.
  const hands = "a potter's clay-covered hands shaping a bowl";
  await page.getByLabel('Hand', { exact: true }).fill(hands);
  await page.getByLabel('Words', { exact: true }).fill('thin morning light through a dusty window');
  await page.getByRole('button', { name: 'Add words' }).click();
  await expect(promptBox(page)).toContainText('thin morning light through a dusty window');
  const mine = await promptBox(page).textContent();
  const parts = await page.locator('.builder__parts li').allTextContents();

  await page.getByLabel('Template', { exact: true }).selectOption({ label: getTemplate('glass-of-water').title });
  await page.getByRole('button', { name: 'Use template' }).click();
  await expect(promptBox(page)).toHaveText(fillTemplate('glass-of-water'));
  await expect(status(page, 'Started from the template')).toHaveText(`Started from the template “${getTemplate('glass-of-water').title}”.`);

  await undoButton(page).click();
  await expect(promptBox(page)).toHaveText(mine!);
  await expect(page.getByLabel('Hand', { exact: true })).toHaveValue(hands);
  await expect(page.locator('.builder__parts li')).toHaveText(parts);
  // The Undo button is gone, so focus moves to the line that says what happened.
  await expect(status(page, 'Your earlier prompt is back')).toBeFocused();
  await expect(undoButton(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Start blank' }).click();
  await expect(promptBox(page)).toContainText('Empty');
  await undoButton(page).click();
  await expect(promptBox(page)).toHaveText(mine!);

  // Any other edit after a replacement ends the offer: undoing would throw that edit away.
  await page.getByRole('button', { name: 'Start blank' }).click();
  await page.getByLabel('Words', { exact: true }).fill('a red umbrella');
  await page.getByRole('button', { name: 'Add words' }).click();
  await expect(undoButton(page)).toHaveCount(0);
});

test('loading a saved prompt can be undone', async ({ page }) => {
  await openTool(page, '/tools/builder/', '?template=glass-of-water', '.builder');
  await page.getByLabel('Name for this prompt').fill('Plain glass');
  await page.getByRole('button', { name: 'Save prompt' }).click();
  await expect(page.getByTestId('saved-message')).toHaveText('Saved “Plain glass”.');

  await page.getByLabel('Words', { exact: true }).fill('a slice of lemon on the rim');
  await page.getByRole('button', { name: 'Add words' }).click();
  await expect(promptBox(page)).toContainText('a slice of lemon on the rim');
  const edited = await promptBox(page).textContent();

  await page.getByRole('button', { name: 'Load: Plain glass' }).click();
  await expect(promptBox(page)).toHaveText(fillTemplate('glass-of-water'));
  await expect(status(page, 'Loaded')).toHaveText('Loaded “Plain glass”.');
  await undoButton(page).click();
  await expect(promptBox(page)).toHaveText(edited!);
});
