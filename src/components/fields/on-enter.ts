import type { KeyboardEvent } from 'react';

/** A keydown handler for a one-line text box: Enter does the form's action (the box is in no <form>). */
export function onEnter(action: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    action();
  };
}
