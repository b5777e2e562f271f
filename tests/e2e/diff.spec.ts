import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { diffPrompts, getFragment, getPromptPair, relatedPromptPairs } from '../../src/lib';
import { openTool } from './support/fixtures';
import { useTheme, watchForProblems } from './support/site';

const openDiff = (page: Page, query = '') => openTool(page, '/tools/diff/', query, '.fpg-diff-tool');

const before = (page: Page) => page.getByLabel('Before', { exact: true });
const after = (page: Page) => page.getByLabel('After', { exact: true });
const tool = (page: Page) => page.locator('.fpg-diff-tool');

test.describe('the prompt diff tool', () => {
  test('the server-rendered page already shows the default example', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tools/diff/');
    const pair = getPromptPair('material.rainy-street');
    await expect(page.locator('.fpg-diff-tool del').first()).toHaveText('rainy street');
    await expect(page.locator('.fpg-diff-tool textarea').nth(1)).toHaveValue(pair.afterPrompt);
    await context.close();
  });

  test('picking the rainy-street example attributes the added fragments to material', async ({ page }) => {
    const problems = watchForProblems(page);
    await openDiff(page);
    await page.getByLabel('Example').selectOption({ label: getPromptPair('skin.plain-portrait').title });
    await expect(before(page)).toHaveValue(getPromptPair('skin.plain-portrait').before);
    await page.getByLabel('Example').selectOption({ label: getPromptPair('material.rainy-street').title });
    await expect(before(page)).toHaveValue(getPromptPair('material.rainy-street').before);

    await expect(tool(page).getByText('Fragments added: material (2)')).toBeVisible();
    const chips = tool(page).locator('.fpg-chip');
    await expect(chips).toHaveCount(2);
    await expect(chips.nth(0)).toContainText('material');
    await expect(chips.nth(0)).toContainText(getFragment('material.wet-cobblestones').label);
    // Removed and added words are marked with <del>/<ins>, not colour alone.
    await expect(tool(page).locator('.fpg-diff-tool__columns del')).toHaveText(['rainy street']);
    expect(problems).toEqual([]);
  });

  test('a suggested fix applies in one click, and the shared URL restores the result', async ({ page, context }) => {
    await openDiff(page);
    await after(page).fill('an old town square at night, rainy street, no people');
    const fix = page.getByRole('button', { name: `Replace “rainy street” with “${getFragment('material.wet-cobblestones').text}”` });
    await fix.click();
    const fixed = `an old town square at night, ${getFragment('material.wet-cobblestones').text}, no people`;
    await expect(after(page)).toHaveValue(fixed);
    await expect(page.getByRole('status').filter({ hasText: 'Replaced “rainy street”' })).toBeAttached();

    // The negative gets BFL's replacement.
    await page.getByRole('button', { name: 'Replace “no people” with “empty, deserted, solitary”' }).click();
    const final = `an old town square at night, ${getFragment('material.wet-cobblestones').text}, empty, deserted, solitary`;
    await expect(after(page)).toHaveValue(final);

    await page.getByLabel('Model (for the checker and token count)').selectOption({ label: 'FLUX.1 [schnell]' });
    await expect(page).toHaveURL(/model=flux1-schnell/);
    const shared = page.url();
    const second = await context.newPage();
    await openDiff(second, new URL(shared).search);
    await expect(after(second)).toHaveValue(final);
    await expect(before(second)).toHaveValue(getPromptPair('material.rainy-street').before);
    await expect(second.getByLabel('Model (for the checker and token count)')).toHaveValue('flux1-schnell');
  });

  test('the checker reads the box the reader edits: a prompt pasted into Before is checked', async ({ page }) => {
    await openDiff(page);
    await expect(tool(page).getByRole('heading', { name: 'Checker: the after prompt' })).toBeVisible();
    await before(page).fill('a woman in a cafe, no blur');
    await expect(tool(page).getByRole('heading', { name: 'Checker: the before prompt' })).toBeVisible();
    await expect(tool(page).locator('.fpg-finding').filter({ hasText: 'no blur' })).toHaveCount(1);
    // A fix applies to the box that was checked.
    await tool(page).locator('.fpg-finding').filter({ hasText: 'no blur' }).getByRole('button').click();
    await expect(before(page)).not.toHaveValue(/no blur/);
    await expect(after(page)).toHaveValue(getPromptPair('material.rainy-street').afterPrompt);
  });

  test('"Start from my prompt" empties both boxes, and the before prompt can be copied into After', async ({ page }) => {
    await openDiff(page);
    await tool(page).getByRole('button', { name: 'Start from my prompt' }).click();
    await expect(before(page)).toHaveValue('');
    await expect(after(page)).toHaveValue('');
    await expect(before(page)).toBeFocused();
    await page.keyboard.type('a lighthouse at dusk');
    await tool(page).getByRole('button', { name: 'Copy Before here' }).click();
    await expect(after(page)).toHaveValue('a lighthouse at dusk');
    await tool(page).getByRole('button', { name: 'Clear the after box' }).click();
    await expect(after(page)).toHaveValue('');
    await expect(tool(page).getByText('Nothing to check yet: the after box is empty.')).toBeVisible();
  });

  test('a malformed URL shows a message and the default example', async ({ page }) => {
    const problems = watchForProblems(page);
    await openDiff(page, '?pair=nope.nothing&model=flux9');
    await expect(page.getByRole('alert')).toContainText('This link could not be read');
    await expect(page.getByRole('alert')).toContainText('model');
    await expect(before(page)).toHaveValue(getPromptPair('material.rainy-street').before);
    expect(problems).toEqual([]);
  });

  test('HTML typed into a prompt stays text and never runs', async ({ page }) => {
    await openDiff(page);
    const payload = '<img src=x onerror=window.__xss=1>';
    await after(page).fill(`a cat, ${payload}`);
    await expect(tool(page).locator('.fpg-diff-tool__columns ins')).toContainText([payload]);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(tool(page).locator('img')).toHaveCount(0);
  });

  test('empty boxes get a friendly empty state', async ({ page }) => {
    await openDiff(page);
    await before(page).fill('');
    await after(page).fill('');
    await expect(tool(page).getByText('Both boxes are empty.')).toBeVisible();
    await expect(tool(page).getByText('Nothing to check yet')).toBeVisible();
  });

  test('emoji and right-to-left text are diffed as whole words, in their own direction', async ({ page }) => {
    await openDiff(page);
    await before(page).fill('שלום עולם 🌧️');
    await after(page).fill('שלום חבר 🌧️');
    await expect(tool(page).locator('.fpg-diff-tool__columns del')).toHaveText(['עולם']);
    await expect(tool(page).locator('.fpg-diff-tool__columns ins')).toHaveText(['חבר']);
    await expect(after(page)).toHaveAttribute('dir', 'auto');
    await expect(tool(page).locator('.fpg-diff-text').first()).toHaveAttribute('dir', 'auto');
  });

  test('a 100,000-character prompt keeps the page responsive', async ({ page }) => {
    await openDiff(page);
    const long = `${getFragment('material.wet-cobblestones').text}, `.repeat(2200).slice(0, 100_000);
    const started = Date.now();
    await after(page).fill(long);
    await expect(tool(page).getByText('too long to compare live')).toBeVisible();
    await expect(tool(page).getByText('too long to share in a link')).toBeVisible();
    // Typing still works straight away.
    await before(page).fill('a quiet harbour');
    await expect(before(page)).toHaveValue('a quiet harbour');
    expect(Date.now() - started).toBeLessThan(15_000);
    await tool(page).getByRole('button', { name: 'Compare the whole text' }).click();
    await expect(tool(page).getByText('Showing the whole text.')).toBeVisible();
  });

  test('copy buttons copy exactly the prompt, from the tool and from the article rendering', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDiff(page);
    await page.getByRole('button', { name: 'Copy after prompt' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(getPromptPair('material.rainy-street').afterPrompt);

    await page.goto('/guide/light/');
    const figure = page.locator('[data-pair-id="light.side-left-portrait"]');
    // The article rendering is plain server HTML, in an article without that island.
    await expect(figure.locator('del').first()).toBeVisible();
    await figure.getByRole('button', { name: 'Copy the before prompt' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(getPromptPair('light.side-left-portrait').before);
    await figure.getByRole('button', { name: 'Copy the after prompt' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(getPromptPair('light.side-left-portrait').afterPrompt);
    await expect(figure.getByRole('link', { name: 'Compare in the diff tool' })).toHaveAttribute(
      'href',
      '/tools/diff/?pair=light.side-left-portrait',
    );
  });

  test('the diff comes before the checker, and the guide\'s pairs shown are those that make the same change', async ({ page }) => {
    await openDiff(page);
    const changes = tool(page).getByRole('heading', { name: 'What changed' });
    const checker = tool(page).getByRole('heading', { name: /^Checker:/ });
    expect(await changes.evaluate((a, b) => Boolean(a.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING), await checker.elementHandle())).toBe(true);

    const pair = getPromptPair('material.rainy-street');
    const expected = relatedPromptPairs(diffPrompts(pair.before, pair.afterPrompt), pair.id);
    const related = tool(page).locator('.fpg-diff-tool__related li');
    await expect(related).toHaveCount(expected.length);
    for (const [index, example] of expected.entries()) await expect(related.nth(index)).toContainText(example.title);

    // An unrelated change of the reader's own: no example from the guide.
    await before(page).fill('a red barn at dusk');
    await after(page).fill('a blue barn at dawn');
    await expect(tool(page).getByRole('heading', { name: 'The same change in the guide' })).toHaveCount(0);
    // Adding PicassoIA's side light brings the guide's pairs that add it.
    await after(page).fill(`a blue barn at dawn, ${getFragment('light.strong-side-left').text}`);
    await expect(related.first()).toBeVisible();
    await related.first().getByRole('button', { name: 'Compare this example' }).click();
    await expect(after(page)).not.toHaveValue(/blue barn/);
  });

  test('the Qwen3 tokenizer loads only when asked, and counts exactly for FLUX.2 [klein]', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openDiff(page);
    await page.waitForLoadState('networkidle');
    const initial = scripts.length;
    await page.getByLabel('Model (for the checker and token count)').selectOption({ label: 'FLUX.2 [klein] 4B' });
    await expect(tool(page).getByText(/About \d+ tokens \(estimate\)/)).toBeVisible();
    await page.getByRole('button', { name: /Count exactly/ }).click();
    // The tokenizer is 7 MB of JavaScript to load and parse: slow on a busy machine.
    test.slow();
    await expect(tool(page).getByText(/^\d+ tokens$/)).toBeVisible({ timeout: 90_000 });
    expect(scripts.length).toBeGreaterThan(initial);
  });

  test('side by side on a wide screen, inline on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openDiff(page);
    await expect(tool(page).locator('.fpg-diff-tool__columns')).toBeVisible();
    await expect(tool(page).locator('.fpg-diff-tool__inline')).toBeHidden();
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(tool(page).locator('.fpg-diff-tool__columns')).toBeHidden();
    await expect(tool(page).locator('.fpg-diff-tool__inline')).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`findings, chips and the link message pass axe in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      const after = 'a wooden table, no people, (fog:1.2), overcast, hard shadows, nice lighting --ar 16:9';
      await openDiff(page, '?model=nope');
      await expect(page.getByRole('alert')).toBeVisible();
      await page.getByLabel('After', { exact: true }).fill(after);
      await expect(tool(page).locator('.fpg-finding')).not.toHaveCount(0);
      await page.getByLabel('Before', { exact: true }).fill(`a wooden table, ${getFragment('material.wet-cobblestones').text}`);
      await expect(tool(page).getByText('Fragments removed: material (1)')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('.fpg-diff-tool')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});
