import { useEffect, useState } from 'react';
import './fields.css';

interface NumberFieldProps {
  id: string;
  /** Ids of the visible texts that name this box (the field's label and its unit). */
  labelledBy: string;
  /** Undefined shows an empty box (with `placeholder`): only for an `onClear` field, where empty means "the default". */
  value: number | undefined;
  min: number;
  max: number;
  step: number | 'any';
  /** Called with a number inside [min, max]; anything else is kept as a draft and flagged. */
  onCommit: (value: number) => void;
  /** Given, the box may be emptied: emptying it calls this (the setting goes back to its default). */
  onClear?: () => void;
  placeholder?: string;
  format?: (value: number) => string;
}

/**
 * A number box that lets the reader type freely: the draft is only applied once it is a
 * number inside the range, and is marked invalid (with a hint) until then.
 */
export function NumberField({ id, labelledBy, value, min, max, step, onCommit, onClear, placeholder, format = String }: NumberFieldProps) {
  const shown = (n: number | undefined) => (n === undefined ? '' : format(n));
  const [draft, setDraft] = useState(shown(value));
  useEffect(() => {
    // Follow changes made elsewhere (slider, preset) unless the draft already means this value.
    setDraft((current) => (value === undefined ? (current.trim() === '' ? current : '') : Number(current) === value && current.trim() !== '' ? current : format(value)));
  }, [value, format]);

  const empty = draft.trim() === '';
  const parsed = empty ? Number.NaN : Number(draft);
  const valid = (empty && onClear !== undefined) || (Number.isFinite(parsed) && parsed >= min && parsed <= max);
  const hintId = `${id}-hint`;
  return (
    <span className="fpg-number">
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={draft}
        placeholder={placeholder}
        aria-labelledby={labelledBy}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : hintId}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value.trim() === '') onClear?.();
          else if (Number.isFinite(next) && next >= min && next <= max) onCommit(next);
        }}
        onBlur={() => setDraft(shown(value))}
      />
      {!valid && (
        <span id={hintId} className="fpg-number__hint">
          Enter a number from {format(min)} to {format(max)}.
        </span>
      )}
    </span>
  );
}
