import { getFragment, type FragmentId } from '../fragments';
import { composePrompt, type PromptPart } from '../prompt/compose';
import { templateDefinitions } from './definitions';
import { SLOT_TEXT_MAX } from '../limits';
import type { SlotDefinition, TemplateDefinition } from './types';

export type { SlotDefinition, TextSlotDefinition, ChoiceSlotDefinition, TemplateBodyPart, TemplateDefinition, TemplateNotes } from './types';

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

/** A slot's value, trimmed if it is text, or the message that says why it is not allowed. */
function checkSlotValue(name: string, slot: SlotDefinition, value: unknown): { value: string } | { error: string } {
  if (slot.kind === 'choice') {
    return typeof value === 'string' && (slot.choices as readonly string[]).includes(value)
      ? { value }
      : { error: `Slot "${name}" must be one of ${slot.choices.join(', ')}` };
  }
  if (typeof value !== 'string') return { error: `Slot "${name}" must be text` };
  const text = value.trim();
  if (!text) return { error: `Slot "${name}" (${slot.label}) is empty: write a few words or leave it out to use the default` };
  if (text.length > SLOT_TEXT_MAX) return { error: `Slot "${name}" (${slot.label}) is longer than ${SLOT_TEXT_MAX} characters` };
  return { value: text };
}

/**
 * Checks values against the template and fills the rest with defaults. Every slot is optional;
 * text is trimmed. Throws an Error whose message names each slot at fault (and any slot the
 * template does not have). Plain checks, not a schema: the builder runs this as the reader types.
 */
export function resolveValues(template: TemplateDefinition, values: TemplateValues = {}): Record<string, string> {
  const filled = defaultValues(template);
  const problems: string[] = [];
  for (const [name, slot] of Object.entries(template.slots)) {
    if (!Object.hasOwn(values, name) || values[name] === undefined) continue;
    const checked = checkSlotValue(name, slot, values[name]);
    if ('error' in checked) problems.push(checked.error);
    else filled[name] = checked.value;
  }
  const unknown = Object.keys(values).filter((name) => !Object.hasOwn(template.slots, name));
  if (unknown.length) {
    problems.push(
      `Template "${template.id}" has no slot ${unknown.map((k) => `"${k}"`).join(', ')}; its slots are ${Object.keys(template.slots).join(', ')}`,
    );
  }
  if (problems.length) throw new Error(problems.join('; '));
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
