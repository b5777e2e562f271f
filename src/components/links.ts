/**
 * The one rule for links to our own pages when the site is built under a sub-path
 * (BASE_PATH=/flux-guide, i.e. Astro's `base`): a root-relative path such as `/tools/lens/`
 * is written as `/flux-guide/tools/lens/`. Components call `sitePath()`; the Markdown
 * plugin in integrations/base-path-links.mjs applies `withBase()` to the links in the articles.
 */

/**
 * `path` with the site's base in front, when it is a root-relative path that does not carry it yet.
 * Anything else comes back unchanged: external (`https:`, `mailto:`) and protocol-relative
 * (`//host`) URLs, relative paths, `#anchors` and `?queries`.
 * Idempotent, so a link already written with the base (or rewritten twice) keeps one base.
 */
export function withBase(path: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '' || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`) || path.startsWith(`${prefix}#`)) {
    return path;
  }
  return `${prefix}${path}`;
}

/** A page of this site by its root-relative path, e.g. `sitePath('/tools/lens/')`, under the configured base. */
export function sitePath(path: `/${string}`): string {
  return withBase(path, import.meta.env.BASE_URL);
}
