import { useEffect, useRef } from 'react';
import type { ModelId } from '../../lib/models';
import type { PromptPart } from '../../lib/prompt/compose';
import { defaultRunOptions, fitRunOptions, type RunOptions, type RunSettings } from '../../lib/run/settings';
import type { PictureShape } from '../../lib/templates/types';
import RunExports from './RunExports';
import { RunSettingsFields } from './RunSettingsFields';

interface Props {
  prompt: string;
  parts: readonly PromptPart[];
  model: ModelId;
  /** The options as the state holds them; absent in links and saves made before run settings existed. */
  run: RunOptions | undefined;
  /** The picture's shape when `run` is absent: the run starts at that size (square without one). */
  shape?: PictureShape;
  onRunChange: (run: RunOptions) => void;
}

/**
 * Run settings and the files that run the prompt. The builder loads this panel when the reader
 * opens it: with the exports it is a fifth of the builder's code, and most visits never run a prompt.
 */
export default function RunPanel({ prompt, parts, model, run, shape, onRunChange }: Props) {
  // After a model switch the settings are fitted to the new model once (its steps, guidance and negatives
  // differ). What the reader types is kept as typed, so a wrong size is flagged rather than silently replaced.
  const fittedFor = useRef(model);
  const modelChanged = fittedFor.current !== model;
  const options = run === undefined ? defaultRunOptions(model, 0, shape) : modelChanged ? fitRunOptions(model, run) : run;
  useEffect(() => {
    if (!modelChanged) return;
    fittedFor.current = model;
    if (run !== undefined) onRunChange(options);
  });
  const settings: RunSettings = { prompt, model, ...options };
  return (
    <>
      <RunSettingsFields model={model} options={options} onChange={onRunChange} />
      <RunExports run={settings} parts={parts} />
    </>
  );
}
