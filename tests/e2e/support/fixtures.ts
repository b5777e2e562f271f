import { expect, type Page } from '@playwright/test';

/**
 * How the browser tests open a page with widgets. Every widget marks its root with
 * data-ready="false" on the server and data-ready="true" once it has hydrated and read the
 * page's share link; widgets without a link (the tray, the lighting table) are ready once Astro
 * drops their island's `ssr` attribute. The timeouts are set once, in playwright.config.ts.
 */

/** A widget's root once it has hydrated and read the share link. */
export const READY = '[data-ready="true"]';

/** A full frame of a study render can take tens of seconds in Chromium's software GPU; tests that wait for one are marked test.slow(). */
export const FRAME_TIMEOUT = 120_000;

/**
 * Scrolls to each island that holds `widget` (every island when none is named), as a reader
 * scrolling through would, and waits until each has hydrated and no widget is still reading its link.
 */
export async function waitForWidgets(page: Page, widget?: string): Promise<void> {
  if (widget) await expect(page.locator(widget).first()).toBeAttached();
  const islands = page.locator(widget ? `astro-island:has(${widget})` : 'astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i += 1) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    await expect(islands.nth(i)).not.toHaveAttribute('ssr', /.*/);
  }
  await expect(islands.locator('[data-ready="false"]')).toHaveCount(0);
}

/**
 * Opens a tool page (`path`, with an optional query such as "?focal=85") and waits until its
 * widgets are ready: all of them, or only those holding `widget` when a test uses one of several.
 */
export async function openTool(page: Page, path: string, query = '', widget?: string): Promise<void> {
  await page.goto(`${path}${query && !query.startsWith('?') ? `?${query}` : query}`);
  await waitForWidgets(page, widget);
}
