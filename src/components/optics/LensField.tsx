import type { ReactNode } from 'react';

interface LensFieldProps {
  label: string;
  /** The id of the control the label names. */
  htmlFor: string;
  /** An id for the label, when a second control is labelled by it too (aria-labelledby). */
  labelId?: string;
  /** The control, or a row of controls (a slider and its exact-value box). */
  children: ReactNode;
  /** A short line under the field. */
  note?: ReactNode;
}

/** One row of the picker's form: a visible label, its controls side by side, an optional note. */
export function LensField({ label, htmlFor, labelId, children, note }: LensFieldProps) {
  return (
    <div className="lens-field">
      <label id={labelId} htmlFor={htmlFor}>
        {label}
      </label>
      <div className="lens-field__inputs">{children}</div>
      {note && <p className="lens-field__note">{note}</p>}
    </div>
  );
}
