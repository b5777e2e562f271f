// @ts-check
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Astro's `security.csp` hashes the scripts and styles it processes, but not `is:inline`
 * ones — and Starlight's theme and sidebar scripts are `is:inline`, so a strict policy
 * would block them. After the build, this adds the hash of every inline <script> and
 * <style> a page really contains to that page's policy. No 'unsafe-inline' needed.
 */

const inlineBlock = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** @param {string} text */
function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Adds the hashes of a page's inline scripts and styles to its CSP meta tag.
 * @param {string} html
 * @returns {string}
 */
export function addInlineHashes(html) {
  const meta = html.match(cspMeta);
  if (!meta) return html;
  /** @type {{ script: Set<string>, style: Set<string> }} */
  const needed = { script: new Set(), style: new Set() };
  for (const [, tag, attributes = '', body] of html.matchAll(inlineBlock)) {
    if (tag === 'script' && (/\ssrc=/.test(` ${attributes}`) || /type="application\/(ld\+)?json"/.test(attributes))) continue;
    if (body === undefined) continue;
    needed[/** @type {'script' | 'style'} */ (tag)].add(sha256(body));
  }
  let policy = meta[2] ?? '';
  for (const kind of /** @type {const} */ (['script', 'style'])) {
    const directive = new RegExp(`(^|;)\\s*(${kind}-src)([^;]*)`);
    const found = policy.match(directive);
    if (!found) continue;
    const existing = new Set((found[3] ?? '').trim().split(/\s+/));
    const additions = [...needed[kind]].filter((hash) => !existing.has(hash));
    if (additions.length === 0) continue;
    policy = policy.replace(directive, (whole) => `${whole} ${additions.join(' ')}`);
  }
  return html.replace(cspMeta, (_, start, _policy, end) => `${start}${policy}${end}`);
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** @returns {import('astro').AstroIntegration} */
export default function cspInlineHashes() {
  return {
    name: 'csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const updated = addInlineHashes(html);
          if (updated !== html) {
            await writeFile(file, updated);
            pages += 1;
          }
        }
        logger.info(`added inline script/style hashes to the CSP of ${pages} pages`);
      },
    },
  };
}
