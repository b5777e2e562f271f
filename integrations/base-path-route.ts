import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { sitePath } from '../src/components/links';

/**
 * Starlight renders a splash page's hero buttons from the entry's frontmatter (`hero.actions[].link`),
 * not from the compiled MDX, so base-path-links.mjs cannot reach them: they get the base here,
 * by the same rule. `sitePath` is idempotent, so a page rendered twice keeps one base.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const actions = context.locals.starlightRoute.entry.data.hero?.actions;
  if (!actions) return;
  for (const action of actions) {
    if (action.link.startsWith('/')) action.link = sitePath(action.link as `/${string}`);
  }
});
