// @ts-check
/**
 * Sub-path hosting check: builds the site as GitHub Pages would host it at
 * https://user.github.io/flux-guide/ (SITE_URL=https://user.github.io BASE_PATH=/flux-guide) into
 * dist-subpath/, then checks that every same-origin URL in every page and in the sitemap lies under
 * /flux-guide/ and names a file of that build (scripts/site-links.mjs). The build itself runs the
 * links validator on the articles with the base applied.
 *
 *   node scripts/check-subpath.mjs              build, then check
 *   node scripts/check-subpath.mjs --no-build   check the existing dist-subpath/
 *
 * tests/subpath/ then browses that build (npm run test:subpath runs both).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkSiteLinks, subpathBuild as subpath } from './site-links.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = fileURLToPath(new URL(`../${subpath.outDir}/`, import.meta.url));

if (!process.argv.includes('--no-build')) {
  const started = Date.now();
  const build = spawnSync('npx', ['astro', 'build', '--outDir', subpath.outDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: subpath.base, SITE_URL: subpath.site },
  });
  if (build.status !== 0) {
    console.error(`\nThe build for ${subpath.base} failed (exit ${build.status}).`);
    process.exit(1);
  }
  console.log(`Built for ${subpath.base} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

const { pages, urls, problems } = await checkSiteLinks({ dir, base: subpath.base, site: subpath.site });
if (pages === 0) {
  console.error(`No pages in ${dir}: build first (without --no-build).`);
  process.exit(1);
}
if (problems.length > 0) {
  console.error(`${problems.length} URL(s) that would break under ${subpath.base}/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Sub-path build: ${urls} same-origin URLs in ${pages} pages and the sitemap all resolve under ${subpath.base}/.`);
