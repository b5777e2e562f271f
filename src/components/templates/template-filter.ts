/**
 * Filters the server-rendered template cards by pillar, model and search words.
 * Plain DOM, no framework: it only toggles `hidden` and updates one status line.
 */
export function initTemplateFilter(root: Document = document): void {
  const form = root.querySelector<HTMLFormElement>('[data-template-filter]');
  const status = root.querySelector<HTMLElement>('[data-filter-status]');
  if (!form || !status) return;
  const search = form.querySelector<HTMLInputElement>('[data-filter-search]')!;
  const pillar = form.querySelector<HTMLSelectElement>('[data-filter-pillar]')!;
  const model = form.querySelector<HTMLSelectElement>('[data-filter-model]')!;
  const cards = [...root.querySelectorAll<HTMLElement>('[data-template-card]')];

  const apply = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const card of cards) {
      const matches =
        (!pillar.value || (card.dataset.pillars ?? '').split(' ').includes(pillar.value)) &&
        (!model.value || (card.dataset.models ?? '').split(' ').includes(model.value)) &&
        words.every((word) => (card.dataset.search ?? '').includes(word));
      card.hidden = !matches;
      if (matches) shown += 1;
    }
    status.textContent =
      shown === cards.length
        ? `${cards.length} templates.`
        : shown === 0
          ? 'No template matches: try fewer words or another pillar or model.'
          : `Showing ${shown} of ${cards.length} templates.`;
  };

  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
