import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Every page path in the built sitemap (run `npm run build` first). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  if (paths.length === 0) throw new Error('The sitemap lists no pages: was the site built?');
  return paths;
}

/** The built HTML of a page path, read from dist/. */
export function builtHtml(path: string): string {
  return readFileSync(new URL(`../../../dist${path}index.html`, import.meta.url), 'utf8');
}

/** The URLs DESIGN.md promises; they are part of the product. */
export const designUrls = [
  '/',
  '/guide/how-flux-reads-prompts/',
  '/guide/skin/',
  '/guide/light/',
  '/guide/materials/',
  '/guide/depth/',
  '/guide/color/',
  '/guide/scenes/',
  '/guide/macro/',
  '/guide/limits/',
  '/guide/workflow/',
  '/tools/lighting/',
  '/tools/lens/',
  '/tools/diff/',
  '/tools/builder/',
  '/templates/',
] as const;

/** Sets Starlight's theme before any script runs, as a returning reader's stored choice would. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => window.localStorage.setItem('starlight-theme', t), theme);
}

/** Collects console errors, uncaught exceptions and failed requests while a page is used. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Built pages that hold at least one interactive widget (a React island). */
export function pagesWithWidgets(): string[] {
  return sitemapPaths().filter((path) => builtHtml(path).includes('<astro-island'));
}
