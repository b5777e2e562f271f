// @ts-check
/**
 * Checks the root build in dist/ (run `npm run build` first): every same-origin href, src, island
 * script, canonical link and sitemap entry must name a file of the build, and every
 * #anchor an id on its page. The links validator covers the articles' Markdown; this also
 * covers links our components write. scripts/check-subpath.mjs does the same for a sub-path.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSiteLinks } from './site-links.mjs';

// DIST_DIR names another build folder, as for the browser tests (playwright.config.ts).
const dir = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.DIST_DIR ?? 'dist');
const site = process.env.SITE_URL ?? 'https://flux-photoreal.guide';

const { pages, urls, problems } = await checkSiteLinks({ dir, base: process.env.BASE_PATH ?? '/', site });
if (pages === 0) {
  console.error(`No pages in ${dir}: run npm run build first.`);
  process.exit(1);
}
if (problems.length > 0) {
  console.error(`${problems.length} broken same-origin URL(s) in ${dir}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Root build: ${urls} same-origin URLs in ${pages} pages and the sitemap all resolve.`);
