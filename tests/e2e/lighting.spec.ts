import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { defaultSetup, describeLighting, getPreset, lightTypes, mirrorSetup, setupToQuery } from '../../src/lib';
import { openTool, waitForWidgets } from './support/fixtures';
import { useTheme } from './support/site';

const TOOL = '/tools/lighting/';

const prompt = (page: Page) => page.getByTestId('light-prompt');
/** A preset button of the preview (the table has "Add to prompt: … lighting" buttons too). */
const preset = (page: Page, name: string) => page.locator('.light-setup').getByRole('button', { name, exact: true });
const filter = (page: Page, name: string) => page.locator('.light-table').getByLabel(name, { exact: true });

test.describe('light set-up preview', () => {
  test('dragging the light to the left writes "from the left"', async ({ page }) => {
    const fromRight = { ...defaultSetup, key: { ...defaultSetup.key, azimuth: 90 } };
    await openTool(page, TOOL, `?${setupToQuery(fromRight)}`, '[data-testid="light-handle"]');
    await expect(prompt(page)).toHaveText('strong side light from the right');

    const handle = page.getByTestId('light-handle');
    const diagram = page.locator('.light-setup__diagram svg');
    const from = (await handle.boundingBox())!;
    const box = (await diagram.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Round the front of the subject to the far left of the diagram, in steps, as a hand would.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.9, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.08, box.y + box.height * 0.5, { steps: 4 });
    await page.mouse.up();

    await expect(prompt(page)).toContainText('from the left');
    await expect(handle).toHaveAttribute('aria-valuenow', '-90');
    // Which side of the face the study render lights is checked by its pixels in render.spec.ts.
  });

  test('the handle works from the keyboard, presets and sliders change the prompt, and the prompt copies', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openTool(page, TOOL, '', '[data-testid="light-handle"]');
    const handle = page.getByTestId('light-handle');
    await handle.focus();
    await expect(handle).toBeFocused();
    await expect(handle).toHaveAttribute('aria-valuenow', '-90');
    await page.keyboard.press('ArrowDown');
    await expect(handle).toHaveAttribute('aria-valuenow', '-85');
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await expect(handle).toHaveAttribute('aria-valuenow', '90');
    await expect(handle).toHaveAttribute('aria-valuetext', /from the right/);
    await expect(prompt(page)).toHaveText('strong side light from the right');
    await page.keyboard.press('ArrowRight');
    await expect(handle).toHaveAttribute('aria-valuenow', '90');

    // A preset keeps the side the key is on: the mixed set-up, lit from the right.
    await preset(page, 'Mixed window and tungsten').click();
    await expect(prompt(page)).toHaveText(describeLighting(mirrorSetup(getPreset('mixed').setup)));
    await expect(prompt(page)).toContainText('key from the right');
    await expect(preset(page, 'Mixed window and tungsten')).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('slider', { name: 'Height (elevation)' }).fill('45');
    await expect(prompt(page)).toContainText('from upper right at 45 degrees');
    await expect(preset(page, 'Mixed window and tungsten')).toHaveAttribute('aria-pressed', 'false');

    await page.getByRole('button', { name: 'Mirror left ↔ right' }).click();
    await expect(prompt(page)).toContainText('from upper left at 45 degrees');
    await preset(page, 'Product (PicassoIA’s set-up)').click();
    await page.getByRole('button', { name: 'Copy prompt text' }).click();
    await expect(page.locator('.light-setup__actions [role="status"]')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'soft box from upper left at 45 degrees, white card fill from the right',
    );
  });

  test('on a phone: a pattern set from the right keeps its name, exact numbers can be typed, the pinned picture and diagram cover no control', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openTool(page, TOOL, '', '[data-testid="light-handle"]');
    await preset(page, 'Rembrandt').click();
    await page.getByRole('button', { name: 'Mirror left ↔ right' }).click();
    await expect(prompt(page)).toHaveText('Rembrandt lighting, strong light from upper right at 45 degrees');
    await expect(preset(page, 'Rembrandt')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('light-handle')).toHaveAttribute('aria-valuenow', '45');

    // A small move keeps the name; out of the zone the name goes, and the tool says why.
    const direction = page.getByRole('spinbutton', { name: 'Direction (azimuth) °' });
    await direction.fill('55');
    await expect(prompt(page)).toHaveText(/^Rembrandt lighting, /);
    await direction.fill('70');
    await expect(page.locator('.light-setup__pattern-note')).toHaveText(/^No longer Rembrandt lighting: the key is 70° to one side/);
    await expect(prompt(page)).not.toContainText('Rembrandt');

    // 3,200 K, studio tungsten: a value the slider's 100 K steps reach only by luck on a phone.
    await page.getByRole('spinbutton', { name: 'Key colour temperature K' }).fill('3200');
    await expect(page.getByRole('slider', { name: 'Key colour temperature' })).toHaveValue('3200');
    await expect(prompt(page)).toContainText('warm tungsten');

    // Every control, reached with the keyboard, shows below the pinned picture, not under it.
    const controls = page.locator('.light-setup__controls :is(input, select):not([disabled])');
    for (const control of await controls.all()) {
      await control.focus();
      const covered = await control.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !(top === element || element.contains(top) || top?.closest('label') === element.closest('label'));
      });
      expect(covered, `${await control.getAttribute('aria-labelledby') ?? await control.getAttribute('id')} under the picture`).toBe(false);
    }
    // The light's handle, pinned beside the picture on a phone, stays in sight and in reach.
    const handleHit = await page.getByTestId('light-handle').evaluate((handle) => {
      const box = handle.getBoundingClientRect();
      return handle.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    });
    expect(handleHit, 'the light handle is visible while the last control is in use').toBe(true);

    // The lighting table's filters are tap targets a finger can hit.
    await waitForWidgets(page, '.light-table');
    for (const select of await page.locator('.light-table__filters select').all()) {
      expect((await select.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    }
  });

  test('a shared URL restores the set-up, and changes are written back to the URL', async ({ page }) => {
    const rembrandt = getPreset('rembrandt').setup;
    await openTool(page, TOOL, `?${setupToQuery(rembrandt)}`, '[data-testid="light-handle"]');
    await expect(prompt(page)).toHaveText('Rembrandt lighting, strong light from upper left at 45 degrees');
    await expect(page.getByRole('slider', { name: 'Height (elevation)' })).toHaveValue('45');
    await expect(page.getByTestId('light-handle')).toHaveAttribute('aria-valuenow', '-45');
    await expect(preset(page, 'Rembrandt')).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('checkbox', { name: 'Rim light' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('rim')).toBe('1');
    const shared = page.url();
    const again = await page.context().newPage();
    await again.goto(shared);
    await waitForWidgets(again, '[data-testid="light-handle"]');
    await expect(again.getByTestId('light-prompt')).toHaveText(await prompt(page).innerText());
  });

  test('a malformed URL shows a message and the default set-up', async ({ page }) => {
    await openTool(page, TOOL, '?az=banana&el=400', '[data-testid="light-handle"]');
    await expect(page.getByRole('alert')).toContainText('could not be read');
    await expect(page.getByRole('alert')).toContainText('default set-up');
    await expect(prompt(page)).toHaveText(describeLighting(defaultSetup));
    await expect(page.getByTestId('light-handle')).toHaveAttribute('aria-valuenow', '-90');
  });

  test('"Add to prompt" puts the set-up in the tray, and the tray copies it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openTool(page, TOOL, '', '[data-testid="light-handle"]');
    await waitForWidgets(page, '.prompt-tray');
    await preset(page, 'Golden hour').click();
    await page.locator('.light-setup').getByRole('button', { name: 'Add to prompt' }).click();
    const tray = page.locator('.prompt-tray');
    await expect(tray.getByRole('listitem')).toHaveText([/low golden hour sunlight from the left/]);
    await tray.getByRole('button', { name: 'Copy all as one prompt' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('low golden hour sunlight from the left');
    await tray.getByRole('button', { name: 'Remove: low golden hour sunlight from the left' }).click();
    await expect(tray).toContainText('The tray is empty');
  });
});

