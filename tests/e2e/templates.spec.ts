import { expect, test } from '@playwright/test';
import { fillTemplate, fragments, getTemplate, templates } from '../../src/lib';
import { waitForWidgets } from './support/fixtures';

const cards = (page: import('@playwright/test').Page) => page.locator('[data-template-card]');

test.describe('templates page', () => {
  test('lists every template, readable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/templates/');
    await expect(cards(page)).toHaveCount(templates.length);
    for (const template of templates) {
      await expect(page.locator(`[data-template-id="${template.id}"] code`)).toHaveText(fillTemplate(template));
    }
    await expect(page.getByText('checked as text, not as pictures')).toBeVisible();
    await context.close();
  });

  test('filters by pillar and by model, and searches', async ({ page }) => {
    await page.goto('/templates/');
    const visible = cards(page).filter({ visible: true });

    await page.getByLabel('Pillar').selectOption('text');
    const withText = templates.filter((t) => t.pillars.includes('text'));
    await expect(visible).toHaveCount(withText.length);
    await expect(page.getByRole('status').filter({ hasText: `Showing ${withText.length} of ${templates.length}` })).toBeVisible();

    await page.getByLabel('Pillar').selectOption('');
    await page.getByLabel('Model').selectOption({ label: 'FLUX.1 [schnell]' });
    await expect(visible).toHaveCount(templates.filter((t) => t.models.includes('flux1-schnell')).length);

    await page.getByLabel('Model').selectOption('');
    await page.getByLabel('Search templates').fill('old-town');
    await expect(visible).toHaveCount(1);
    await expect(visible.first()).toHaveAttribute('data-template-id', 'wet-cobblestone-night-street');

    await page.getByLabel('Search templates').fill('zebra unicorn');
    await expect(visible).toHaveCount(0);
    await expect(page.getByText('No template matches')).toBeVisible();
  });

  test('copies a template in one click', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/templates/');
    const card = page.locator('[data-template-id="leather-wallet-product"]');
    await card.getByRole('button', { name: /^Copy / }).click();
    await expect(card.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fillTemplate('leather-wallet-product'));
  });

  test('opens a template in the builder', async ({ page }) => {
    await page.goto('/templates/');
    const template = getTemplate('pocket-watch-macro');
    await page.locator(`[data-template-id="${template.id}"]`).getByRole('link', { name: /Open in builder/ }).click();
    await expect(page).toHaveURL(/\/tools\/builder\/\?template=pocket-watch-macro$/);
    await waitForWidgets(page, '.builder');
    await expect(page.getByTestId('builder-prompt')).toHaveText(fillTemplate(template));
  });
});

test.describe('phrase book', () => {
  test('opens on a chapter\'s pillar from its link, filters by pillar and searches every phrase', async ({ page }) => {
    // The link a chapter ends with (PillarTemplates): its pillar's phrases, and only those.
    await page.goto('/guide/skin/');
    await page.getByRole('link', { name: 'every phrase for skin' }).click();
    await expect(page).toHaveURL(/\/phrases\/\?pillar=skin#skin-phrases$/);
    const shown = page.locator('[data-catalogue-item]').filter({ visible: true });
    const skin = fragments.filter((f) => f.pillar === 'skin');
    await expect(shown).toHaveCount(skin.length);
    await expect(page.getByRole('status').filter({ hasText: `Showing ${skin.length} of ${fragments.length} phrases.` })).toBeVisible();

    await page.getByLabel('Pillar').selectOption('');
    await expect(shown).toHaveCount(fragments.length);
    await page.getByLabel('Search phrases').fill('tungsten');
    const tungsten = fragments.filter((f) => [f.label, f.text, f.does, ...(f.tags ?? [])].join(' ').toLowerCase().includes('tungsten'));
    expect(tungsten.length).toBeGreaterThan(1);
    await expect(shown).toHaveCount(tungsten.length);
    // Groups without a match hide with their heading.
    await expect(page.getByRole('heading', { name: 'Skin', exact: true })).toBeHidden();
    await page.getByLabel('Search phrases').fill('zebra unicorn');
    await expect(page.getByText('No phrase matches')).toBeVisible();
  });

  test('a chapter ends with its templates and a link to the rest, filtered', async ({ page }) => {
    await page.goto('/guide/skin/');
    await expect(page.locator('.pillar-templates [data-template-card]')).toHaveCount(3);
    await page.getByRole('link', { name: /^All \d+ templates for skin$/ }).click();
    await expect(cards(page).filter({ visible: true })).toHaveCount(templates.filter((t) => t.pillars.includes('skin')).length);
  });
});
