import type { ReactNode } from 'react';
import { LensField } from './LensField';

interface StopSliderProps {
  /** Base id: the label is `${id}-label` and the slider `${id}-range`, so a companion control can be labelled by `${id}-label`. */
  id: string;
  label: string;
  /** The values the slider steps through, in order (focal lengths, f-numbers, distances). */
  stops: readonly number[];
  /** The index in `stops` nearest to the current value. */
  index: number;
  /** The lowest index the reader may pick (the lens's closest focus, for distances). */
  minIndex?: number;
  /** What a screen reader says for the current value, with its unit. */
  valueText: string;
  onChange: (stop: number) => void;
  /** The exact-value control beside the slider: a number box or a select. */
  children: ReactNode;
  /** A short line under the field. */
  note?: ReactNode;
}

/**
 * A labelled slider over a list of stops, with a companion control for exact values. The slider
 * moves by whole stops, so the arrow keys step through the same values a photographer would.
 */
export function StopSlider({ id, label, stops, index, minIndex = 0, valueText, onChange, children, note }: StopSliderProps) {
  return (
    <LensField label={label} htmlFor={`${id}-range`} labelId={`${id}-label`} note={note}>
      <input
        id={`${id}-range`}
        type="range"
        min={minIndex}
        max={stops.length - 1}
        step={1}
        value={Math.max(minIndex, index)}
        aria-valuetext={valueText}
        onChange={(e) => onChange(stops[Number(e.target.value)]!)}
      />
      {children}
    </LensField>
  );
}
