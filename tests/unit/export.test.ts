import { describe, expect, it } from 'vitest';
import {
  BflRequestBodySchema,
  fillTemplate,
  getFragment,
  getModel,
  models,
  parseStructuredPrompt,
  StructuredPromptSchema,
  templateParts,
  toBflRequestBody,
  toDiffusersSnippet,
  toStructuredPrompt,
  toStructuredPromptJson,
  type ModelId,
} from '../../src/lib';

const prompt = fillTemplate('freckled-portrait');

describe('BFL API request body', () => {
  it('is JSON with only the prompt for the API models, plus raw: true for FLUX1.1 [pro] Ultra', () => {
    for (const id of ['flux1-pro', 'flux2-pro', 'flux2-flex'] as const) {
      const result = toBflRequestBody(prompt, id);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const body = BflRequestBodySchema.parse(JSON.parse(result.text));
      expect(body).toEqual({ prompt });
    }
    const ultra = toBflRequestBody(prompt, 'flux1.1-pro-ultra');
    expect(ultra.ok && JSON.parse(ultra.text)).toEqual({ prompt, raw: true });
  });

  it('keeps quotation marks and non-Latin text intact through JSON', () => {
    const tricky = 'a sign that reads "CAFÉ" — עברית, 🙂, <b>bold</b>';
    const result = toBflRequestBody(tricky, 'flux2-pro');
    expect(result.ok && JSON.parse(result.text).prompt).toBe(tricky);
  });

  it('explains instead of inventing a request for open-weights models and empty prompts', () => {
    for (const model of models.filter((m) => m.access === 'open-weights')) {
      const result = toBflRequestBody(prompt, model.id);
      expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('open-weights') });
    }
    expect(toBflRequestBody('  ', 'flux2-pro')).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });
});

describe('diffusers snippet', () => {
  const withPipeline = models.filter((m) => m.diffusersPipeline !== null);

  it('covers the open models the reference names a pipeline for', () => {
    expect(withPipeline.map((m) => m.id).sort()).toEqual(['flux1-dev', 'flux1-schnell', 'flux2-dev', 'flux2-klein-4b', 'flux2-klein-9b']);
  });

  it.each([
    ['flux1-schnell', 'FluxPipeline', 4, 0, 256],
    ['flux1-dev', 'FluxPipeline', 50, 3.5, 512],
    ['flux2-dev', 'Flux2Pipeline', 50, 4, 512],
    ['flux2-klein-9b', 'Flux2KleinPipeline', 50, 4, 512],
    ['flux2-klein-4b', 'Flux2KleinPipeline', 50, 4, 512],
  ] as const)('%s: imports %s with %i steps, guidance %d, max_sequence_length %i', (id, pipeline, steps, guidance, maxLength) => {
    const result = toDiffusersSnippet(prompt, id as ModelId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(`from diffusers import ${pipeline}\n`);
    expect(result.text).toContain(`pipe = ${pipeline}.from_pretrained(`);
    expect(result.text).toContain(`num_inference_steps=${steps},`);
    expect(result.text).toContain(`guidance_scale=${guidance},`);
    expect(result.text).toContain(`max_sequence_length=${maxLength},`);
  });

  it('embeds the prompt as a string literal that reads back exactly', () => {
    const tricky = 'a sign that reads "OPEN"\\ back\nslash — 🙂';
    const result = toDiffusersSnippet(tricky, 'flux1-dev');
    if (!result.ok) throw new Error(result.reason);
    const literal = /^prompt = (.*)$/m.exec(result.text)?.[1];
    expect(JSON.parse(literal!)).toBe(tricky);
  });

  it('says so for a model without a diffusers pipeline instead of producing a snippet', () => {
    for (const model of models.filter((m) => m.diffusersPipeline === null)) {
      expect(toDiffusersSnippet(prompt, model.id)).toMatchObject({ ok: false, reason: expect.stringContaining('no diffusers pipeline') });
    }
    expect(getModel('flux2-pro').diffusersPipeline).toBeNull();
  });
});

describe('FLUX.2 structured JSON prompt', () => {
  const parts = templateParts('mixed-light-interior');

  it('puts each part under the key for its place in the prompt', () => {
    const structured = StructuredPromptSchema.parse(JSON.parse(toStructuredPromptJson(parts)));
    expect(structured.subjects?.[0]?.description).toBe('a woman reading in a worn armchair');
    expect(structured.scene).toContain('in a book-lined living room late in the afternoon');
    expect(structured.lighting).toBe(getFragment('light.mixed-tungsten-daylight').text);
    expect(structured.camera).toEqual({ lens: getFragment('lens.documentary-35mm').text });
    expect(structured.color_palette).toEqual([getFragment('color.warm-to-cool-gradient').text, getFragment('color.amber-tungsten-shadows').text]);
  });

  it('flattens back to a prompt that keeps every part', () => {
    const result = parseStructuredPrompt(toStructuredPromptJson(parts));
    if (!result.ok) throw new Error(result.error);
    for (const part of parts) {
      const text = typeof part === 'string' ? getFragment(part).text : part.text;
      expect(result.prompt).toContain(text);
    }
  });

  it("reads BFL's documented camera fields", () => {
    const result = parseStructuredPrompt(
      JSON.stringify({ subjects: [{ description: 'a potter', position: 'left of frame', action: 'trimming a bowl' }], camera: { angle: 'eye level', 'lens-mm': 85, 'f-number': 'f/5.6', ISO: 200 } }),
    );
    expect(result).toEqual(expect.objectContaining({ ok: true, prompt: 'a potter, left of frame, trimming a bowl, eye level, 85mm, f/5.6, ISO 200' }));
  });

  it('gives a clear message for malformed or foreign JSON', () => {
    expect(parseStructuredPrompt('{"scene": "a street"')).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(parseStructuredPrompt('{"prompt": "x"}')).toMatchObject({ ok: false, error: expect.stringContaining('not a FLUX.2 structured prompt') });
    expect(parseStructuredPrompt('{"subjects": [{"position": "left"}]}')).toMatchObject({ ok: false, error: expect.stringContaining('subjects.0.description') });
    expect(parseStructuredPrompt('{}')).toMatchObject({ ok: false, error: expect.stringContaining('no text') });
  });

  it('returns an empty object for no parts', () => {
    expect(toStructuredPrompt([])).toEqual({});
  });
});
