import type { ReadRun } from '../images/types';

/**
 * The settings of two pictures side by side: one row per setting either file records, with
 * whether they differ. A setting one file records and the other does not is "unknown": the
 * pair cannot rule out a change there.
 */

export type SettingKey =
  | 'prompt'
  | 'negativePrompt'
  | 'model'
  | 'seed'
  | 'steps'
  | 'guidance'
  | 'cfg'
  | 'sampler'
  | 'scheduler'
  | 'size'
  | 'denoise'
  | 'loras'
  | 'references';

export interface SettingRow {
  key: SettingKey;
  label: string;
  a?: string;
  b?: string;
  /** Both files record it and the values differ. */
  differs: boolean;
  /** Only one of the files records it. */
  unknown: boolean;
}

export const settingLabels: Record<SettingKey, string> = {
  prompt: 'Prompt',
  negativePrompt: 'Negative prompt',
  model: 'Model file',
  seed: 'Seed',
  steps: 'Steps',
  guidance: 'Guidance',
  cfg: 'CFG',
  sampler: 'Sampler',
  scheduler: 'Scheduler',
  size: 'Size',
  denoise: 'Denoise',
  loras: 'LoRAs',
  references: 'Reference images',
};

/** A setting as the table shows it, or undefined where the file does not say. */
export function settingText(run: ReadRun | undefined, key: SettingKey): string | undefined {
  if (!run) return undefined;
  switch (key) {
    case 'size':
      return run.width !== undefined && run.height !== undefined ? `${run.width} × ${run.height}` : undefined;
    case 'loras':
      return run.loras?.map((l) => (l.strength === undefined ? l.name : `${l.name} (${l.strength})`)).join(', ');
    case 'references':
      return run.references?.join(', ');
    default: {
      const value = run[key];
      return value === undefined ? undefined : String(value);
    }
  }
}

const keys = Object.keys(settingLabels) as SettingKey[];

export function compareSettings(a: ReadRun | undefined, b: ReadRun | undefined): SettingRow[] {
  return keys.flatMap((key) => {
    const left = settingText(a, key);
    const right = settingText(b, key);
    if (left === undefined && right === undefined) return [];
    const unknown = (left === undefined) !== (right === undefined);
    return [{ key, label: settingLabels[key], a: left, b: right, unknown, differs: !unknown && left !== right }];
  });
}

/** The run a comparison uses for a picture: its first sampler's, with the prompt the reader pasted where the file has none. */
export function comparedRun(runs: readonly ReadRun[], pastedPrompt: string): ReadRun | undefined {
  const first = runs[0];
  const pasted = pastedPrompt.trim();
  if (!first) return pasted ? { prompt: pasted } : undefined;
  return first.prompt === undefined && pasted ? { ...first, prompt: pasted } : first;
}
