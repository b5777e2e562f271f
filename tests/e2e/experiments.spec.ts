import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { flux1DevKSamplerGraph } from '../unit/comfy-graphs';
import { pngWithText } from '../unit/image-files';
import { recordCspViolations, useTheme, wcagTags, watchForProblems } from './support/site';

/**
 * The experiments page with ComfyUI's own example pictures (tests/fixtures/comfyui-examples):
 * read two, compare them, keep the pair in the log through a reload, export, delete, import.
 */

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/comfyui-examples/${name}`, import.meta.url));
const FLUX1 = fixture('flux_dev_example.png');
const FLUX2 = fixture('flux2_example.png');

async function openTool(page: Page) {
  await page.goto('/tools/experiments/');
  await toolAwake(page);
}

async function toolAwake(page: Page) {
  const island = page.locator('astro-island[component-url*="ExperimentsTool"]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
}

const picker = (page: Page) => page.getByLabel(/Choose images/);
/** The log's import picker, opened by the "Import a log…" button. */
const importPicker = (page: Page) => page.locator('input[type="file"][accept*="zip"]');

/** What the browser keeps for this page in IndexedDB: entries and picture records. */
const storedCounts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ entries: number; pictures: number }>((resolve, reject) => {
        const request = indexedDB.open('fpg-experiments');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['entries', 'pictures']);
          const entries = tx.objectStore('entries').count();
          const pictures = tx.objectStore('pictures').count();
          tx.oncomplete = () => {
            resolve({ entries: entries.result, pictures: pictures.result });
            db.close();
          };
        };
      }),
  );

test.describe('your experiments', () => {
  test.describe.configure({ timeout: 120_000 });

  test('reads two pictures, compares them, keeps the pair through a reload, export, delete and import', async ({ page }) => {
    const problems = watchForProblems(page);
    const csp = await recordCspViolations(page);
    await openTool(page);

    // From the drop on, the page may load its own code and show the pictures from memory (blob: URLs
    // of this page), and nothing else: no request carries a picture anywhere.
    const requests: { url: string; method: string; hasBody: boolean }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), hasBody: r.postDataBuffer() !== null }));
    await picker(page).setInputFiles([FLUX1, FLUX2]);

    const cards = page.locator('[data-image-read]');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0).locator('[data-field="seed"]')).toHaveText('219670278747233');
    await expect(cards.nth(0).locator('[data-field="steps"]')).toHaveText('20');
    await expect(cards.nth(0).locator('[data-field="model"]')).toHaveText('flux1-dev.safetensors');
    await expect(cards.nth(0).locator('[data-field="prompt"]')).toContainText('cute anime girl with massive fluffy fennec ears');
    await expect(cards.nth(1).locator('[data-field="seed"]')).toHaveText('435922656034510');
    await expect(cards.nth(1).locator('[data-field="model"]')).toHaveText('flux2_dev_fp8mixed.safetensors');

    const compare = page.locator('[data-compare]');
    await expect(compare.locator('[data-verdict]')).toHaveText(
      // FLUX.2's Flux2Scheduler has no scheduler name or denoise: the pair cannot rule out a change there.
      'Four changes (prompt, model, seed, guidance): this pair cannot tell you which one made the difference. Only one file records the scheduler and the denoise, so a change there cannot be ruled out.',
    );
    await expect(compare.getByRole('link', { name: 'Why one change at a time' })).toHaveAttribute('href', '/guide/workflow/#change-one-thing-at-a-time');
    await expect(compare.locator('tr[data-differs]').filter({ hasText: 'Seed' })).toContainText('Differs');
    await expect(compare.locator('del, ins').first()).toBeVisible();

    // The wipe: the divider moves with the keyboard.
    await compare.getByRole('button', { name: 'Wipe' }).click();
    const wipe = compare.getByLabel(/^Wipe: A on the left/);
    await wipe.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(wipe).toHaveValue('49');
    await compare.getByRole('button', { name: '100 %' }).click();
    await expect(compare.getByRole('button', { name: '100 %' })).toHaveAttribute('aria-pressed', 'true');

    const origin = new URL(page.url()).origin;
    const ownCode = (url: string) => url.startsWith(`${origin}/_astro/`) && url.endsWith('.js');
    const fromMemory = (url: string) => url.startsWith(`blob:${origin}/`);
    expect(requests.filter((r) => r.method !== 'GET' || r.hasBody || !(ownCode(r.url) || fromMemory(r.url))), 'requests after the drop').toEqual([]);

    // Save, reload, find it.
    await compare.getByLabel('Name').fill('FLUX.1 vs FLUX.2, same idea');
    await compare.getByLabel(/Your note/).fill('Changed the model; the ears got bigger.');
    await compare.getByRole('button', { name: 'Save to the log' }).click();
    await expect(page.getByText('Saved “FLUX.1 vs FLUX.2, same idea” to your log.')).toBeVisible();
    await page.reload();
    await toolAwake(page);
    const entry = page.locator('.fpg-log__entry');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('FLUX.1 vs FLUX.2, same idea');
    await expect(entry).toContainText('the ears got bigger');
    await expect(entry.locator('img')).toHaveCount(2);
    await entry.getByRole('button', { name: 'Rename FLUX.1 vs FLUX.2, same idea' }).click();
    await entry.getByLabel('New name').fill('Model swap, same prompt idea');
    await entry.getByRole('button', { name: 'Save name' }).click();
    await expect(entry.locator('.fpg-log__name')).toHaveText('Model swap, same prompt idea');

    // Export one zip.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the log (.zip)' }).click()]);
    const zipPath = await download.path();
    expect(download.suggestedFilename()).toMatch(/^flux-experiments-\d{4}-\d\d-\d\d\.zip$/);

    // Delete everything: nothing of it is left in the browser.
    await page.getByRole('button', { name: 'Delete all…' }).click();
    await page.getByRole('button', { name: 'Yes, delete all 1' }).click();
    await expect(page.getByText('No experiments saved yet.')).toBeVisible();
    expect(await storedCounts(page)).toEqual({ entries: 0, pictures: 0 });

    // Import it back, then open it.
    await importPicker(page).setInputFiles(zipPath);
    await expect(page.getByText('Imported: 1 added.')).toBeVisible();
    await expect(entry).toContainText('Model swap, same prompt idea');
    expect(await storedCounts(page)).toEqual({ entries: 1, pictures: 2 });
    await entry.getByRole('button', { name: 'Open Model swap, same prompt idea' }).click();
    await expect(page.locator('[data-compare] [data-verdict]')).toHaveText(/this pair cannot tell you which one made the difference/);
    // Importing the same file again changes nothing.
    await importPicker(page).setInputFiles(zipPath);
    await expect(page.getByText('Imported: 1 already here.')).toBeVisible();
    // After a rename, the file's copy is older: importing it asks before replacing, and "Keep mine" keeps it.
    await entry.getByRole('button', { name: 'Rename Model swap, same prompt idea' }).click();
    await entry.getByLabel('New name').fill('Model swap, renamed later');
    await entry.getByRole('button', { name: 'Save name' }).click();
    await expect(entry.locator('.fpg-log__name')).toHaveText('Model swap, renamed later');
    await importPicker(page).setInputFiles(zipPath);
    await expect(page.getByText('One entry in your log is newer than the file’s copy and was kept.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Keep mine' }).click();
    await expect(entry.locator('.fpg-log__name')).toHaveText('Model swap, renamed later');

    // A file that is not a picture gets one sentence; the pictures already read stay.
    await picker(page).setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('these are my notes, not a picture') });
    await expect(page.getByRole('alert')).toHaveText('“\u2068notes.png\u2069” is named like a picture, but its bytes are not a PNG, JPEG or WebP image.');
    await expect(page.locator('[data-compare]')).toBeVisible();

    // Markup and right-to-left text in a file's prompt show as the text they are.
    const graph = flux1DevKSamplerGraph();
    const prompt = '<img src=x onerror="window.__xss=1"> a shop sign reading שלום';
    (graph['4']!.inputs as { t5xxl: string }).t5xxl = prompt;
    await picker(page).setInputFiles({ name: 'markup.png', mimeType: 'image/png', buffer: await pngWithText([{ key: 'prompt', text: JSON.stringify(graph), kind: 'iTXt' }]) });
    await expect(page.locator('[data-image-read]').last().locator('[data-field="prompt"]')).toHaveText(prompt);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    expect(await csp()).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('storage trouble gets a sentence and keeps what was saved: a full quota, a second tab, no IndexedDB', async ({ context }) => {
    // A browser whose storage is full refuses the first save (pictures are the large records).
    const first = await context.newPage();
    await first.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      let refusals = 1;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'pictures' && refusals > 0) {
          refusals -= 1;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      };
    });
    await openTool(first);
    const second = await context.newPage();
    await openTool(second);
    await expect(second.getByText('No experiments saved yet.')).toBeVisible();

    await picker(first).setInputFiles([FLUX1, FLUX2]);
    const save = first.getByRole('button', { name: 'Save to the log' });
    await save.click();
    await expect(first.getByText(/storage for this site is full, so this was not saved; your log is as it was/)).toBeVisible();
    // Nothing half-written: no entry without its pictures.
    expect(await storedCounts(first)).toEqual({ entries: 0, pictures: 0 });

    await save.click();
    await expect(first.getByText(/^Saved “.+” to your log\.$/)).toBeVisible();
    // The other tab hears of it and shows the log as stored.
    await expect(second.getByText('Another tab changed the log: the list below now shows what is saved.')).toBeVisible();
    await expect(second.locator('.fpg-log__entry')).toHaveCount(1);

    // Private browsing without IndexedDB: the log says it cannot keep anything; comparing still works.
    const noStorage = await context.newPage();
    await noStorage.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await openTool(noStorage);
    await expect(noStorage.getByText(/This browser does not let the page keep anything/)).toBeVisible();
    await expect(noStorage.getByRole('button', { name: 'Import a log…' })).toBeDisabled();
    await picker(noStorage).setInputFiles([FLUX1, FLUX2]);
    await expect(noStorage.locator('[data-compare] [data-verdict]')).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing with two pictures compared, an entry saved and a file refused, ${theme} theme, 390 px`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await useTheme(page, theme);
      await openTool(page);
      await picker(page).setInputFiles([FLUX1, FLUX2]);
      await expect(page.locator('[data-compare] [data-verdict]')).toBeVisible();
      await expect(page.locator('.fpg-chips')).toBeVisible();
      // With a saved entry in the log and a refused file's message on screen too.
      await page.getByRole('button', { name: 'Save to the log' }).click();
      await expect(page.locator('.fpg-log__entry img')).toHaveCount(2);
      await picker(page).setInputFiles({ name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) });
      await expect(page.getByRole('alert')).toBeVisible();
      const results = await new AxeBuilder({ page }).exclude('site-search > button[data-open-modal]').withTags(wcagTags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }
});