test.describe('lighting table', () => {
  const rows = (page: Page) => page.locator('.light-table tbody tr');
  const names = (page: Page) => page.locator('.light-table tbody th');

  test('reads without JavaScript: a real table with every light type and the default prompt', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(TOOL);
    await expect(page.locator('.light-table table caption')).toContainText('Light types');
    await expect(rows(page)).toHaveCount(lightTypes.length);
    await expect(page.locator('.light-table tbody tr', { hasText: 'Neon' })).toContainText('not rated in PicassoIA’s article');
    await expect(page.locator('.light-table tbody tr', { hasText: 'Candle' })).toContainText('1,700–1,900 K');
    await expect(page.getByTestId('light-prompt')).toHaveText('strong side light from the left');
    await context.close();
  });

  test('sorts by a column header, with aria-sort', async ({ page }) => {
    await openTool(page, TOOL, '', '.light-table');
    const kelvinHeader = page.locator('.light-table thead th', { hasText: 'Colour temperature' });
    await expect(kelvinHeader).toHaveAttribute('aria-sort', 'none');
    await kelvinHeader.getByRole('button').click();
    await expect(kelvinHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(names(page).first()).toContainText('Candle');
    // Neon has no Kelvin value, so it sorts last either way.
    await expect(names(page).last()).toContainText('Neon');
    await kelvinHeader.getByRole('button').click();
    await expect(kelvinHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(names(page).first()).toContainText('Open shade');

    const ratingHeader = page.locator('.light-table thead th', { hasText: 'Rating' });
    await ratingHeader.getByRole('button').click();
    await expect(ratingHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(kelvinHeader).toHaveAttribute('aria-sort', 'none');
    await expect(rows(page).nth(0)).toHaveAttribute('data-light', 'directional-studio');
    await expect(rows(page).nth(1)).toHaveAttribute('data-light', 'soft-overcast');
  });

  test('filters by rating, temperature and place', async ({ page }) => {
    await openTool(page, TOOL, '', '.light-table');
    await filter(page, 'Rating in PicassoIA’s article').selectOption('Excellent');
    await expect(rows(page)).toHaveCount(2);
    await expect(page.locator('.light-table [role="status"]')).toContainText('Showing 2 of');

    await filter(page, 'Rating in PicassoIA’s article').selectOption('any');
    await filter(page, 'Colour temperature').selectOption('cool');
    await expect(names(page).filter({ hasText: 'Blue hour' })).toHaveCount(1);
    await expect(names(page).filter({ hasText: 'Candle' })).toHaveCount(0);

    await filter(page, 'Where').selectOption('indoor');
    await expect(names(page).filter({ hasText: 'Blue hour' })).toHaveCount(0);
    await expect(names(page).filter({ hasText: 'Mixed temperature' })).toHaveCount(1);

    await filter(page, 'Rating in PicassoIA’s article').selectOption('Good');
    await expect(rows(page)).toHaveCount(0);
    await expect(page.locator('.light-table')).toContainText('No light type matches these filters.');
  });

  test('adds a phrase to the prompt tray from the keyboard', async ({ page }) => {
    await openTool(page, TOOL, '', '.light-table');
    await waitForWidgets(page, '.prompt-tray');
    const add = page.getByRole('button', { name: 'Add to prompt: warm candlelight' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.light-table [role="status"]')).toContainText('Added “warm candlelight”');
    await expect(page.locator('.prompt-tray').getByRole('listitem')).toHaveText([/warm candlelight/]);
  });
});

test('the light article embeds the set-up preview and links the table on the tool page', async ({ page }) => {
  await page.goto('/guide/light/');
  await expect(page.getByRole('heading', { name: 'Try it: place the key light' })).toBeVisible();
  await expect(page.locator('.light-table')).toHaveCount(0);
  await expect(page.locator('.sl-markdown-content a[href="/tools/lighting/"]').first()).toBeVisible();
  await waitForWidgets(page, '[data-testid="light-handle"]');
  await preset(page, 'Split').click();
  await expect(prompt(page)).toHaveText('split lighting, strong side light from the left');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the hydrated widgets, with a tray item and a URL message, have no axe violation (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await openTool(page, TOOL, '?az=banana');
    await page.getByRole('button', { name: 'Add to prompt: soft box modifier' }).click();
    await expect(page.locator('.prompt-tray').getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('alert')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('.light-table')
      .include('.light-setup')
      .include('.prompt-tray')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
