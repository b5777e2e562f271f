import { describe, expect, it } from 'vitest';
import { getFragment, parseStructuredPrompt, tidyPart, StructuredPromptSchema, templateParts, toStructuredPrompt, toStructuredPromptJson } from '../../src/lib';

// The run exports (ComfyUI, diffusers, BFL's API) are tested in run-*.test.ts.

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

  it('keeps quotes, backslashes, emoji and right-to-left text through JSON and back as the builder tidies them', () => {
    const tricky = 'a sign that reads "CAFÉ" \\ back\nslash ${x} """ 🙂 עברית';
    const json = toStructuredPromptJson([{ text: tricky, slot: 'subject' }]);
    const result = parseStructuredPrompt(json);
    expect(result).toMatchObject({ ok: true, structured: { subjects: [{ description: tidyPart(tricky) }] } });
    expect(tidyPart(tricky)).toContain('"CAFÉ" \\ back slash ${x} """ 🙂 עברית');
  });

  it('uses only the keys BFL documents for FLUX.2 JSON prompts', () => {
    const documented = ['scene', 'subjects', 'style', 'color_palette', 'lighting', 'mood', 'background', 'composition', 'camera'];
    const structured = toStructuredPrompt(templateParts('mixed-light-interior'));
    expect(Object.keys(structured).every((key) => documented.includes(key))).toBe(true);
    expect(StructuredPromptSchema.safeParse({ ...structured, negative_prompt: 'blur' }).success).toBe(false);
  });

  it('returns an empty object for no parts', () => {
    expect(toStructuredPrompt([])).toEqual({});
  });
});
