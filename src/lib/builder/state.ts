import { getFragment, isFragmentId, type FragmentId } from '../fragments';
import { promptSlots, type PromptSlot } from '../fragments/types';
import { DEFAULT_MODEL_ID, type ModelId } from '../models';
import type { RunOptions } from '../run/settings';
import { joinInOrder, type PromptPart } from '../prompt/compose';
import { getTemplate, resolveValues, type TemplateDefinition } from '../templates';
import type { PictureShape } from '../templates/types';
import { BUILDER_FILL_NAME_MAX, BUILDER_PART_LIMIT, BUILDER_TEXT_MAX } from '../limits';

/**
 * The prompt builder's state: a model, an optional template with its slot values, and an
 * ordered list of parts. Unlike composePrompt, the builder keeps the reader's order; parts
 * start in BFL's order (a template, or a fragment added later, lands where composePrompt
 * would put it) and the reader may then move them.
 *
 * This module is plain TypeScript, so the builder loads no zod until there is outside input
 * to parse: share links and saved prompts are parsed by ./state-schema, imported on demand.
 */

/** The builder starts on the model every tool starts on. */
export const DEFAULT_BUILDER_MODEL: ModelId = DEFAULT_MODEL_ID;

export type BuilderPart =
  /** A catalogue fragment, by id. */
  | { kind: 'fragment'; id: FragmentId }
  /** Words the reader typed (or brought from the prompt tray), with their place in BFL's order. */
  | { kind: 'text'; text: string; slot: PromptSlot }
  /** A slot of the current template; its value lives in `values`. */
  | { kind: 'fill'; name: string };

/**
 * A part as the builder keeps it (text trimmed), or an Error saying what is wrong with it.
 * The only place these rules are written: BuilderPartSchema (share links, saved prompts) calls it too.
 */
export function checkBuilderPart(part: BuilderPart): BuilderPart {
  if (part.kind === 'fragment') {
    if (!isFragmentId(part.id)) throw new Error(`unknown fragment id "${String(part.id)}"`);
    return { kind: 'fragment', id: part.id };
  }
  if (part.kind === 'text') {
    const text = part.text.trim();
    if (!text) throw new Error('The text part is empty.');
    if (text.length > BUILDER_TEXT_MAX) throw new Error(`A text part holds at most ${BUILDER_TEXT_MAX} characters.`);
    if (!promptSlots.includes(part.slot)) throw new Error(`unknown prompt slot "${String(part.slot)}"`);
    return { kind: 'text', text, slot: part.slot };
  }
  if (part.kind === 'fill') {
    if (part.name.length < 1 || part.name.length > BUILDER_FILL_NAME_MAX) throw new Error(`A slot name has 1 to ${BUILDER_FILL_NAME_MAX} characters.`);
    return { kind: 'fill', name: part.name };
  }
  throw new Error(`unknown part kind "${String((part as { kind: unknown }).kind)}"`);
}

export type BuilderState = {
  model: ModelId;
  template: string | null;
  values: Record<string, string>;
  parts: BuilderPart[];
  /** Size, seed, steps, guidance and negative prompt for the exports; absent in links made before they existed (the model's defaults apply). */
  run?: RunOptions;
  /**
   * The shape of the template the builder was opened on (a portrait upright), which the run starts
   * at while `run` is absent; absent for a blank prompt and in links made before it existed (square).
   */
  shape?: PictureShape;
};

export function blankBuilderState(model: ModelId = DEFAULT_BUILDER_MODEL): BuilderState {
  return { model, template: null, values: {}, parts: [] };
}

/** The template the builder opens with, so its first render (and the page without JavaScript) shows a real prompt. */
export const DEFAULT_BUILDER_TEMPLATE = 'freckled-portrait';

/** What the builder shows when the URL asks for nothing, or for something it cannot use. */
export function defaultBuilderState(): BuilderState {
  return stateFromTemplate(DEFAULT_BUILDER_TEMPLATE, DEFAULT_BUILDER_MODEL);
}

const slotRank = new Map<PromptSlot, number>(promptSlots.map((slot, index) => [slot, index]));

