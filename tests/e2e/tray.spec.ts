import { expect, test, type Page } from '@playwright/test';
import { parseTray, serializeTray, type TrayItem } from '../../src/lib';
import { openTool, waitForWidgets } from './support/fixtures';

const TOOL = '/tools/lighting/';
const KEY = 'fpg:prompt-tray';
const already: TrayItem = { text: 'a 3200 K tungsten key light from camera left', slot: 'lighting', from: 'lighting' };


const trayTexts = (page: Page) => page.locator('.prompt-tray li code');

/** Clicks the first `count` different "Add to prompt" buttons of the table in one task; returns their phrases. */
function clickAddButtonsInOneTask(page: Page, count: number): Promise<string[]> {
  return page.evaluate((count) => {
    const prefix = 'Add to prompt: ';
    const byText = new Map<string, HTMLButtonElement>();
    for (const button of document.querySelectorAll<HTMLButtonElement>(`.light-table button[aria-label^="${prefix}"]`)) {
      const text = button.getAttribute('aria-label')!.slice(prefix.length);
      if (!byText.has(text.toLowerCase())) byText.set(text.toLowerCase(), button);
    }
    const buttons = [...byText.values()].slice(0, count);
    for (const button of buttons) button.click();
    return buttons.map((button) => button.getAttribute('aria-label')!.slice(prefix.length));
  }, count);
}

test('five "Add to prompt" clicks in one task all reach the tray, and another tab sees them without reloading', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(TOOL);
  // One phrase already in the tray, so the first read has to load the parser while the clicks arrive.
  await page.evaluate(([key, stored]) => window.localStorage.setItem(key, stored), [KEY, serializeTray([already])] as const);

  const other = await context.newPage();
  await openTool(other, TOOL, '', '.prompt-tray');
  await expect(trayTexts(other)).toHaveText([already.text]);

  await page.reload();
  // The table only: the tray further down has not started reading when the clicks come.
  await waitForWidgets(page, '.light-table');
  const added = await clickAddButtonsInOneTask(page, 5);
  expect(added).toHaveLength(5);
  const expected = [already.text, ...added];

  await waitForWidgets(page, '.prompt-tray');
  await expect(trayTexts(page)).toHaveText(expected);
  await expect(trayTexts(other)).toHaveText(expected);
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), KEY);
  expect(parseTray(stored).items.map((item) => item.text)).toEqual(expected);

  // A removal in the other tab reaches this one.
  await other.getByRole('button', { name: `Remove: ${added[0]}` }).click();
  await expect(trayTexts(page)).toHaveText([already.text, ...added.slice(1)]);
});

test('a corrupt stored tray shows a message and an empty tray that works', async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, '{not json'), KEY);
  await openTool(page, TOOL, '', '.prompt-tray');
  const tray = page.locator('.prompt-tray');
  await expect(tray.getByRole('alert')).toHaveText('The saved prompt tray could not be read, so the tray starts empty.');
  await expect(tray).toContainText('The tray is empty');

  await waitForWidgets(page, '.light-table');
  const [phrase] = await clickAddButtonsInOneTask(page, 1);
  await expect(trayTexts(page)).toHaveText([phrase!]);
  await expect(tray.getByRole('alert')).toHaveCount(0);
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), KEY);
  expect(parseTray(stored)).toEqual({ items: [expect.objectContaining({ text: phrase })] });
});
