import { useId } from 'react';
import './fields.css';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** One line under the box: what to write. */
  hint?: string;
  /** Shown (and announced) while the value cannot be used. */
  error?: string;
  /** Lines shown; the box wraps its text, so a phone shows all of it. */
  rows?: number;
  placeholder?: string;
}

/** A labelled, wrapping text box with an optional hint and error message. */
export default function TextField({ label, value, onChange, hint, error, rows = 2, placeholder }: TextFieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="fpg-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        dir="auto"
        rows={rows}
        value={value}
        placeholder={placeholder}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <span className="fpg-field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="fpg-field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
