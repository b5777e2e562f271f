import { useId } from 'react';
import { getModel, type ModelId } from '../../lib/models';
import { modelAbout } from '../../lib/models/about';
import { NEGATIVE_MAX } from '../../lib/limits';
import { runFacts } from '../../lib/run/settings';
import {
  aspectRatio,
  honoursNegative,
  negativeReason,
  presetFor,
  randomSeed,
  runProblems,
  SEED_MAX,
  SIZE_MAX,
  SIZE_MIN,
  SIZE_STEP,
  sizePresets,
  type RunOptions,
} from '../../lib/run/settings';
import SelectField, { type SelectOption } from '../fields/SelectField';
import { NumberField } from '../fields/NumberField';
import './run.css';

interface Props {
  model: ModelId;
  /** Already fitted to the model (fitRunOptions). */
  options: RunOptions;
  onChange: (next: RunOptions) => void;
}

type SizeChoice = (typeof sizePresets)[number]['id'] | 'custom';
const sizeOptions: SelectOption<SizeChoice>[] = [
  ...sizePresets.map((p) => ({ value: p.id, label: `${p.label} (${p.width} × ${p.height})` })),
  { value: 'custom', label: 'Custom size' },
];

/** A seed from the browser's cryptographic source where there is one. */
function freshSeed(): number {
  if (typeof crypto !== 'undefined' && crypto.getRandomValues) return crypto.getRandomValues(new Uint32Array(1))[0]!;
  return randomSeed();
}

/** Size, seed, steps, guidance and (where a front end honours one) a negative prompt, for one model. */
export function RunSettingsFields({ model: modelId, options, onChange }: Props) {
  const uid = useId();
  const model = getModel(modelId);
  const facts = runFacts(modelId);
  const { licence } = modelAbout[modelId];
  const set = (patch: Partial<RunOptions>) => onChange({ ...options, ...patch });
  const problems = runProblems({ prompt: 'x', model: modelId, ...options });
  const modelProblem = problems.find((p) => p.field === 'model');
  const number = (key: 'width' | 'height' | 'seed' | 'steps' | 'guidance', label: string, unit: string, min: number, max: number, step: number) => (
    <div className="fpg-field">
      <label id={`${uid}-${key}-label`} htmlFor={`${uid}-${key}`}>
        {label}
      </label>
      <span className="run__number">
        <NumberField
          id={`${uid}-${key}`}
          labelledBy={`${uid}-${key}-label${unit ? ` ${uid}-${key}-unit` : ''}`}
          value={options[key] ?? 0}
          min={min}
          max={max}
          step={step}
          onCommit={(value) => set({ [key]: value })}
        />
        {unit && <span id={`${uid}-${key}-unit`}>{unit}</span>}
      </span>
    </div>
  );

  if (!facts) {
    return (
      <p className="builder__notice" data-testid="run-settings">
        {modelProblem?.message}
      </p>
    );
  }
  const { steps, guidance } = facts;
  return (
    <fieldset className="run" data-testid="run-settings">
      <legend>Run settings for {model.name}</legend>
      <div className="run__grid">
        <SelectField
          label="Size"
          value={presetFor(options.width, options.height)?.id ?? 'custom'}
          options={sizeOptions}
          onChange={(choice) => {
            const preset = sizePresets.find((p) => p.id === choice);
            if (preset) set({ width: preset.width, height: preset.height });
          }}
        />
        {number('width', 'Width', 'px', SIZE_MIN, SIZE_MAX, SIZE_STEP)}
        {number('height', 'Height', 'px', SIZE_MIN, SIZE_MAX, SIZE_STEP)}
        <div className="run__seed">
          {number('seed', 'Seed', '', 0, SEED_MAX, 1)}
          <button type="button" className="fpg-button" onClick={() => set({ seed: freshSeed() })}>
            New seed
          </button>
        </div>
        {steps && !steps.fixed && number('steps', 'Steps', '', steps.min, steps.max, 1)}
        {guidance && !guidance.fixed && number('guidance', 'Guidance', '', guidance.min, guidance.max, 0.1)}
      </div>
      {facts.bflApi?.size === 'aspect-ratio' && (
        <p className="builder__hint" data-testid="run-aspect">
          {model.name} takes an aspect ratio, not a size: this one sends {aspectRatio(options.width, options.height)}, with raw mode on (BFL: a less
          synthetic, more natural look).
        </p>
      )}
      {facts.fixedReason && (
        <p className="builder__hint" data-testid="run-fixed">
          {steps?.fixed ? `Steps ${steps.value}, guidance ${guidance?.value}, fixed. ` : ''}
          {facts.fixedReason}
        </p>
      )}
      {honoursNegative(modelId) ? (
        <div className="fpg-field">
          <label htmlFor={`${uid}-negative`}>Negative prompt</label>
          <textarea
            id={`${uid}-negative`}
            rows={2}
            maxLength={NEGATIVE_MAX}
            value={options.negativePrompt ?? ''}
            aria-describedby={`${uid}-negative-hint`}
            onChange={(e) => set({ negativePrompt: e.target.value })}
          />
          <span id={`${uid}-negative-hint`} className="builder__hint">
            {Object.entries(model.frontEnds)
              .filter(([, front]) => front?.negativePrompt)
              .map(([, front]) => front!.note)
              .join(' ')}
          </span>
        </div>
      ) : (
        <p className="builder__hint" data-testid="run-no-negative">
          No negative prompt field: {negativeReason(model)}
        </p>
      )}
      <p className="builder__hint">
        Licence of {model.name}: {licence.commercial ? '' : 'non-commercial, '}
        <a href={licence.url}>{licence.name}</a>.
      </p>
      {problems.length > 0 && (
        <div className="fpg-error run__problems" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p.field + p.message}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
