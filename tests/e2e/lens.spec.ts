import { expect, test, type Page } from '@playwright/test';
import { getFragment } from '../../src/lib';
import { openTool } from './support/fixtures';

const portraitText = getFragment('lens.portrait-85mm-f1-8').text;

/** Opens the lens tool and waits until the picker has read the link. */
async function openPicker(page: Page, query = '') {
  await openTool(page, '/tools/lens/', query, '[data-lens-picker]');
  return page.locator('[data-lens-picker]');
}

const fragment = (page: Page) => page.locator('[data-lens-fragment]');
const value = (page: Page, name: string) => page.locator(`dd[data-value="${name}"]`);
const bokehPath = (page: Page) => page.locator('path[data-bokeh-shape]');
/** Vertices of an SVG path drawn with M/L commands. */
const vertexCount = (d: string | null) => (d?.match(/[ML]/g) ?? []).length;

test.describe('lens and aperture picker', () => {
  test('85 mm f/1.8 at 2 m gives about 6 cm of depth of field and PicassoIA’s fragment', async ({ page }) => {
    await openPicker(page, '?focal=24&f=11&widest=1.4&distance=5&focus=landscape');
    await expect(fragment(page)).not.toContainText('85mm');

    await page.getByRole('spinbutton', { name: /Focal length/ }).fill('85');
    await page.getByRole('combobox', { name: 'Aperture', exact: true }).selectOption({ label: 'f/1.8' });
    await page.getByRole('spinbutton', { name: /Focus distance/ }).fill('2');
    await page.getByRole('combobox', { name: 'In focus' }).selectOption('eyes');

    await expect(value(page, 'total')).toHaveText('5.7 cm');
    await expect(value(page, 'near')).toHaveText('1.97 m');
    await expect(value(page, 'far')).toHaveText('2.03 m');
    await expect(value(page, 'hyperfocal')).toHaveText('134 m');
    await expect(fragment(page)).toContainText('85mm f/1.8');
    await expect(fragment(page)).toHaveText(portraitText);
  });

  test('stopping down to f/16 turns the bokeh into a polygon with one side per blade', async ({ page }) => {
    await openPicker(page);
    await expect(bokehPath(page)).toHaveAttribute('data-kind', 'circle');
    expect(vertexCount(await bokehPath(page).getAttribute('d'))).toBeGreaterThan(40);

    await page.getByRole('combobox', { name: 'Aperture', exact: true }).selectOption({ label: 'f/16' });
    await expect(bokehPath(page)).toHaveAttribute('data-sides', '7');
    expect(vertexCount(await bokehPath(page).getAttribute('d'))).toBe(7);
    await expect(page.getByText('a 7-sided polygon')).toBeVisible();

    await page.getByRole('combobox', { name: 'Aperture blades' }).selectOption('9');
    await expect(bokehPath(page)).toHaveAttribute('data-sides', '9');
    expect(vertexCount(await bokehPath(page).getAttribute('d'))).toBe(9);

    await page.getByRole('combobox', { name: 'Blade edges' }).selectOption('rounded');
    await expect(bokehPath(page)).toHaveAttribute('data-kind', 'rounded-polygon');
  });

  test('the far limit and total read "infinite" past the hyperfocal distance', async ({ page }) => {
    await openPicker(page);
    await page.getByRole('button', { name: 'Landscape: 24 mm f/11' }).click();
    await expect(value(page, 'far')).toHaveText('infinite');
    await expect(value(page, 'total')).toHaveText('infinite');
    // The reference's worked example: sharp from ≈0.94 m (0.938 m) to infinity.
    await expect(value(page, 'near')).toHaveText('93.8 cm');
    await expect(page.getByRole('button', { name: 'Landscape: 24 mm f/11' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-plane="background"]')).toHaveAttribute('data-sharpness', 'sharp');
  });

  test('a shared URL restores the settings', async ({ page, browser }) => {
    test.slow(); // two page loads in two browser contexts
    await openPicker(page);
    await page.getByRole('spinbutton', { name: /Focal length/ }).fill('135');
    await page.getByRole('combobox', { name: 'Aperture', exact: true }).selectOption({ label: 'f/2.8' });
    await page.getByRole('spinbutton', { name: /Focus distance/ }).fill('4');
    await page.getByRole('combobox', { name: 'Sensor format' }).selectOption('aps-c');
    await page.getByLabel('Compare with').selectOption('35-8');
    await expect(page.locator('canvas[data-preview="lens"]')).toHaveCount(2);
    // The address follows the last change once the settings rest.
    await expect(page).toHaveURL(/focal=135.*distance=4.*sensor=aps-c.*cmp=35-8/);
    const shared = page.url();
    const before = await fragment(page).textContent();
    const totalBefore = await value(page, 'total').textContent();

    const reader = await browser.newContext();
    const other = await reader.newPage();
    await other.goto(shared);
    await other.locator('[data-lens-picker]').scrollIntoViewIfNeeded();
    await expect(other.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(other.getByRole('spinbutton', { name: /Focal length/ })).toHaveValue('135');
    await expect(other.getByRole('combobox', { name: 'Aperture', exact: true })).toHaveValue('2.8');
    await expect(other.getByRole('spinbutton', { name: /Focus distance/ })).toHaveValue('4');
    await expect(other.getByRole('combobox', { name: 'Sensor format' })).toHaveValue('aps-c');
    await expect(other.locator('[data-lens-fragment]')).toHaveText(before!);
    await expect(other.locator('dd[data-value="total"]')).toHaveText(totalBefore!);
    await expect(other.getByLabel('Compare with')).toHaveValue('35-8');
    await expect(other.locator('canvas[data-preview="lens"]')).toHaveCount(2);
    await reader.close();
  });

  test('compares a 35 mm f/1.4 with an 85 mm f/1.8 for a portrait at 2 m, at the same framing or the same distance', async ({ page }) => {
    await openPicker(page, '?focal=35&f=1.4&widest=1.4&distance=2&cmp=85-1.8');
    const compare = page.locator('.lens-study__compare');
    const row = (name: string) => compare.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(compare.getByRole('columnheader')).toHaveText(['35 mm f/1.4', '85 mm f/1.8']);
    // Same framing, as links made before the choice open: the 85 mm steps back to 4.86 m.
    await expect(row('Distance to the person').getByRole('cell')).toHaveText(['2.00 m', '4.86 m']);
    await expect(page.getByTestId('lens-compare-sentence')).toHaveText(/^Framing the person the same, /);

    await page.getByRole('combobox', { name: 'Keep' }).selectOption('distance');
    await expect(row('Distance to the person').getByRole('cell')).toHaveText(['2.00 m', '2.00 m']);
    await expect(row('Depth of field').getByRole('cell')).toHaveText(['27.1 cm', '5.7 cm']);
    await expect(page.getByTestId('lens-compare-sentence')).toHaveText(/^From the same 2.00 m, the 85 mm f\/1.8 shows the person 2.5 times as large/);
    await expect(page).toHaveURL(/cmp=85-1.8&hold=distance/);
  });

  test('a 35 mm f/1.4 focuses only as close as an ordinary lens does; as a macro lens it comes to life size, and the link keeps that', async ({ page }) => {
    await openPicker(page, '?focal=35&f=1.4&widest=1.4&distance=2');
    const distance = page.getByRole('spinbutton', { name: /Focus distance/ });
    await expect(page.getByText('An ordinary 35 mm lens focuses down to about 26.8 cm')).toBeVisible();
    await distance.fill('0.1');
    await expect(page.getByText('Enter a number from 0.268 to 1000.')).toBeVisible();
    await expect(page).toHaveURL(/distance=2(&|$)/);
    await distance.blur();
    await expect(distance).toHaveValue('2');

    await page.getByRole('combobox', { name: 'Lens type' }).selectOption('macro');
    await expect(page.getByText('As a macro lens, this 35 mm focuses down to 7.0 cm')).toBeVisible();
    await distance.fill('0.1');
    await expect(page).toHaveURL(/distance=0\.1&macro=1/);
    // Back to an ordinary lens: the focus moves out to where it stops.
    await page.getByRole('combobox', { name: 'Lens type' }).selectOption('ordinary');
    await expect(distance).toHaveValue('0.268');
    await expect(page).not.toHaveURL(/macro=/);
  });

  test('a malformed URL shows a friendly message and the defaults', async ({ page }) => {
    await openPicker(page, '?focal=banana&f=%3Cb%3E1%3C/b%3E');
    await expect(page.getByRole('alert')).toContainText('could not be read');
    await expect(page.getByRole('alert')).toContainText('defaults');
    await expect(page.getByRole('spinbutton', { name: /Focal length/ })).toHaveValue('85');
    await expect(fragment(page)).toHaveText(portraitText);
    await expect(value(page, 'total')).toHaveText('5.7 cm');
  });

  test('the aperture works from the keyboard alone', async ({ page }) => {
    await openPicker(page);
    // Tab from the focal length box to the aperture slider, as a keyboard user would.
    await page.getByRole('spinbutton', { name: /Focal length/ }).focus();
    await page.keyboard.press('Tab');
    const slider = page.getByRole('slider', { name: 'Aperture' });
    await expect(slider).toBeFocused();
    await page.keyboard.press('End');
    await expect(fragment(page)).toContainText('85mm f/22');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('combobox', { name: 'Aperture', exact: true })).toHaveValue('18');
    await expect(slider).toHaveAttribute('aria-valuetext', 'f/18');
    await page.keyboard.press('Home');
    await expect(fragment(page)).toContainText('85mm f/0.95');
    // The select is the next stop in the tab order and takes arrow keys too.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Aperture', exact: true })).toBeFocused();
  });

  test('warns when other words contradict the optics', async ({ page }) => {
    await openPicker(page);
    await page.getByRole('combobox', { name: 'Aperture', exact: true }).selectOption({ label: 'f/16' });
    await page.getByRole('textbox', { name: /Other words/ }).fill('creamy bokeh <b>x</b> 📷');
    await expect(page.getByText('"creamy bokeh" contradicts the optics')).toBeVisible();
    await page.getByRole('combobox', { name: 'Aperture', exact: true }).selectOption({ label: 'f/1.8' });
    await expect(page.getByText('contradicts the optics')).toHaveCount(0);
  });

  test('copy puts the fragment on the clipboard and "Add to prompt" fills the tray', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPicker(page);
    await page.getByRole('button', { name: 'Copy fragment' }).click();
    await expect(page.locator('.lens-output__status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(portraitText);

    await page.getByRole('button', { name: 'Add to prompt' }).click();
    await expect(page.locator('.lens-output__status')).toHaveText('Added to your prompt tray');
    const tray = await page.evaluate(() => JSON.parse(localStorage.getItem('fpg:prompt-tray') ?? '[]'));
    expect(tray).toEqual([{ text: portraitText, slot: 'camera', from: 'lens', fragmentId: 'lens.portrait-85mm-f1-8' }]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/tools/lens/']) {
    test(`${path} shows the default numbers, diagram and fragment`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('dd[data-value="total"]')).toHaveText('5.7 cm');
      await expect(page.locator('dd[data-value="hyperfocal"]')).toHaveText('134 m');
      await expect(page.locator('[data-plane="subject"]')).toHaveAttribute('data-sharpness', 'sharp');
      await expect(page.locator('[data-lens-fragment]')).toHaveText(portraitText);
    });
  }
});
