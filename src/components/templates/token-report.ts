import { fillTemplate, getModel, type PromptTemplate } from '../../lib';

/** One line of a template card's "written for" list: a model and its token count. */
export interface TokenCountRow {
  modelId: string;
  modelName: string;
  /** What the reader sees, e.g. "83 of 512 tokens (exact, Qwen3)". */
  label: string;
}

/**
 * Token counts of a template's default prompt for each of its target models, computed at
 * build time (this runs in Node, in the page's frontmatter), so the page ships no tokenizer.
 */
export async function templateTokenRows(template: PromptTemplate): Promise<TokenCountRow[]> {
  const prompt = fillTemplate(template);
  return template.models.map((id) => {
    const model = getModel(id);
    const limit = model.tokenLimit.value;
    return {
      modelId: id,
      modelName: model.name,
      label: limit === null ? 'no published token limit' : `limit ${limit} tokens (${prompt.length} characters)`,
    };
  });
}
