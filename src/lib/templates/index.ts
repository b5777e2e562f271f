import '../zod-setup';
import { z } from 'zod/mini';
import { getFragment, type FragmentId } from '../fragments';
import { composePrompt, type PromptPart } from '../prompt/compose';
import { templateDefinitions } from './definitions';
import { SLOT_TEXT_MAX, type SlotDefinition, type TemplateDefinition } from './types';

export type { SlotDefinition, TextSlotDefinition, ChoiceSlotDefinition, TemplateBodyPart, TemplateDefinition } from './types';
export { SLOT_TEXT_MAX } from './types';

export type TemplateId = (typeof templateDefinitions)[number]['id'];
export type PromptTemplate = TemplateDefinition & { id: TemplateId };
/** Slot name → value: free text for a text slot, a fragment id for a choice slot. */
export type TemplateValues = Readonly<Record<string, string>>;

/**
 * Every template, in definition order. They are validated at build time and in the tests
 * (validateTemplates in ./validate), so the browser gets them without the schema.
 */
export const templates: readonly PromptTemplate[] = Object.freeze([...templateDefinitions]);

export function isTemplateId(id: string): id is TemplateId {
  return templates.some((t) => t.id === id);
}

export function getTemplate(id: string): PromptTemplate {
  const template = templates.find((t) => t.id === id);
  if (!template) throw new Error(`Unknown template "${id}". Known templates: ${templates.map((t) => t.id).join(', ')}`);
  return template;
}

/** The default value of every slot. */
export function defaultValues(template: TemplateDefinition): Record<string, string> {
  return Object.fromEntries(Object.entries(template.slots).map(([name, slot]) => [name, slot.default]));
}

function slotValueSchema(name: string, slot: SlotDefinition) {
  if (slot.kind === 'choice') {
    return z.string().check(
      z.refine((value) => (slot.choices as readonly string[]).includes(value), {
        error: `Slot "${name}" must be one of ${slot.choices.join(', ')}`,
      }),
    );
  }
  return z
    .string({ error: `Slot "${name}" must be text` })
    .check(
      z.trim(),
      z.minLength(1, `Slot "${name}" (${slot.label}) is empty: write a few words or leave it out to use the default`),
      z.maxLength(SLOT_TEXT_MAX, `Slot "${name}" (${slot.label}) is longer than ${SLOT_TEXT_MAX} characters`),
    );
}

/** The zod schema for a template's values: every slot optional (its default fills in), no unknown slot. */
export function templateValuesSchema(template: TemplateDefinition) {
  const shape = Object.fromEntries(
    Object.entries(template.slots).map(([name, slot]) => [name, z.optional(slotValueSchema(name, slot))]),
  );
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Template "${template.id}" has no slot ${issue.keys.map((k) => `"${k}"`).join(', ')}; its slots are ${Object.keys(template.slots).join(', ')}`
        : undefined,
  });
}

/** Checks values against the template; throws an Error whose message names the slot at fault. */
export function resolveValues(template: TemplateDefinition, values: TemplateValues = {}): Record<string, string> {
  const result = templateValuesSchema(template).safeParse(values);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join('; '));
  const filled = defaultValues(template);
  for (const [name, value] of Object.entries(result.data)) if (value !== undefined) filled[name] = value;
  return filled;
}

/** The template's body with its slots filled: fragment ids and free text, ready for composePrompt. */
export function templateParts(templateOrId: TemplateDefinition | string, values: TemplateValues = {}): PromptPart[] {
  const template = typeof templateOrId === 'string' ? getTemplate(templateOrId) : templateOrId;
  const filled = resolveValues(template, values);
  return template.body.map((part): PromptPart => {
    if (typeof part === 'string') return part;
    const slot = template.slots[part.fill]!;
    const value = filled[part.fill]!;
    return slot.kind === 'choice' ? (value as FragmentId) : { text: value, slot: slot.position };
  });
}

/** Fills a template (an object or an id) and returns the prompt. Unknown slots, wrong choices and empty text throw. */
export function fillTemplate(templateOrId: TemplateDefinition | string, values: TemplateValues = {}): string {
  return composePrompt(templateParts(templateOrId, values));
}

/** The catalogue fragments a filled template uses: its fixed fragments and the chosen ones. */
export function templateFragmentIds(templateOrId: TemplateDefinition | string, values: TemplateValues = {}): FragmentId[] {
  return templateParts(templateOrId, values).filter((part): part is FragmentId => typeof part === 'string');
}

/** Every fragment a template can produce with any choice: for search and for the pillar filter. */
export function templateFragmentTexts(template: TemplateDefinition): string[] {
  const ids = new Set<FragmentId>();
  for (const part of template.body) if (typeof part === 'string') ids.add(part);
  for (const slot of Object.values(template.slots)) if (slot.kind === 'choice') slot.choices.forEach((id) => ids.add(id));
  return [...ids].map((id) => getFragment(id).text);
}
