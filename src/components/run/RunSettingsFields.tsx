import { useId } from 'react';
import { getModel, type ModelId } from '../../lib/models';
import { modelAbout } from '../../lib/models/about';
import { frontEndNames } from '../../lib/models/front-end-notes';
import { NEGATIVE_MAX } from '../../lib/limits';
import { runFacts } from '../../lib/run/settings';
import {
  aspectRatio,
  frontEndDefaults,
  GPU_MEMORY_DEFAULT,
  gpuMemoryChoices,
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

/** The GPU memory choices, with the reader's own value (from a link) kept in the list. */
function gpuOptions(current: number): SelectOption<string>[] {
  const values = [...new Set<number>([...gpuMemoryChoices, current])].sort((a, b) => a - b);
  return values.map((gb) => ({ value: String(gb), label: gb === 0 ? 'No NVIDIA card (Mac or CPU)' : `${gb} GB` }));
}

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
  /** Steps and guidance may be left empty: each export then writes its own front end's default. */
  const defaultsHint = (key: 'steps' | 'guidance') =>
    frontEndDefaults(modelId, key)
      .map(({ front, value }) => `${frontEndNames[front]} ${value}`)
      .join(', ');
  const number = (key: 'width' | 'height' | 'seed' | 'steps' | 'guidance', label: string, unit: string, min: number, max: number, step: number) => (
    <div className="fpg-field">
      <label id={`${uid}-${key}-label`} htmlFor={`${uid}-${key}`}>
        {label}
      </label>
      <span className="run__number">
        <NumberField
          id={`${uid}-${key}`}
          labelledBy={`${uid}-${key}-label${unit ? ` ${uid}-${key}-unit` : ''}`}
          value={options[key]}
          min={min}
          max={max}
          step={step}
          placeholder={key === 'steps' || key === 'guidance' ? 'default' : undefined}
          onCommit={(value) => set({ [key]: value })}
          onClear={
            key === 'steps' || key === 'guidance'
              ? () => {
                  const { [key]: _cleared, ...rest } = options;
                  onChange(rest);
                }
              : undefined
          }
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
        {(facts.diffusers || facts.comfyui) && (
          <SelectField
            label="GPU memory"
            value={String(options.gpuMemoryGb ?? GPU_MEMORY_DEFAULT)}
            options={gpuOptions(options.gpuMemoryGb ?? GPU_MEMORY_DEFAULT)}
            onChange={(gb) => set({ gpuMemoryGb: Number(gb) })}
          />
        )}
      </div>
      {((steps && !steps.fixed) || (guidance && !guidance.fixed)) && (
        <p className="builder__hint" data-testid="run-defaults">
          Leave steps and guidance empty for each front end’s own default
          {defaultsHint('steps') && `: steps ${defaultsHint('steps')}`}
          {defaultsHint('guidance') && `; guidance ${defaultsHint('guidance')}`}.
        </p>
      )}
      {facts.bflApi?.extra.includes('prompt_upsampling') && (
        <div className="fpg-field run__check">
          <label>
            <input type="checkbox" checked={options.promptUpsampling === true} onChange={(e) => set({ promptUpsampling: e.target.checked })} /> Let BFL
            rewrite the prompt first (prompt upsampling)
          </label>
          <span className="builder__hint">Off, BFL runs your words exactly as written; on, it may add or change details.</span>
        </div>
      )}
      {facts.bflApi?.size === 'aspect-ratio' && (
        <p className="builder__hint" data-testid="run-aspect">
          {model.name} takes an aspect ratio, not a size: this one sends {aspectRatio(options.width, options.height)}. The request also sets{' '}
          <code>raw: true</code>, BFL’s raw mode: a less processed, more natural look, like a candid photograph rather than a polished render.
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
        {licence.gated && ' The weights are gated: accept the licence on that page while logged in to Hugging Face before you download them.'}
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
