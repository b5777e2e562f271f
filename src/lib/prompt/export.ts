import { getFragment } from '../fragments';
import type { PromptSlot } from '../fragments/types';
import { tidyPart, type PromptPart } from './compose';

/**
 * FLUX.2's structured JSON prompt (and back), as pure functions. The run exports (ComfyUI,
 * diffusers, BFL's API) live in ../run, which writes them from one set of run settings.
 */

export type { ExportResult } from '../run/settings';

// ---------------------------------------------------------------- FLUX.2 structured JSON

/**
 * FLUX.2's structured prompt keys, as BFL documents them (plus BFL's example camera fields).
 * StructuredPromptSchema in ./export-schema checks JSON against this shape.
 */
export interface StructuredPrompt {
  scene?: string;
  subjects?: { description: string; position?: string; action?: string }[];
  style?: string;
  color_palette?: string[];
  lighting?: string;
  mood?: string;
  background?: string;
  composition?: string;
  camera?: {
    angle?: string;
    lens?: string;
    depth_of_field?: string;
    'lens-mm'?: number | string;
    'f-number'?: string;
    ISO?: number | string;
  };
}

function partText(part: PromptPart): { text: string; slot: PromptSlot } {
  if (typeof part === 'string') {
    const fragment = getFragment(part);
    return { text: fragment.text, slot: fragment.slot };
  }
  return { text: part.text, slot: part.slot ?? 'subject' };
}

/**
 * Maps prompt parts to FLUX.2's JSON keys by their place in BFL's order: subject and details
 * describe the subject, action is its action, context is the scene, camera the lens,
 * lighting the lighting, and each colour part an entry of the palette.
 */
export function toStructuredPrompt(parts: readonly PromptPart[]): StructuredPrompt {
  const bySlot = new Map<PromptSlot, string[]>();
  for (const part of parts) {
    const { text, slot } = partText(part);
    const tidy = tidyPart(text);
    if (!tidy) continue;
    const list = bySlot.get(slot) ?? [];
    if (!list.some((t) => t.toLowerCase() === tidy.toLowerCase())) list.push(tidy);
    bySlot.set(slot, list);
  }
  const joined = (slot: PromptSlot) => (bySlot.get(slot) ?? []).join(', ') || undefined;
  const description = [...(bySlot.get('subject') ?? []), ...(bySlot.get('details') ?? [])].join(', ');
  const action = joined('action');
  const structured: StructuredPrompt = {};
  const scene = joined('context');
  if (scene) structured.scene = scene;
  if (description || action) structured.subjects = [{ description, ...(action ? { action } : {}) }];
  const style = joined('style');
  if (style) structured.style = style;
  const palette = bySlot.get('color');
  if (palette?.length) structured.color_palette = palette;
  const lighting = joined('lighting');
  if (lighting) structured.lighting = lighting;
  const lens = joined('camera');
  if (lens) structured.camera = { lens };
  return structured;
}

export function toStructuredPromptJson(parts: readonly PromptPart[]): string {
  return JSON.stringify(toStructuredPrompt(parts), null, 2);
}

/**
 * A structured prompt as prompt parts, in BFL's order: subjects, scene and background,
 * style, composition, camera, lighting, colours, mood. Each part keeps its place so the
 * builder can show and reorder it.
 */
export function structuredToParts(structured: StructuredPrompt): { text: string; slot: PromptSlot }[] {
  const parts: { text: string | undefined; slot: PromptSlot }[] = [];
  for (const subject of structured.subjects ?? []) {
    parts.push({ text: subject.description, slot: 'subject' }, { text: subject.position, slot: 'subject' }, { text: subject.action, slot: 'action' });
  }
  parts.push(
    { text: structured.scene, slot: 'context' },
    { text: structured.background, slot: 'context' },
    { text: structured.style, slot: 'style' },
    { text: structured.composition, slot: 'camera' },
  );
  const camera = structured.camera;
  if (camera) {
    const mm = camera['lens-mm'];
    for (const text of [
      camera.angle,
      camera.lens,
      mm === undefined ? undefined : typeof mm === 'number' ? `${mm}mm` : mm,
      camera['f-number'],
      camera.ISO === undefined ? undefined : `ISO ${camera.ISO}`,
      camera.depth_of_field,
    ]) {
      parts.push({ text, slot: 'camera' });
    }
  }
  parts.push({ text: structured.lighting, slot: 'lighting' });
  for (const colour of structured.color_palette ?? []) parts.push({ text: colour, slot: 'color' });
  parts.push({ text: structured.mood, slot: 'style' });
  const seen = new Set<string>();
  return parts.flatMap(({ text, slot }) => {
    const tidy = tidyPart(text ?? '');
    if (!tidy || seen.has(tidy.toLowerCase())) return [];
    seen.add(tidy.toLowerCase());
    return [{ text: tidy, slot }];
  });
}

/** Flattens a structured prompt back to prose (BFL's skills repo recommends sending prose). */
export function structuredToPrompt(structured: StructuredPrompt): string {
  return structuredToParts(structured)
    .map((part) => part.text)
    .join(', ');
}
