import { getFragment } from '../fragments';
import type { PromptSlot } from '../fragments/types';
import { getModel, type ModelId } from '../models';
import { tidyPart, type PromptPart } from './compose';

/**
 * The builder's export formats, as pure functions: a BFL API request body, a diffusers
 * Python snippet, and FLUX.2's structured JSON prompt (and back). Every field comes from
 * shared/reference/flux-prompting-facts.md or from src/lib/models; nothing is guessed.
 */

export type ExportResult = { ok: true; text: string } | { ok: false; reason: string };

// ---------------------------------------------------------------- BFL API body

/**
 * The request body fields our sources document: the prompt, and `raw` for FLUX1.1 [pro] Ultra
 * ("raw: true gives a less synthetic, more natural look"). No endpoint is given here on purpose.
 * BflRequestBodySchema in ./export-schema describes the same body.
 */
export interface BflRequestBody {
  prompt: string;
  raw?: true;
}

export function toBflRequestBody(prompt: string, modelId: ModelId): ExportResult {
  const model = getModel(modelId);
  if (!prompt.trim()) return { ok: false, reason: 'The prompt is empty: add something to it first.' };
  if (model.access !== 'api') {
    return {
      ok: false,
      reason: `${model.name} is an open-weights model, and this guide's sources document no BFL API request for it: use the diffusers snippet to run it yourself.`,
    };
  }
  const body: BflRequestBody = modelId === 'flux1.1-pro-ultra' ? { prompt, raw: true } : { prompt };
  return { ok: true, text: JSON.stringify(body, null, 2) };
}

// ---------------------------------------------------------------- diffusers

/** A Python string literal: JSON's escapes (\" \\ \n \uXXXX) are all valid Python escapes. */
function pythonString(text: string): string {
  return JSON.stringify(text);
}

export function toDiffusersSnippet(prompt: string, modelId: ModelId): ExportResult {
  const model = getModel(modelId);
  if (!prompt.trim()) return { ok: false, reason: 'The prompt is empty: add something to it first.' };
  if (!model.diffusersPipeline) {
    return {
      ok: false,
      reason: `${model.name} has no diffusers pipeline in this guide's sources (${model.access === 'api' ? 'it runs only through BFL’s API' : 'no pipeline is named for it'}), so there is no snippet for it.`,
    };
  }
  const pipeline = model.diffusersPipeline;
  const args = [`    prompt=prompt,`];
  if (model.defaultSteps.value !== null) args.push(`    num_inference_steps=${model.defaultSteps.value},`);
  if (model.defaultGuidance.value !== null) args.push(`    guidance_scale=${model.defaultGuidance.value},`);
  if (model.tokenLimit.value !== null) args.push(`    max_sequence_length=${model.tokenLimit.value},`);
  const notes = model.notes.filter((note) => /steps|guidance/i.test(note)).map((note) => `# ${note}`);
  return {
    ok: true,
    text: [
      `# ${model.name} with diffusers: ${pipeline}, default steps and guidance from the guide's sources.`,
      ...notes,
      'from diffusers import ' + pipeline,
      '',
      `# The Hugging Face repository or local folder holding the ${model.name} weights (not given by this guide's sources).`,
      `model_path = "path/to/${model.name.replace(/[^A-Za-z0-9.]+/g, '-').replace(/-+$/, '')}"`,
      `pipe = ${pipeline}.from_pretrained(model_path)`,
      '# Move the pipeline to your accelerator first if you have one, e.g. pipe.to("cuda").',
      '',
      `prompt = ${pythonString(prompt)}`,
      'image = pipe(',
      ...args,
      ').images[0]',
      'image.save("flux.png")',
      '',
    ].join('\n'),
  };
}

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
