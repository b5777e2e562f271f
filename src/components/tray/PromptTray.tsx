import { useId, useRef } from 'react';
import { useAnnouncer } from '../status/useAnnouncer';
import { composePrompt, type PromptPart } from '../../lib/prompt/compose';
import { isFragmentId } from '../../lib/fragments';
import type { TrayItem } from '../../lib/tray';
import { copyMessages, copyText } from '../copy/copy-text';
import { clearTray, removeFromTray, useTray } from './tray-storage';
import './tray.css';

/** A tray item as a prompt part: its catalogue fragment where it has one, else free text in its slot. */
const toPart = (item: TrayItem): PromptPart =>
  item.fragmentId && isFragmentId(item.fragmentId) ? item.fragmentId : { text: item.text, slot: item.slot };

/**
 * The prompt tray: the phrases a reader has sent with "Add to prompt", on any page, joined into
 * one prompt in BFL's order. Stays in step with the other widgets on the page (they share one
 * copy of the tray) and with other tabs (the storage event).
 */
export default function PromptTray() {
  const id = useId();
  const { items, error } = useTray();
  const [status, announce] = useAnnouncer();
  const promptRef = useRef<HTMLElement>(null);

  const prompt = composePrompt(items.map(toPart));

  return (
    <section className="prompt-tray not-content" aria-labelledby={`${id}-title`} data-pagefind-ignore="all">
      <h3 id={`${id}-title`}>Your prompt tray</h3>
      {error && (
        <p className="fpg-error" role="alert">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className="prompt-tray__empty">The tray is empty. Use “Add to prompt” on a phrase or a set-up to collect it here.</p>
      ) : (
        <>
          <ul className="prompt-tray__items">
            {items.map((item) => (
              <li key={item.text}>
                <code>{item.text}</code>
                <span className="prompt-tray__slot">{item.slot}</span>
                <button
                  type="button"
                  className="fpg-button"
                  aria-label={`Remove: ${item.text}`}
                  onClick={async () => {
                    await removeFromTray(item.text);
                    announce(`Removed “${item.text}”`);
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <h4 id={`${id}-prompt`}>As one prompt</h4>
          <p>
            <code ref={promptRef} aria-labelledby={`${id}-prompt`} data-testid="tray-prompt">
              {prompt}
            </code>
          </p>
        </>
      )}
      <div className="prompt-tray__actions">
        <button
          type="button"
          className="fpg-button"
          disabled={items.length === 0}
          onClick={async () => announce(copyMessages[await copyText(prompt, promptRef.current)])}
        >
          Copy all as one prompt
        </button>
        <button
          type="button"
          className="fpg-button"
          disabled={items.length === 0}
          onClick={async () => {
            await clearTray();
            announce('The tray is now empty');
          }}
        >
          Clear tray
        </button>
        <span role="status" className="prompt-tray__status">
          {status}
        </span>
      </div>
    </section>
  );
}
