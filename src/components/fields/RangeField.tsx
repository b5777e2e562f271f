import { useId } from 'react';
import { NumberField } from './NumberField';
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
  /**
   * The unit of a number box beside the slider ("K", "°", "%"), where an exact value matters:
   * a slider on a phone moves in steps too coarse to land on one number. No box when left out.
   */
  typedUnit?: string;
  onChange: (value: number) => void;
}

/**
 * A labelled slider with its current value shown beside it (and spoken as its value text),
 * an optional colour swatch for colour temperatures, and an optional number box for typing
 * the value exactly (any number in range, not only the slider's steps).
 */
export default function RangeField({ label, min, max, step, value, display, swatch, disabled, typedUnit, onChange }: RangeFieldProps) {
  const id = useId();
  return (
    <div className="fpg-field fpg-field--range">
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
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
      <div className="fpg-field__value">
        <output htmlFor={id}>
          {swatch && <span className="kelvin-swatch" style={{ background: swatch }} aria-hidden="true" />}
          {display}
        </output>
        {typedUnit !== undefined && !disabled && (
          <span className="fpg-field__typed">
            <NumberField
              id={`${id}-number`}
              labelledBy={`${id}-label ${id}-unit`}
              value={value}
              min={min}
              max={max}
              step={1}
              onCommit={(typed) => onChange(Math.round(typed))}
            />
            <span id={`${id}-unit`}>{typedUnit}</span>
          </span>
        )}
      </div>
    </div>
  );
}
