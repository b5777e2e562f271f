import { useState } from 'react';

/** Where the action happened, so its status line (and Undo button) shows beside the button pressed. */
export type UndoPlace = 'start' | 'export' | 'saved';

export interface UndoLine<T> {
  at: UndoPlace;
  message: string;
  /** What was there before the action; null once undone, or when the action changed nothing. */
  previous: T | null;
}

export interface Undo<T> {
  line: UndoLine<T> | null;
  /** Replaces the whole state (a template, a blank prompt, a saved or imported prompt), keeping what was there. */
  replace: (next: T, message: string, at: UndoPlace) => void;
  /** Puts back what was there before the last replacement. */
  undo: () => void;
  /** Forgets the offer: call on any other edit, after which undoing would throw that edit away. */
  clear: () => void;
}

/**
 * Makes actions that replace everything the reader wrote undoable, instead of asking first:
 * the action happens at once, and an "Undo" button restores the state exactly as it was.
 * `set` must change the state without calling `clear`.
 */
export function useUndo<T>(current: T, set: (state: T) => void): Undo<T> {
  const [line, setLine] = useState<UndoLine<T> | null>(null);
  return {
    line,
    replace(next, message, at) {
      const changed = JSON.stringify(next) !== JSON.stringify(current);
      set(next);
      setLine({ at, message, previous: changed ? current : null });
    },
    undo() {
      if (!line?.previous) return;
      set(line.previous);
      setLine({ at: line.at, message: 'Your earlier prompt is back, as it was.', previous: null });
    },
    clear: () => setLine(null),
  };
}
