import { useId } from 'react';
import './fields.css';

interface PresetButtonsProps<P extends { id: string; label: string }> {
  presets: readonly P[];
  /** The preset the current state matches, if any: its button shows pressed. */
  current: string | undefined;
  onPick: (preset: P) => void;
}

/** A labelled row of preset buttons; the one that matches the current state is pressed. */
export default function PresetButtons<P extends { id: string; label: string }>({ presets, current, onPick }: PresetButtonsProps<P>) {
  const labelId = useId();
  return (
    <div className="fpg-presets" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="fpg-presets__label">
        Presets
      </span>
      {presets.map((preset) => (
        <button key={preset.id} type="button" className="fpg-button" aria-pressed={current === preset.id} onClick={() => onPick(preset)}>
          {preset.label}
        </button>
      ))}
    </div>
  );
}
