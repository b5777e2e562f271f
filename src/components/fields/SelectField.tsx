import { useId, type ReactNode } from 'react';
import './fields.css';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  /** A value → label record, or a list when an option needs to be disabled. */
  options: Readonly<Record<T, string>> | readonly SelectOption<T>[];
  disabled?: boolean;
  /** A short line under the field. */
  note?: ReactNode;
  onChange: (value: T) => void;
}

/** A labelled select whose accessible name is exactly its visible label. */
export default function SelectField<T extends string>({ label, value, options, disabled, note, onChange }: SelectFieldProps<T>) {
  const id = useId();
  const list: readonly SelectOption<T>[] = Array.isArray(options)
    ? options
    : (Object.entries(options) as [T, string][]).map(([optionValue, optionLabel]) => ({ value: optionValue, label: optionLabel }));
  return (
    <div className="fpg-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
        {list.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      {note && <p className="fpg-field__hint">{note}</p>}
    </div>
  );
}
