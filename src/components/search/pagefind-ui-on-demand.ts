/**
 * Starlight's search loads Pagefind's UI (about 26 KB of compressed JavaScript) on every page as
 * soon as the browser is idle, and builds it there and then: the biggest script of a prose page
 * and one of the longest tasks of every page. astro.config.mjs points Starlight's
 * `import('@pagefind/default-ui')` at this module instead, so the real UI loads when a reader
 * shows intent to search (hovers or focuses the search button) or opens the search, and not at
 * all for a reader who never does. Starlight's own component, styles and behaviour are unchanged.
 */

type PagefindUIOptions = Record<string, unknown>;

/** The real Pagefind UI, imported by file path (the bare name is aliased to this module). */
const loadRealUI = () =>
  // @ts-expect-error: @pagefind/default-ui ships no types.
  import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs') as Promise<{ PagefindUI: new (options: PagefindUIOptions) => unknown }>;

const SEARCH_OPEN_ATTRIBUTE = 'data-search-modal-open';

export class PagefindUI {
  constructor(options: PagefindUIOptions) {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      cleanUp();
      void loadRealUI().then(({ PagefindUI: RealUI }) => {
        new RealUI(options);
        // The search opened before its input existed: put the focus where Starlight would have.
        if (document.body.hasAttribute(SEARCH_OPEN_ATTRIBUTE)) document.querySelector<HTMLInputElement>('site-search dialog input')?.focus();
      });
    };

    const button = document.querySelector('site-search button[data-open-modal]');
    const opened = new MutationObserver(() => document.body.hasAttribute(SEARCH_OPEN_ATTRIBUTE) && start());
    opened.observe(document.body, { attributes: true, attributeFilter: [SEARCH_OPEN_ATTRIBUTE] });
    button?.addEventListener('pointerenter', start);
    button?.addEventListener('focus', start);
    function cleanUp() {
      opened.disconnect();
      button?.removeEventListener('pointerenter', start);
      button?.removeEventListener('focus', start);
    }
    if (document.body.hasAttribute(SEARCH_OPEN_ATTRIBUTE)) start();
  }
}
