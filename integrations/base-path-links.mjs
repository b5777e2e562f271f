// @ts-check
import { fileURLToPath } from 'node:url';
import { withBase } from '../src/components/links.ts';

/**
 * Sub-path hosting (BASE_PATH=/flux-guide) for the links written in the articles.
 * The articles link to pages root-relatively (`[lens picker](/tools/lens/)`, `<LinkCard href="/guide/skin/">`,
 * hero `link: /templates/`), which is right at the root of a domain and wrong under a sub-path.
 *
 * Astro 7's Markdown/MDX engine, Sätteri, runs no remark or rehype plugins, but it runs its own
 * "hast plugins" (starlight-links-validator is one). This plugin rewrites those links with the one
 * rule in src/components/links.ts while the articles compile, and it goes first in the list, so the
 * links validator then checks the links as they are published: every link is still validated, in the
 * root build and in a sub-path build. With the default base ('/') nothing changes.
 *
 * Hero action links are rendered by Starlight from the entry's data, not from the compiled MDX,
 * so a route middleware (base-path-route.ts) applies the same rule there.
 */

/** @typedef {{ type: string, name?: string | null, value?: unknown }} JsxAttribute */

/**
 * The Sätteri hast plugin: links in the body and hero links in the frontmatter (the latter only for
 * what the links validator reads; the page itself gets them from the route middleware).
 * @param {string} base Astro's `base`
 */
export function basePathLinksPlugin(base) {
  /** @param {unknown} href */
  const rewrite = (href) => (typeof href === 'string' ? withBase(href, base) : href);

  return {
    name: 'base-path-links',
    /** @param {unknown} _root @param {{ data: { astro?: { frontmatter?: Record<string, unknown> } } }} ctx */
    before(_root, ctx) {
      const astro = ctx.data.astro;
      const hero = /** @type {{ actions?: { link?: unknown }[] } | undefined} */ (astro?.frontmatter?.['hero']);
      if (!astro?.frontmatter || !Array.isArray(hero?.actions)) return;
      const actions = hero.actions.map((action) => ({ ...action, link: rewrite(action.link) }));
      astro.frontmatter = { ...astro.frontmatter, hero: { ...hero, actions } };
    },
    element: {
      filter: ['a'],
      /**
       * @param {{ properties: Record<string, unknown> }} node
       * @param {{ setProperty(node: unknown, key: string, value: unknown): void }} ctx
       */
      visit(node, ctx) {
        const href = node.properties['href'];
        const rewritten = rewrite(href);
        if (rewritten !== href) ctx.setProperty(node, 'href', rewritten);
      },
    },
    // JSX in MDX: <a href="/…">, <LinkCard href="/…">, <LinkButton href="/…">.
    mdxJsxFlowElement: { filter: [], visit: rewriteJsxHref },
    mdxJsxTextElement: { filter: [], visit: rewriteJsxHref },
  };

  /**
   * @param {{ attributes: JsxAttribute[] }} node
   * @param {{ setProperty(node: unknown, key: string, value: unknown): void }} ctx
   */
  function rewriteJsxHref(node, ctx) {
    const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href');
    // Only literal strings: an expression (href={…}) is the component's own business.
    if (typeof href?.value !== 'string') return;
    const rewritten = rewrite(href.value);
    if (rewritten !== href.value) ctx.setProperty(node, 'href', rewritten);
  }
}

/** @returns {import('@astrojs/starlight/types').StarlightPlugin} */
export default function basePathLinks() {
  return {
    name: 'base-path-links',
    hooks: {
      'config:setup'({ addIntegration, addRouteMiddleware }) {
        addRouteMiddleware({ entrypoint: fileURLToPath(new URL('./base-path-route.ts', import.meta.url)) });
        addIntegration({
          name: 'base-path-links',
          hooks: {
            'astro:config:setup': ({ config, logger }) => {
              const processor = /** @type {{ name?: string, options?: { hastPlugins?: unknown[] } }} */ (config.markdown.processor);
              if (processor?.name !== 'satteri' || !Array.isArray(processor.options?.hastPlugins)) {
                throw new Error('base-path-links expects Astro’s default Markdown processor (Sätteri).');
              }
              // First in the list: the links validator (and every other plugin) sees the published links.
              processor.options.hastPlugins.unshift(basePathLinksPlugin(config.base));
              if (config.base !== '/') logger.info(`article links written for the base ${config.base}`);
            },
          },
        });
      },
    },
  };
}
