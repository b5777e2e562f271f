import { useRef, useState } from 'react';
import type { LensDescription } from '../../lib/optics';
import { copyMessages, copyText } from '../copy/copy-text';

interface LensOutputProps {
  description: LensDescription;
  headingId: string;
  Heading: 'h2' | 'h3' | 'h4';
}

/** The generated prompt fragment, its warnings, and the copy and "add to prompt" buttons. */
export function LensOutput({ description, headingId, Heading }: LensOutputProps) {
  const textRef = useRef<HTMLElement>(null);
  const [status, setStatus] = useState('');
  const { text, warnings } = description;

  async function copy() {
    setStatus(copyMessages[await copyText(text, textRef.current)]);
  }

  async function addToPrompt() {
    // Loaded on demand: the tray and the catalogue are not needed to show the picker.
    const [{ addToTray }, { fragments }] = await Promise.all([import('../tray/tray-storage'), import('../../lib/fragments')]);
    // When the words are a catalogue fragment (the portrait preset is), keep its id with them.
    const fragment = fragments.find((f) => f.text === text);
    await addToTray({ text, slot: 'camera', from: 'lens', ...(fragment ? { fragmentId: fragment.id } : {}) });
    setStatus('Added to your prompt tray');
  }

  return (
    <section className="lens-output" aria-labelledby={headingId}>
      <Heading id={headingId} className="lens-heading">
        Prompt fragment
      </Heading>
      <p className="lens-output__text">
        <code ref={textRef} data-lens-fragment>
          {text}
        </code>
      </p>
      <div className="lens-output__actions">
        <button type="button" className="fpg-button" onClick={copy}>
          Copy fragment
        </button>
        <button type="button" className="fpg-button" onClick={addToPrompt}>
          Add to prompt
        </button>
        <span role="status" className="lens-output__status">
          {status}
        </span>
      </div>
      <div role="status" className="lens-output__warnings">
        {warnings.length > 0 && (
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>
                <strong>Warning:</strong> {warning}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