/** A part as prompt words with its place in BFL's order, or null for a fill whose value is missing. */
export function resolvePart(state: Pick<BuilderState, 'template' | 'values'>, part: BuilderPart): { text: string; slot: PromptSlot; fragmentId?: FragmentId } {
  if (part.kind === 'fragment') {
    const fragment = getFragment(part.id);
    return { text: fragment.text, slot: fragment.slot, fragmentId: fragment.id };
  }
  if (part.kind === 'text') return { text: part.text, slot: part.slot };
  const template = getTemplate(state.template ?? '');
  const slot = template.slots[part.name];
  if (!slot) throw new Error(`Template "${template.id}" has no slot "${part.name}"`);
  const value = state.values[part.name] ?? slot.default;
  if (slot.kind === 'choice') {
    const fragment = getFragment(value as FragmentId);
    return { text: fragment.text, slot: fragment.slot, fragmentId: fragment.id };
  }
  return { text: value, slot: slot.position };
}

/** The builder's parts as composePrompt parts, in the builder's order. */
export function builderPromptParts(state: BuilderState): PromptPart[] {
  return state.parts.map((part) => {
    const resolved = resolvePart(state, part);
    return resolved.fragmentId ?? { text: resolved.text, slot: resolved.slot };
  });
}

/** The builder's prompt: its parts, in its order. */
export function builderPrompt(state: BuilderState): string {
  return joinInOrder(state.parts.map((part) => resolvePart(state, part).text));
}

function rankOf(state: Pick<BuilderState, 'template' | 'values'>, part: BuilderPart): number {
  return slotRank.get(resolvePart(state, part).slot) ?? 0;
}

/** Starts the builder from a template: its body in BFL's order, slots at their defaults. */
export function stateFromTemplate(templateOrId: TemplateDefinition | string, model?: ModelId): BuilderState {
  const template = typeof templateOrId === 'string' ? getTemplate(templateOrId) : templateOrId;
  const base = { template: template.id, values: {} };
  const parts: BuilderPart[] = template.body.map((part) =>
    typeof part === 'string' ? { kind: 'fragment', id: part } : { kind: 'fill', name: part.fill },
  );
  const ordered = parts
    .map((part, index) => ({ part, index, rank: rankOf(base, part) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ part }) => part);
  return { model: model ?? template.models[0] ?? DEFAULT_BUILDER_MODEL, ...base, parts: ordered, ...(template.shape ? { shape: template.shape } : {}) };
}

/** The shape the run starts at: the template's it was opened on (a portrait upright), or square without one. */
export function builderPictureShape(state: Pick<BuilderState, 'shape'>): PictureShape | undefined {
  return state.shape;
}

/** Adds a part where composePrompt would put it: after the last part of the same or an earlier slot. */
export function addPart(state: BuilderState, part: BuilderPart): BuilderState {
  const valid = checkBuilderPart(part);
  if (state.parts.length >= BUILDER_PART_LIMIT) throw new Error(`The builder holds at most ${BUILDER_PART_LIMIT} parts.`);
  const rank = rankOf(state, valid);
  let at = 0;
  state.parts.forEach((existing, index) => {
    if (rankOf(state, existing) <= rank) at = index + 1;
  });
  return { ...state, parts: [...state.parts.slice(0, at), valid, ...state.parts.slice(at)] };
}

/** Moves a part up (-1) or down (+1); a move past either end leaves the state as it is. */
export function movePart(state: BuilderState, index: number, delta: -1 | 1): BuilderState {
  const target = index + delta;
  if (index < 0 || index >= state.parts.length || target < 0 || target >= state.parts.length) return state;
  const parts = [...state.parts];
  [parts[index], parts[target]] = [parts[target]!, parts[index]!];
  return { ...state, parts };
}

/** Removes a part. Removing a template slot keeps the template (its other slots still apply). */
export function removePart(state: BuilderState, index: number): BuilderState {
  return { ...state, parts: state.parts.filter((_, i) => i !== index) };
}

/** Sets one slot's value; throws an Error naming the slot when the value is not allowed. */
export function setSlotValue(state: BuilderState, name: string, value: string): BuilderState {
  if (!state.template) throw new Error('There is no template whose slot could be set.');
  const values = { ...state.values, [name]: value };
  resolveValues(getTemplate(state.template), values);
  return { ...state, values };
}
