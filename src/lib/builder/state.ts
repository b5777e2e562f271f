import '../zod-setup';
import { z } from 'zod/mini';
import { getFragment, isFragmentId, type FragmentId } from '../fragments';
import { promptSlots, type PromptSlot } from '../fragments/types';
import { modelIds, type ModelId } from '../models';
import { tidyPart, type PromptPart } from '../prompt/compose';
import { getTemplate, isTemplateId, resolveValues, type TemplateDefinition } from '../templates';

/**
 * The prompt builder's state: a model, an optional template with its slot values, and an
 * ordered list of parts. Unlike composePrompt, the builder keeps the reader's order; parts
 * start in BFL's order (a template, or a fragment added later, lands where composePrompt
 * would put it) and the reader may then move them.
 */

export const BUILDER_PART_LIMIT = 60;
export const BUILDER_TEXT_MAX = 1000;
export const DEFAULT_BUILDER_MODEL: ModelId = 'flux2-klein-9b';

const fragmentIdSchema = z.string().check(z.refine(isFragmentId, { error: (issue) => `unknown fragment id "${String(issue.input)}"` }));

export const BuilderPartSchema = z.discriminatedUnion('kind', [
  /** A catalogue fragment, by id. */
  z.object({ kind: z.literal('fragment'), id: fragmentIdSchema }),
  /** Words the reader typed (or brought from the prompt tray), with their place in BFL's order. */
  z.object({ kind: z.literal('text'), text: z.string().check(z.trim(), z.minLength(1), z.maxLength(BUILDER_TEXT_MAX)), slot: z.enum(promptSlots) }),
  /** A slot of the current template; its value lives in `values`. */
  z.object({ kind: z.literal('fill'), name: z.string().check(z.minLength(1), z.maxLength(40)) }),
]);
export type BuilderPart =
  | { kind: 'fragment'; id: FragmentId }
  | { kind: 'text'; text: string; slot: PromptSlot }
  | { kind: 'fill'; name: string };

export const BuilderStateSchema = z
  .object({
    model: z.enum(modelIds),
    template: z.nullable(z.string()),
    values: z.record(z.string(), z.string()),
    parts: z.array(BuilderPartSchema).check(z.maxLength(BUILDER_PART_LIMIT)),
  })
  .check(
    z.superRefine((state, ctx) => {
    if (state.template === null) {
      if (state.parts.some((p) => p.kind === 'fill')) ctx.addIssue({ code: 'custom', message: 'slot parts need a template' });
      return;
    }
    if (!isTemplateId(state.template)) {
      ctx.addIssue({ code: 'custom', path: ['template'], message: `unknown template "${state.template}"` });
      return;
    }
    const template = getTemplate(state.template);
    try {
      resolveValues(template, state.values);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: (error as Error).message });
    }
    for (const part of state.parts) {
      if (part.kind === 'fill' && !(part.name in template.slots)) {
        ctx.addIssue({ code: 'custom', path: ['parts'], message: `template "${template.id}" has no slot "${part.name}"` });
      }
    }
    }),
  );

export type BuilderState = {
  model: ModelId;
  template: string | null;
  values: Record<string, string>;
  parts: BuilderPart[];
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

/**
 * Joins parts in the order given: the same tidying and de-duplication as composePrompt,
 * without its reordering (so composePrompt(parts) === joinInOrder(sortedByBflOrder(parts))).
 */
export function joinInOrder(texts: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const text of texts) {
    const tidy = tidyPart(text);
    const key = tidy.toLowerCase();
    if (!tidy || seen.has(key)) continue;
    seen.add(key);
    kept.push(tidy);
  }
  return kept.join(', ');
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
  return { model: model ?? template.models[0] ?? DEFAULT_BUILDER_MODEL, ...base, parts: ordered };
}

/** Adds a part where composePrompt would put it: after the last part of the same or an earlier slot. */
export function addPart(state: BuilderState, part: BuilderPart): BuilderState {
  const valid = BuilderPartSchema.parse(part) as BuilderPart;
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

/** Parses unknown data as a builder state: the state, or a readable reason. Never throws. */
export function parseBuilderState(data: unknown): { ok: true; state: BuilderState } | { ok: false; error: string } {
  const result = BuilderStateSchema.safeParse(data);
  if (!result.success) return { ok: false, error: result.error.issues[0]?.message ?? 'not a builder state' };
  return { ok: true, state: result.data as BuilderState };
}
