import { expect, test, type Page } from '@playwright/test';
import {
  addPart,
  builderPrompt,
  DEFAULT_BUILDER_TEMPLATE,
  builderToQuery,
  fillTemplate,
  getFragment,
  getTemplate,
  setSlotValue,
  stateFromTemplate,
  countQwen3Tokens,
  getModel,
  DEFAULT_BUILDER_MODEL,
} from '../../src/lib';
import { openTool } from './support/fixtures';

const openBuilder = (page: Page, search = '') => openTool(page, '/tools/builder/', search, '.builder');

const promptBox = (page: Page) => page.getByTestId('builder-prompt');

test.describe('prompt builder', () => {
  test('an unchanged template shows the exact count its card shows; the reader\'s own words are estimated', async ({ page }) => {
    const exact = await countQwen3Tokens(fillTemplate(DEFAULT_BUILDER_TEMPLATE));
    await openBuilder(page);
    await expect(page.getByTestId('token-count')).toHaveText(
      `${exact.count} tokens of ${exact.limit} that ${getModel(DEFAULT_BUILDER_MODEL).name} reads.`,
    );
    await page.getByLabel('Subject', { exact: true }).fill('a fisherman mending a net');
    await expect(page.getByTestId('token-count')).toContainText('(estimate)');
  });


  test('fills a template from its slots and copies exactly that prompt', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBuilder(page, '?template=macro-hands');
    await page.getByLabel('Hand', { exact: true }).fill("a potter's clay-covered hand shaping a bowl");
    await page.getByLabel('Skin surface').selectOption({ label: getFragment('macro.moisturized-sheen').label });
    const expected = fillTemplate('macro-hands', { subject: "a potter's clay-covered hand shaping a bowl", surface: 'macro.moisturized-sheen' });
    await expect(promptBox(page)).toHaveText(expected);
    await page.getByRole('button', { name: 'Copy prompt' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('shows a slot error, keeps the last valid prompt, and names the slot', async ({ page }) => {
    await openBuilder(page, '?template=freckled-portrait');
    await page.getByLabel('Setting', { exact: true }).fill('');
    await expect(page.getByRole('alert')).toContainText('Slot "setting" (Setting) is empty');
    await expect(promptBox(page)).toHaveText(fillTemplate('freckled-portrait'));
  });

  test('starts from the template picker or blank, and picks a model', async ({ page }) => {
    await openBuilder(page);
    await expect(promptBox(page)).toHaveText(fillTemplate(DEFAULT_BUILDER_TEMPLATE));
    await page.getByLabel('Template', { exact: true }).selectOption({ label: getTemplate('glass-of-water').title });
    await page.getByRole('button', { name: 'Use template' }).click();
    await expect(promptBox(page)).toHaveText(fillTemplate('glass-of-water'));
    await page.getByLabel('Model', { exact: true }).selectOption({ label: 'FLUX.1 [schnell]' });
    await expect(page.getByTestId('token-count')).toContainText('of 256');
    await page.getByRole('button', { name: 'Start blank' }).click();
    await expect(promptBox(page)).toContainText('Empty');
  });

  test('adds fragments found by search, and own words, then reorders with the keyboard', async ({ page }) => {
    await openBuilder(page);
    await page.getByRole('button', { name: 'Start blank' }).click();
    await page.getByLabel('Words', { exact: true }).fill('a lighthouse on a cliff');
    await page.getByLabel('Place in the prompt').selectOption('subject');
    await page.getByRole('button', { name: 'Add words' }).click();
    await page.getByLabel('Search fragments').fill('blue hour');
    await page.getByRole('button', { name: `Add: ${getFragment('light.blue-hour').label}` }).click();
    const lighting = getFragment('light.blue-hour').text;
    await expect(promptBox(page)).toHaveText(`a lighthouse on a cliff, ${lighting}`);

    const moveDown = page.getByRole('button', { name: 'Move down: a lighthouse on a cliff' });
    await moveDown.focus();
    await page.keyboard.press('Enter');
    await expect(promptBox(page)).toHaveText(`${lighting}, a lighthouse on a cliff`);
    await expect(page.getByRole('status').filter({ hasText: 'Moved “a lighthouse on a cliff” to position 2 of 2' })).toBeVisible();
    // Focus stays on the moved part, so a keyboard user can keep moving it.
    await expect(page.getByRole('button', { name: 'Move up: a lighthouse on a cliff' })).toBeFocused();
  });

  test('adds a phrase sent to the prompt tray by another tool', async ({ page }) => {
    await page.addInitScript(() =>
      window.localStorage.setItem(
        'fpg:prompt-tray',
        JSON.stringify([{ text: 'a 3200 K tungsten key light from camera left', slot: 'lighting', from: 'lighting' }]),
      ),
    );
    await openBuilder(page, '?template=glass-of-water');
    await page.getByRole('button', { name: 'Add: a 3200 K tungsten key light from camera left' }).click();
    await expect(promptBox(page)).toContainText('a 3200 K tungsten key light from camera left');
  });

  test('shows the checker findings for what the reader adds', async ({ page }) => {
    await openBuilder(page, '?template=glass-of-water');
    await page.getByLabel('Words', { exact: true }).fill('without people');
    await page.getByRole('button', { name: 'Add words' }).click();
    await expect(page.locator('.fpg-finding').filter({ hasText: 'without people' })).toContainText('Warning');
  });

  test('turns FLUX.2 JSON into a prompt, and says what is wrong with malformed JSON', async ({ page }) => {
    await openBuilder(page);
    await page.getByText('Turn a FLUX.2 structured JSON prompt into a prompt').click();
    const box = page.getByLabel('FLUX.2 JSON prompt');
    await box.fill('{"scene": "a harbour at dawn"');
    await page.getByRole('button', { name: 'Use this JSON in the builder' }).click();
    await expect(page.getByText(/not valid JSON/)).toBeVisible();
    await box.fill('{"subjects": [{"description": "a fisherman mending a net"}], "lighting": "soft diffused overcast light"}');
    await page.getByRole('button', { name: 'Use this JSON in the builder' }).click();
    await expect(promptBox(page)).toHaveText('a fisherman mending a net, soft diffused overcast light');
  });

  test('saves a named prompt, finds it after a reload, and loads it', async ({ page }) => {
    await openBuilder(page, '?template=busy-street-scene');
    await page.getByLabel('Name for this prompt').fill('Raincoat street');
    await page.getByRole('button', { name: 'Save prompt' }).click();
    await expect(page.getByTestId('saved-message')).toHaveText('Saved “Raincoat street”.');
    await openBuilder(page, '?template=glass-of-water');
    const saved = page.getByRole('list', { name: 'Saved prompts' });
    await expect(saved).toContainText('Raincoat street');
    await page.getByRole('button', { name: 'Load: Raincoat street' }).click();
    await expect(promptBox(page)).toHaveText(fillTemplate('busy-street-scene'));
  });

  test('rejects a malformed or foreign import file with a message, keeping saved prompts', async ({ page }) => {
    await openBuilder(page, '?template=busy-street-scene');
    await page.getByLabel('Name for this prompt').fill('Keep me');
    await page.getByRole('button', { name: 'Save prompt' }).click();
    const input = page.getByLabel('Import saved prompts (JSON file)');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "flux-photoreal') });
    await expect(page.getByTestId('saved-message')).toContainText('not JSON');
    await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"presets": []}') });
    await expect(page.getByTestId('saved-message')).toContainText('not a saved-prompts file');
    await expect(page.getByRole('list', { name: 'Saved prompts' })).toContainText('Keep me');
    await openBuilder(page);
    await expect(page.getByRole('list', { name: 'Saved prompts' })).toContainText('Keep me');
  });

  test('exports saved prompts to a file that imports back', async ({ page }) => {
    await openBuilder(page, '?template=macro-hands');
    await page.getByLabel('Name for this prompt').fill('Hands');
    await page.getByRole('button', { name: 'Save prompt' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export saved prompts' }).click()]);
    const path = await download.path();
    await page.getByRole('button', { name: 'Delete: Hands' }).click();
    await expect(page.getByText('No saved prompts yet.')).toBeVisible();
    await page.getByLabel('Import saved prompts (JSON file)').setInputFiles(path);
    await expect(page.getByTestId('saved-message')).toHaveText('Imported 1 prompt.');
    await expect(page.getByRole('list', { name: 'Saved prompts' })).toContainText('Hands');
  });

  test('a corrupt saved-prompts store gives a message and a working empty list', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('fpg:saved-prompts', '{corrupt'));
    await openBuilder(page);
    await expect(page.getByTestId('saved-message')).toContainText('could not be read');
    await page.getByLabel('Name for this prompt').fill('Fresh start');
    await page.getByRole('button', { name: 'Save prompt' }).click();
    await expect(page.getByRole('list', { name: 'Saved prompts' })).toContainText('Fresh start');
  });

  test('a shared URL restores the builder', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    let state = setSlotValue(stateFromTemplate('two-person-positions', 'flux1-dev'), 'scene', 'två vänner på ett kafé 🙂');
    state = addPart(state, { kind: 'fragment', id: 'lens.iso-100-clean' });
    await openBuilder(page, builderToQuery(state)!);
    await expect(promptBox(page)).toHaveText(builderPrompt(state));
    await expect(page.getByLabel('Model', { exact: true })).toHaveValue('flux1-dev');

    // The builder's own share link reproduces what it shows.
    await page.getByRole('button', { name: 'Start blank' }).click();
    await page.getByLabel('Words', { exact: true }).fill('a red bicycle against a white wall');
    await page.getByRole('button', { name: 'Add words' }).click();
    await page.getByRole('button', { name: 'Copy link to this prompt' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await page.goto('about:blank');
    await openBuilder(page, new URL(link).search);
    await expect(promptBox(page)).toHaveText('a red bicycle against a white wall');
  });

  test('a malformed URL shows a message and the default prompt', async ({ page }) => {
    await openBuilder(page, '?s=eyJtb2RlbCI6');
    await expect(page.getByRole('alert')).toContainText('damaged');
    await expect(promptBox(page)).toHaveText(fillTemplate(DEFAULT_BUILDER_TEMPLATE));
  });
});
