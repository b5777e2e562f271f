import { useId } from 'react';
import './fields.css';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

interface RangeFieldProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  display: string;
  swatch?: string;
  disabled?: boolean;
  onChange: (value: number) => void;
}

/**
 * A labelled slider with its current value shown beside it (and spoken as its value text),
 * plus an optional colour swatch for colour temperatures.
 */
export default function RangeField({ label, min, max, step, value, display, swatch, disabled, onChange }: RangeFieldProps) {
  const id = useId();
  return (
    <div className="fpg-field fpg-field--range">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={clamp(value, min, max)}
        disabled={disabled}
        aria-valuetext={display}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>
        {swatch && <span className="kelvin-swatch" style={{ background: swatch }} aria-hidden="true" />}
        {display}
      </output>
    </div>
  );
}
