import { useRef } from 'react';
import type { Undo, UndoPlace } from './useUndo';

interface Props<T> {
  undo: Undo<T>;
  at: UndoPlace;
}

/** The status line under a button that replaces the prompt: what happened, and an Undo button while it can be undone. */
export function UndoStatus<T>({ undo, at }: Props<T>) {
  const status = useRef<HTMLSpanElement>(null);
  const line = undo.line?.at === at ? undo.line : null;
  return (
    <div className="builder__row builder__undo">
      {/* Focusable so that focus lands here when the Undo button goes away. */}
      <span role="status" className="builder__status" ref={status} tabIndex={-1}>
        {line?.message}
      </span>
      {line?.previous && (
        <button
          type="button"
          className="fpg-button"
          onClick={() => {
            undo.undo();
            status.current?.focus();
          }}
        >
          Undo
        </button>
      )}
    </div>
  );
}
