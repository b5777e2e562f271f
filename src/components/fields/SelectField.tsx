import { useId } from 'react';

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: Readonly<Record<T, string>>;
  disabled?: boolean;
  onChange: (value: T) => void;
}

/** A labelled select whose accessible name is exactly its visible label. */
export default function SelectField<T extends string>({ label, value, options, disabled, onChange }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="light-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
        {(Object.entries(options) as [T, string][]).map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
