import { countQwen3Tokens, countTokens, fillTemplate, getModel, type PromptTemplate, type TokenCount } from '../../lib';

/** A template card's one token count: the default prompt, for the first model the template is written for. */
export interface TokenCountRow {
  modelId: string;
  modelName: string;
  /** What the reader sees, e.g. "83 of 512 tokens (exact, Qwen3)". */
  label: string;
}

function describe(tokens: TokenCount): string {
  if (tokens.exact) return `${tokens.count} of ${tokens.limit} tokens (exact count, Qwen3 tokenizer)`;
  const encoder = tokens.encoder === 't5' ? 'T5' : tokens.encoder === 'mistral' ? 'Mistral' : 'tokenizer not published';
  if (tokens.limit === null) return 'tokenizer and token limit not published';
  return `about ${tokens.count} of ${tokens.limit} tokens (estimate; ${encoder})`;
}

/**
 * The token count of a template's default prompt for its first target model, computed at build
 * time (this runs in Node, in the page's frontmatter), so the page ships no tokenizer: exact for
 * FLUX.2 [klein] (Qwen3), an estimate labelled as such otherwise. The builder counts for every
 * model once the reader picks one, so the card needs only this one.
 */
export async function templateTokenRow(template: PromptTemplate): Promise<TokenCountRow> {
  const prompt = fillTemplate(template);
  const id = template.models[0]!;
  const model = getModel(id);
  const tokens = model.encoder.kind === 'qwen3' ? await countQwen3Tokens(prompt) : countTokens(prompt, id);
  return { modelId: id, modelName: model.name, label: describe(tokens) };
}

/**
 * The exact Qwen3 count of every template's default prompt, by template id, computed at build
 * time so the builder can show the same exact count as the template's card for a prompt it has
 * not changed (it counts the reader's own words only when asked: the tokenizer is 7 MB).
 */
export async function templateQwen3Counts(templates: readonly PromptTemplate[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const template of templates) counts[template.id] = (await countQwen3Tokens(fillTemplate(template))).count;
  return counts;
}
