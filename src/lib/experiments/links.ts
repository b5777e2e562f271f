import { builderToQuery } from '../builder/share';
import type { BuilderState } from '../builder/state';
import { diffToQuery } from '../diff/share';
import { BUILDER_TEXT_MAX, DIFF_SHARE_MAX as SHARE_MAX_CHARS, UPGRADE_SHARE_MAX } from '../limits';
import type { ReadRun } from '../images/types';
import { modelIds, type ModelId } from '../models';
import { runFacts, SEED_MAX, type RunOptions } from '../run/settings';
import { upgradeToQuery } from '../upgrade/share';
import { DEFAULT_UPGRADE_MODEL } from '../upgrade';
import { formatWholeNumber } from '../numbers';

/**
 * Where a prompt read from a picture can go next, each through that tool's own share link:
 * the checker and "Make it photographic" (/tools/upgrade/), the diff tool, the builder with the
 * picture's run settings. A link the tool cannot take comes back as a reason instead.
 */

/** `query` is the tool's share link with its leading "?", ready to follow the tool's path. */
export type ToolLink = { ok: true; query: string; note?: string } | { ok: false; reason: string };

/**
 * The guide's model for a model file name, where it is one the guide covers: first the exact
 * file the official graphs load (src/lib/run/facts.ts), then the name's family ("flux1-dev-fp8",
 * "flux1-dev-bnb-nf4-v2" → flux1-dev). Null for anything else (a fine-tune, an SDXL checkpoint).
 */
export function modelForFile(file: string | undefined): ModelId | null {
  if (!file) return null;
  const name = file.split(/[\\/]/).at(-1)!.toLowerCase();
  for (const id of modelIds) {
    if (runFacts(id)?.comfyui?.diffusionModel.file.toLowerCase() === name) return id;
  }
  const flat = name.replace(/[\s_.]+/g, '-');
  if (/^flux-?1-?schnell/.test(flat)) return 'flux1-schnell';
  if (/^flux-?1-?kontext/.test(flat)) return null;
  if (/^flux-?1-?dev/.test(flat)) return 'flux1-dev';
  if (/^flux-?2-?dev/.test(flat)) return 'flux2-dev';
  const klein = /^flux-?2-?klein-?(base-?)?(4b|9b)/.exec(flat);
  if (klein) return `flux2-klein-${klein[1] ? 'base-' : ''}${klein[2]}` as ModelId;
  return null;
}

export function upgradeLink(prompt: string, model: ModelId | null): ToolLink {
  if (prompt.length > UPGRADE_SHARE_MAX) return { ok: false, reason: `The prompt is longer than the ${formatWholeNumber(UPGRADE_SHARE_MAX)} characters a link carries: copy it instead.` };
  const query = upgradeToQuery({ prompt, model: model ?? DEFAULT_UPGRADE_MODEL, dropped: [] });
  return query === null ? { ok: false, reason: 'The prompt is too long for a link: copy it instead.' } : { ok: true, query: `?${query}` };
}

export function diffLink(before: string, after: string, model: ModelId | null): ToolLink {
  if (before.length > SHARE_MAX_CHARS || after.length > SHARE_MAX_CHARS) {
    return { ok: false, reason: `A prompt is longer than the ${formatWholeNumber(SHARE_MAX_CHARS)} characters a link carries: copy it instead.` };
  }
  const query = diffToQuery({ pair: null, before, after, model: model ?? 'flux1-dev' });
  return query === null ? { ok: false, reason: 'The prompts are too long for a link: copy them instead.' } : { ok: true, query: `?${query}` };
}

/** The builder with the prompt as one part and, for a model it knows, the picture's size, seed, steps and guidance. */
export function builderLink(run: ReadRun, prompt: string): ToolLink {
  const model = modelForFile(run.model);
  const text = prompt.trim();
  if (text === '') return { ok: false, reason: 'There is no prompt to build on.' };
  if (text.length > BUILDER_TEXT_MAX) return { ok: false, reason: `The builder takes prompts up to ${formatWholeNumber(BUILDER_TEXT_MAX)} characters: copy this one instead.` };
  const notes: string[] = [];
  const state: BuilderState = { model: model ?? 'flux1-dev', template: null, values: {}, parts: [{ kind: 'text', text, slot: 'subject' }] };
  if (!model) notes.push(run.model ? `The builder does not know ${run.model}, so it opens with FLUX.1 [dev] and its defaults.` : 'The file names no model, so the builder opens with FLUX.1 [dev] and its defaults.');
  if (model && run.width !== undefined && run.height !== undefined) {
    const seed = run.seed === undefined ? undefined : Number(run.seed);
    const fits = seed !== undefined && Number.isSafeInteger(seed) && seed <= SEED_MAX;
    if (run.seed !== undefined && !fits) notes.push(`The builder takes seeds up to ${formatWholeNumber(SEED_MAX)}; this one (${run.seed}) is larger, so it opens at seed 0: type the seed into your front end as it is.`);
    const facts = runFacts(model);
    const options: RunOptions = {
      width: run.width,
      height: run.height,
      seed: fits ? seed : 0,
      ...(run.steps !== undefined && facts?.steps && !facts.steps.fixed ? { steps: run.steps } : {}),
      ...(run.guidance !== undefined && facts?.guidance && !facts.guidance.fixed ? { guidance: run.guidance } : {}),
    };
    state.run = options;
  }
  const query = builderToQuery(state);
  if (query === null) return { ok: false, reason: 'The prompt is too long for a builder link: copy it instead.' };
  return { ok: true, query: `?${query}`, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
}
