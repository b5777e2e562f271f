import { useEffect, useRef } from 'react';
import { getFragment } from '../../lib/fragments';
import { getTemplate } from '../../lib/templates';
import { movePart, removePart, resolvePart, type BuilderState } from '../../lib/builder/state';

interface Props {
  state: BuilderState;
  onChange: (state: BuilderState, announcement: string) => void;
}

/** The prompt's parts in order, each with move up, move down and remove buttons. */
/** The two move buttons of a part: up one place and down one. */
const moves = [
  { action: 'up', label: 'Move up', by: -1 },
  { action: 'down', label: 'Move down', by: 1 },
] as const;

export function PartsList({ state, onChange }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    list.current?.querySelector<HTMLButtonElement>(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  if (state.parts.length === 0) {
    return <p className="builder__empty">No parts yet: use a template, or add fragments and your own words below.</p>;
  }
  const template = state.template ? getTemplate(state.template) : null;

  const move = (index: number, delta: -1 | 1, text: string) => {
    const target = index + delta;
    // Keep focus on the same button of the moved part, or on the other button at either end.
    const atEnd = target === 0 || target === state.parts.length - 1;
    const button = atEnd ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down';
    pendingFocus.current = `[data-part="${target}"][data-action="${button}"]`;
    onChange(movePart(state, index, delta), `Moved “${text}” to position ${target + 1} of ${state.parts.length}.`);
  };

  return (
    <ol className="builder__parts" ref={list}>
      {state.parts.map((part, index) => {
        const resolved = resolvePart(state, part);
        const origin =
          part.kind === 'fill'
            ? `template slot: ${template?.slots[part.name]?.label ?? part.name}`
            : part.kind === 'fragment'
              ? `${getFragment(part.id).pillar} fragment`
              : 'your words';
        return (
          <li key={`${index}-${resolved.text}`} className="builder__part">
            <span className="builder__part-text">{resolved.text}</span>
            <span className="builder__part-meta">
              {resolved.slot} · {origin}
            </span>
            <span className="builder__part-actions">
              {moves.map(({ action, label, by }) => (
                <button
                  key={action}
                  type="button"
                  className="fpg-button"
                  data-part={index}
                  data-action={action}
                  disabled={index + by < 0 || index + by >= state.parts.length}
                  onClick={() => move(index, by, resolved.text)}
                  aria-label={`${label}: ${resolved.text}`}
                >
                  {label}
                </button>
              ))}
              <button
                type="button"
                className="fpg-button"
                data-part={index}
                data-action="remove"
                onClick={() => {
                  pendingFocus.current = `[data-part="${Math.max(0, index - 1)}"][data-action="remove"]`;
                  onChange(removePart(state, index), `Removed “${resolved.text}”.`);
                }}
                aria-label={`Remove: ${resolved.text}`}
              >
                Remove
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
