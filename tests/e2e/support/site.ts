import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';

/** The build the tests read and serve: dist/ unless DIST_DIR names another (playwright.config.ts serves the same one). */
const buildDir = new URL(`${process.env.DIST_DIR ?? 'dist'}/`.replace(/\/+$/, '/'), new URL('../../../', import.meta.url));

/** Every page path in the built sitemap (run `npm run build` first). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('sitemap-0.xml', buildDir), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  if (paths.length === 0) throw new Error('The sitemap lists no pages: was the site built?');
  return paths;
}

/** The built HTML of a page path. */
export function builtHtml(path: string): string {
  return readFileSync(new URL(`.${path}index.html`, buildDir), 'utf8');
}

/** The URLs DESIGN.md promises; they are part of the product. */
export const designUrls = [
  '/',
  '/guide/how-flux-reads-prompts/',
  '/guide/skin/',
  '/guide/light/',
  '/guide/materials/',
  '/guide/depth/',
  '/guide/camera/',
  '/guide/color/',
  '/guide/scenes/',
  '/guide/macro/',
  '/guide/limits/',
  '/guide/workflow/',
  '/tools/upgrade/',
  '/tools/lighting/',
  '/tools/lens/',
  '/tools/diff/',
  '/tools/builder/',
  '/tools/experiments/',
  '/templates/',
  '/phrases/',
  '/about/',
] as const;

/** The WCAG tags axe checks on every page: 2.2 A and AA, which include target-size (2.5.8). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
  // The browser aborts what a page was still loading when the test moves on to another page:
  // that is the navigation, not a broken request. A request still open when the page starts
  // navigating (a form sent, a link followed) is one of those, even if it fails before the new
  // page's address shows.
  const startedOn = new WeakMap<Request, string>();
  const open = new Set<Request>();
  const overtaken = new WeakSet<Request>();
  // Between a main-frame navigation's request and its commit, the old page may still start a
  // request (its favicon) that the new page then aborts: that is no broken request either.
  let navigationPending = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigationPending = false;
  });
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      for (const earlier of open) overtaken.add(earlier);
      navigationPending = true;
    } else if (navigationPending) overtaken.add(request);
    startedOn.set(request, page.url());
    open.add(request);
  });
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => {
    open.delete(request);
    const reason = request.failure()?.errorText;
    if (reason === 'net::ERR_ABORTED' && (overtaken.has(request) || startedOn.get(request) !== page.url())) return;
    // A picture shown from memory (a blob: URL) whose element was replaced before it finished
    // decoding: nothing went over the network, and nothing was lost.
    if (reason === 'net::ERR_ABORTED' && request.url().startsWith('blob:')) return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Records CSP violations from the first script on, so none can slip by before a listener exists. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/**
 * Records layout shifts the reader did not cause (images without a size, controls revealed by a
 * late script), from the first paint on: each with its score and the elements that moved.
 */
export async function recordLayoutShifts(page: Page): Promise<() => Promise<{ value: number; moved: string }[]>> {
  await page.addInitScript(() => {
    const shifts: { value: number; moved: string }[] = [];
    (window as unknown as { __layoutShifts: typeof shifts }).__layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        const moved = (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.localName}.${source.node.className}` : 'text'));
        shifts.push({ value: entry.value, moved: moved.join(', ') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __layoutShifts: { value: number; moved: string }[] }).__layoutShifts);
}

/** Built pages that hold at least one interactive widget (a React island). */
export function pagesWithWidgets(): string[] {
  return sitemapPaths().filter((path) => builtHtml(path).includes('<astro-island'));
}
