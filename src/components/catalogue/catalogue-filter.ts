/**
 * Filters a server-rendered catalogue (the templates page, the phrase book) by its select boxes
 * and search words. Plain DOM, no framework: it only toggles `hidden` and updates one status line.
 *
 * Markup it reads, inside one `[data-catalogue]` element:
 * - a `form[data-catalogue-filter]` (hidden until this runs) whose `select[data-filter=KEY]` keeps
 *   the items whose `data-KEY` (a space-separated list) holds the chosen value, and whose
 *   `input[data-filter-search]` keeps the items whose `data-search` holds every word typed;
 * - `[data-catalogue-item]` elements, optionally inside `[data-catalogue-group]` elements that
 *   hide when none of their items is shown;
 * - a `[data-filter-status]` line, and the nouns for it on the form (`data-noun-one`,
 *   `data-noun-many`) with the sentence to show when nothing matches (`data-no-match`).
 * A select or the search box named in the page's query (`?pillar=skin`, `?q=pores`) starts with
 * that value, so a chapter can link to its own part of a catalogue.
 */
export function initCatalogueFilter(root: ParentNode = document): void {
  for (const catalogue of root.querySelectorAll<HTMLElement>('[data-catalogue]')) initOne(catalogue);
}

function initOne(catalogue: HTMLElement): void {
  const form = catalogue.querySelector<HTMLFormElement>('[data-catalogue-filter]');
  const status = catalogue.querySelector<HTMLElement>('[data-filter-status]');
  if (!form || !status) return;
  const search = form.querySelector<HTMLInputElement>('[data-filter-search]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const items = [...catalogue.querySelectorAll<HTMLElement>('[data-catalogue-item]')];
  const groups = [...catalogue.querySelectorAll<HTMLElement>('[data-catalogue-group]')];
  const one = form.dataset.nounOne ?? 'item';
  const many = form.dataset.nounMany ?? 'items';
  const noMatch = form.dataset.noMatch ?? `No ${one} matches: try fewer words.`;

  const query = new URLSearchParams(window.location.search);
  for (const field of [...selects, ...(search ? [search] : [])]) {
    const wanted = field.name ? query.get(field.name) : null;
    if (wanted === null) continue;
    // A select only takes a value it offers; anything else leaves "all".
    if (field instanceof HTMLSelectElement && ![...field.options].some((option) => option.value === wanted)) continue;
    field.value = wanted;
  }

  const apply = () => {
    const words = (search?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const matches =
        selects.every((select) => !select.value || (item.dataset[select.dataset.filter!] ?? '').split(' ').includes(select.value)) &&
        words.every((word) => (item.dataset.search ?? '').includes(word));
      item.hidden = !matches;
      if (matches) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-catalogue-item]:not([hidden])');
    status.textContent =
      shown === items.length ? `${items.length} ${many}.` : shown === 0 ? noMatch : `Showing ${shown} of ${items.length} ${many}.`;
  };

  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
