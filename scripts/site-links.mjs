// @ts-check
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Checks a built site the way a host serving it under `base` would: every same-origin URL in
 * every page (href, src, srcset, island component/renderer URLs, canonical and sitemap locations)
 * must lie under the base and name a file of the build, and a `#fragment` must name an id on the
 * page it points to. Used by scripts/check-subpath.mjs on the BASE_PATH build.
 */

/** The sub-path build that scripts/check-subpath.mjs makes and tests/subpath/ browses: GitHub Pages style. */
export const subpathBuild = { base: '/flux-guide', site: 'https://user.github.io', outDir: 'dist-subpath' };

// Attributes that hold a URL the browser (or a crawler) will fetch or follow.
const urlAttribute = /\s(href|src|srcset|component-url|renderer-url|before-hydration-url)="([^"]*)"/g;
const idAttribute = /\sid="([^"]*)"/g;
const sitemapLocation = /<loc>([^<]*)<\/loc>/g;

/** @param {string} text */
function decodeEntities(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * The file a URL path is served from, or undefined (`/base/tools/lens/` → tools/lens/index.html).
 * @param {string} dir @param {string} pathname already stripped of the base, starting with '/'
 */
function fileFor(dir, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidates = decoded.endsWith('/') ? [join(dir, decoded, 'index.html')] : [join(dir, decoded), join(dir, decoded, 'index.html')];
  // Starlight gives its not-found page the canonical URL /404/; it is built as 404.html, the file static hosts serve for it.
  if (decoded === '/404/') candidates.push(join(dir, '404.html'));
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/**
 * @param {{ dir: string, base: string, site: string }} options
 *   dir: the build output; base: Astro's base ('/' or '/flux-guide'); site: the public origin (SITE_URL)
 * @returns {Promise<{ pages: number, urls: number, problems: string[] }>}
 */
export async function checkSiteLinks({ dir, base, site }) {
  const prefix = `${base.replace(/\/+$/, '')}/`;
  const siteOrigin = new URL(site).origin;
  // A made-up origin for the local pages: only the path matters, and it tells ours from external URLs.
  const localOrigin = 'http://site.invalid';
  /** @type {Map<string, Set<string>>} ids per HTML file, read once */
  const idsByFile = new Map();
  /** @param {string} file */
  const idsOf = async (file) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const html = await readFile(file, 'utf8');
      ids = new Set([...html.matchAll(idAttribute)].map((match) => decodeEntities(match[1] ?? '')));
      idsByFile.set(file, ids);
    }
    return ids;
  };

  /** @type {string[]} */
  const problems = [];
  let pages = 0;
  let urls = 0;

  /** @param {string} raw @param {URL} pageUrl @param {string} where */
  const check = async (raw, pageUrl, where) => {
    let url;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      problems.push(`${where}: unparsable URL ${raw}`);
      return;
    }
    if (url.origin !== localOrigin && url.origin !== siteOrigin) return; // external, data:, mailto:
    urls += 1;
    if (!url.pathname.startsWith(prefix)) {
      problems.push(`${where}: ${raw} is outside the base ${prefix}`);
      return;
    }
    const target = fileFor(dir, `/${url.pathname.slice(prefix.length)}`);
    if (!target) {
      problems.push(`${where}: ${raw} names no file of the build`);
      return;
    }
    const fragment = url.hash.slice(1);
    if (fragment && target.endsWith('.html')) {
      const id = decodeURIComponent(fragment);
      if (!(await idsOf(target)).has(id)) problems.push(`${where}: ${raw} names no id "${id}" on that page`);
    }
  };

  for await (const file of files(dir)) {
    const path = relative(dir, file).split(sep).join('/');
    if (path.endsWith('.html')) {
      pages += 1;
      const pageUrl = new URL(`${prefix}${path.replace(/(^|\/)index\.html$/, '$1')}`, localOrigin);
      const html = await readFile(file, 'utf8');
      for (const [, attribute, value = ''] of html.matchAll(urlAttribute)) {
        const decoded = decodeEntities(value);
        // srcset: "url 1x, url 2x"; candidates part at a comma and a space (a data: URL holds a bare comma).
        const raws = attribute === 'srcset' ? decoded.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [decoded];
        for (const raw of raws) if (raw) await check(raw, pageUrl, `${path} ${attribute}`);
      }
    } else if (/^sitemap.*\.xml$/.test(path)) {
      const xml = await readFile(file, 'utf8');
      for (const [, loc = ''] of xml.matchAll(sitemapLocation)) await check(decodeEntities(loc), new URL(site), path);
    }
  }
  return { pages, urls, problems };
}
