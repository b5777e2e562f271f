/**
 * Syntax from other image tools that FLUX does not interpret. The guide shows these
 * only as what NOT to write; they live here so that every code span in an article
 * resolves to the library (tests/unit/articles.test.ts checks this).
 * Sources: https://docs.bfl.ai/guides/prompting_guide_flux2 and
 * https://docs.bfl.ai/guides/prompting_unified_technical (no negative prompts); what ComfyUI does
 * with weights per model is in the model catalogue (src/lib/models).
 */
export interface UnsupportedSyntaxExample {
  /** The syntax as people paste it. */
  syntax: string;
  /** The tool it comes from. */
  tool: 'Stable Diffusion' | 'Midjourney';
  /** What it means in that tool. */
  meansThere: string;
}

export const unsupportedSyntaxExamples = [
  { syntax: '(freckles:1.3)', tool: 'Stable Diffusion', meansThere: 'Raises the attention weight of a word by the given factor.' },
  { syntax: '((sharp focus))', tool: 'Stable Diffusion', meansThere: 'Each pair of brackets raises the weight a little.' },
  { syntax: '--no glasses', tool: 'Midjourney', meansThere: 'A negative prompt: keep this out of the image.' },
  { syntax: '--ar 3:2', tool: 'Midjourney', meansThere: 'Sets the aspect ratio of the output.' },
  { syntax: 'freckles::2', tool: 'Midjourney', meansThere: 'A multi-prompt weight: this part counts twice as much.' },
] as const satisfies readonly UnsupportedSyntaxExample[];
