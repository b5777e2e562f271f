import { copyMessages, copyText } from './copy-text';

/**
 * One delegated listener for every `[data-copy]` button on the page. The button names
 * the element holding the text with `data-copy="<element id>"`, so the text a reader
 * copies is exactly the text they see, and the fallback can select it.
 */
export function initCopyButtons(root: Document = document): void {
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const source = root.getElementById(button.dataset.copy ?? '');
    if (!source) return;
    const outcome = await copyText(source.textContent ?? '', source);
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    if (status) {
      status.textContent = copyMessages[outcome];
      window.setTimeout(() => {
        if (status.textContent === copyMessages[outcome]) status.textContent = '';
      }, 2500);
    }
  });
}
