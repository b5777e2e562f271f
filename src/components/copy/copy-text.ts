/**
 * Copies text for a reader. Uses the asynchronous Clipboard API; where the browser
 * refuses it (no secure context, permission denied), selects the text in `fallbackTarget`
 * so the reader can press Ctrl+C / ⌘C. Shared by the copy buttons and the React widgets.
 */
export type CopyOutcome = 'copied' | 'selected';

export async function copyText(text: string, fallbackTarget?: Element | null): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (fallbackTarget) selectContents(fallbackTarget);
    return 'selected';
  }
}

function selectContents(element: Element): void {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.focus();
    element.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export const copyMessages: Record<CopyOutcome, string> = {
  copied: 'Copied',
  selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
};
