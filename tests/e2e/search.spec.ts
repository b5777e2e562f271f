import { expect, test } from '@playwright/test';
import { recordCspViolations } from './support/site';

/**
 * Site search, in one page load. Pagefind's UI (about 26 KB) loads when the reader reaches for
 * the search, not on every page (src/components/search/pagefind-ui-on-demand.ts); it works under
 * the CSP; and its excerpts quote the guide's prose, with words kept apart.
 */
test('search loads on demand, works under the CSP with Ctrl+K, and its excerpts read as prose', async ({ page }) => {
  const violations = await recordCspViolations(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/guide/skin/');
  await page.waitForLoadState('networkidle');
  const pagefindScripts = () => scripts.filter((path) => path.includes('ui-core') || path.includes('/pagefind/'));
  expect(pagefindScripts()).toEqual([]);

  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await expect(input).toBeFocused();
  await page.keyboard.type('pores');
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  expect(pagefindScripts().length).toBeGreaterThan(0);

  const excerpts = page.locator('.pagefind-ui__result-excerpt');
  /** Fills the query and waits until the results are for it (Pagefind marks the query words). */
  const search = async (query: string) => {
    await input.fill(query);
    await expect(page.locator('.pagefind-ui__message')).toContainText(`for ${query}`);
    await expect(excerpts.first()).toBeVisible();
    return excerpts.allInnerTexts();
  };

  // Widgets' controls are marked data-pagefind-ignore, so results quote the guide's prose and
  // tables, not button labels run together ("Presets:RembrandtSplit…", "…fogCopy.").
  for (const text of await search('rim light')) {
    expect(text).not.toContain('Presets:');
    expect(text).not.toMatch(/[a-z.]Copy\b/);
  }

  // Pagefind runs the text of adjacent elements together unless the HTML has a space between
  // them ("Written forFLUX.2", "2,600–2,900 KwarmHousehold"). These queries reach a template
  // card, a home-page card, a component's table header and the lighting table.
  for (const query of ['freckles', 'squint test', 'tungsten']) {
    const words = (await search(query)).flatMap((text) => text.split(/\s+/));
    // A lower-case letter straight before a capital, outside links, repository names and the
    // names spelled that way (PicassoIA, whose article the guide started from; CineStill film).
    const named = (word: string) => /[/#]/.test(word) || /PicassoIA|CineStill/.test(word);
    expect(words.filter((word) => !named(word) && /\p{Ll}\p{Lu}/u.test(word)), query).toEqual([]);
  }
  expect(await violations()).toEqual([]);
});

/**
 * Common questions and the section that answers each, in one page load. The reader types the
 * question into the search box and the first result must be the answering page; in Pagefind's
 * own scoring of that page's sections (the sum of each match's balanced score, which weighs
 * headings and rare words) the answering section must come first. (The box lists a page's three
 * sections with the most matches in page order, so the list is no measure of rank.)
 */
const answers: ReadonlyArray<{ query: string; page: string; section: string }> = [
  { query: 'butterfly lighting', page: '/guide/light/', section: '#classic-portrait-patterns-rembrandt-split-loop-and-butterfly' },
  { query: 'plastic skin', page: '/guide/skin/', section: '#the-fix-in-one-screen' },
  { query: 'bokeh', page: '/guide/depth/', section: '#bokeh-the-shape-of-the-aperture' },
  { query: 'golden hour', page: '/guide/atmosphere/', section: '#golden-hour-light-named-by-the-time-of-day' },
  { query: 'negative prompt', page: '/guide/how-flux-reads-prompts/', section: '#negative-prompts-why-most-flux-set-ups-ignore-them' },
  { query: 'token limit', page: '/guide/how-flux-reads-prompts/', section: '#the-token-limit-belongs-to-the-front-end' },
  { query: 'hands', page: '/guide/limits/', section: '#hands' },
  { query: 'text in images', page: '/guide/limits/', section: '#text-inside-the-image' },
  { query: 'film grain', page: '/guide/camera/', section: '#film-stocks-and-grain' },
  { query: 'ComfyUI weights', page: '/guide/how-flux-reads-prompts/', section: '#syntax-from-other-tools' },
  { query: 'ComfyUI', page: '/guide/workflow/', section: "#run-it-comfyui-diffusers-and-bfls-api" },
  { query: 'rim light', page: '/guide/atmosphere/', section: '#backlight-and-rim-light' },
  { query: 'motion blur', page: '/guide/camera/', section: '#shutter-speed-and-motion' },
  { query: 'guidance', page: '/guide/camera/', section: '#guidance-and-steps' },
  { query: 'on-camera flash', page: '/guide/camera/', section: '#on-camera-flash' },
];

test('search puts the section that answers a common question first', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  const first = page.locator('.pagefind-ui__result').first();
  for (const { query, page: answerPage, section } of answers) {
    await test.step(query, async () => {
      await input.fill(query);
      await expect(page.locator('.pagefind-ui__message')).toContainText(`for ${query}`);
      await expect.soft(first.locator('.pagefind-ui__result-link').first(), `first page for "${query}"`).toHaveAttribute('href', answerPage);

      // The same search through Pagefind's API (the index the box uses), to read its scores.
      const ranked: string[] = await page.evaluate(async (q) => {
        const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
        const { results } = await pagefind.search(q);
        const top = await results[0].data();
        type Section = { url: string; weighted_locations: { balanced_score: number }[] };
        const score = (s: Section) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
        return [...(top.sub_results as Section[])].sort((a, b) => score(b) - score(a)).map((s) => new URL(s.url, location.href).hash);
      }, query);
      expect.soft(ranked[0], `best section for "${query}" (then ${ranked.slice(1, 3).join(', ')})`).toBe(section);
    });
  }

  // "ComfyUI" also finds the builder, whose export writes a ComfyUI workflow.
  const comfyPages: string[] = await page.evaluate(async () => {
    const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
    const { results } = await pagefind.search('ComfyUI');
    return Promise.all(results.map(async (r: { data: () => Promise<{ url: string }> }) => new URL((await r.data()).url, location.href).pathname));
  });
  expect(comfyPages).toContain('/tools/builder/');
});
