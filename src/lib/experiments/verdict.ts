import type { PromptDiff } from '../diff/diff';
import type { Pillar } from '../fragments/types';
import type { SettingKey, SettingRow } from './settings';

/**
 * The verdict on a pair, in the workflow chapter's terms: one change means the pair can show
 * what that change did; several mean it cannot tell you which one made the difference.
 */

/** The workflow chapter's section on changing one thing at a time. */
export const ONE_CHANGE_SECTION = '/guide/workflow/#change-one-thing-at-a-time';

/** What changed in the prompt, as the diff sees it. */
export interface PromptChange {
  /** Pillars of the catalogue fragments the change adds or removes. */
  pillars: Pillar[];
  /** Words added plus words removed. */
  changedWords: number;
}

/** The prompt change a diff shows: the pillars of the fragments it adds or drops, and how many words changed. */
export function promptChangeOf(diff: PromptDiff): PromptChange {
  const pillars = [...diff.addedByPillar, ...diff.removedByPillar].map((group) => group.pillar);
  const changedWords = diff.segments.filter((s) => s.kind !== 'same').reduce((n, s) => n + (s.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  return { pillars, changedWords };
}

export interface Verdict {
  kind: 'same' | 'one' | 'several' | 'unknown';
  /** Each change in words ("the seed", "the prompt's lighting phrase"). */
  changes: string[];
  /** Settings only one of the files records. */
  unknown: string[];
  sentence: string;
}

const phraseNames: Record<Pillar, string> = {
  skin: 'skin',
  light: 'lighting',
  material: 'material',
  lens: 'lens',
  color: 'colour',
  scene: 'scene',
  macro: 'macro',
  text: 'text',
  camera: 'camera',
};

const settingNames: Record<SettingKey, string> = {
  prompt: 'the prompt',
  negativePrompt: 'the negative prompt',
  model: 'the model',
  seed: 'the seed',
  steps: 'the steps',
  guidance: 'the guidance',
  cfg: 'the CFG',
  sampler: 'the sampler',
  scheduler: 'the scheduler',
  size: 'the size',
  denoise: 'the denoise',
  loras: 'the LoRAs',
  references: 'the reference images',
};

const counts = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const countWord = (n: number) => counts[n] ?? String(n);

function describePrompt(change: PromptChange | undefined): string {
  if (!change) return 'the prompt';
  const pillars = [...new Set(change.pillars)];
  if (pillars.length === 1) return `the prompt’s ${phraseNames[pillars[0]!]} phrase`;
  if (pillars.length > 1) return `the prompt (${pillars.map((p) => phraseNames[p]).join(', ')} phrases)`;
  return change.changedWords === 1 ? 'the prompt (one word)' : `the prompt (${change.changedWords} words)`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function verdictFor(rows: readonly SettingRow[], promptChange?: PromptChange): Verdict {
  const changes = rows.filter((r) => r.differs).map((r) => (r.key === 'prompt' ? describePrompt(promptChange) : settingNames[r.key]));
  const unknown = rows.filter((r) => r.unknown).map((r) => settingNames[r.key]);
  const caveat =
    unknown.length > 3
      ? ` Only one file records its settings (${unknown.length} of them), so any of them may have changed too.`
      : unknown.length > 0
        ? ` Only one file records ${list(unknown)}, so a change there cannot be ruled out.`
        : '';
  if (rows.length === 0 || rows.every((r) => r.unknown)) {
    return {
      kind: 'unknown',
      changes,
      unknown,
      sentence: 'This pair cannot be judged: the files do not record how both pictures were made. Paste the prompts and note the settings you used.',
    };
  }
  if (changes.length === 0) {
    return {
      kind: unknown.length > 0 ? 'unknown' : 'same',
      changes,
      unknown,
      sentence:
        unknown.length > 0
          ? `Nothing that both files record differs.${caveat}`
          : 'No change in what the files record: any difference between the pictures comes from something they do not write down.',
    };
  }
  if (changes.length === 1) {
    return { kind: unknown.length > 0 ? 'unknown' : 'one', changes, unknown, sentence: `One change: ${changes[0]}. This pair can show you what it does.${caveat}` };
  }
  const short = changes.map((c) => c.replace(/^the /, '').replace(/^prompt’s .*|^prompt \(.*/, 'prompt'));
  return {
    kind: 'several',
    changes,
    unknown,
    sentence: `${countWord(changes.length)} changes (${short.join(', ')}): this pair cannot tell you which one made the difference.${caveat}`,
  };
}
