import { beforeAll, describe, expect, it } from 'vitest';
import {
  countQwen3Tokens,
  countTokens,
  fillTemplate,
  getModel,
  lintPrompt,
  getFragment,
  getTemplate,
  pillars,
  resolveValues,
  templateFragmentIds,
  templateNotes,
  templates,
  tidyPart,
  type PromptTemplate,
  type TemplateValues,
} from '../../src/lib';

/** Every way the tests fill a template: its defaults, then each listed choice of each choice slot. */
function fillings(template: PromptTemplate): { label: string; values: TemplateValues }[] {
  const cases: { label: string; values: TemplateValues }[] = [{ label: 'defaults', values: {} }];
  for (const [name, slot] of Object.entries(template.slots)) {
    if (slot.kind !== 'choice') continue;
    for (const choice of slot.choices) cases.push({ label: `${name}=${choice}`, values: { [name]: choice } });
  }
  return cases;
}

/** The worked examples of PicassoIA's article, each of which must have a template. */
const workedExamples = [
  'freckled-portrait',
  'side-lit-studio-portrait',
  'golden-hour-mist-landscape',
  'wet-cobblestone-night-street',
  'concrete-and-wood-architecture',
  'craftsman-workshop',
  'busy-street-scene',
  'macro-hands',
  'pocket-watch-macro',
  'handmade-ceramic-bowl',
  'glass-of-water',
  'leather-wallet-product',
  'mixed-light-interior',
  'olive-skin-overcast-portrait',
  'short-sign-text',
  'two-person-positions',
];

// The Qwen3 tokenizer (~7 MB) loads once, on first use; give that time before the per-template tests.
beforeAll(async () => {
  await countQwen3Tokens('warm-up');
}, 60_000);

describe('the template collection', () => {
  it('has at least 16 templates, one for each worked example of the article', () => {
    expect(templates.length).toBeGreaterThanOrEqual(16);
    for (const id of workedExamples) expect(() => getTemplate(id)).not.toThrow();
  });

  it('has at least six templates for the capture medium, flash, motion and framing', () => {
    const cameraTemplates = templates.filter((t) => t.pillars.includes('camera'));
    expect(cameraTemplates.length).toBeGreaterThanOrEqual(6);
    const uses = (prefix: string) => cameraTemplates.some((t) => templateFragmentIds(t).some((id) => id.startsWith(prefix)));
    // capture medium (a film or a body), flash, motion (a shutter speed), framing (a shot size or a camera height)
    expect(uses('camera.kodak') || uses('camera.cinestill') || uses('camera.digicam')).toBe(true);
    expect(cameraTemplates.some((t) => templateFragmentIds(t).some((id) => /flash/.test(id)))).toBe(true);
    expect(cameraTemplates.some((t) => templateFragmentIds(t).some((id) => /shutter|panning/.test(id)))).toBe(true);
    expect(cameraTemplates.some((t) => templateFragmentIds(t).some((id) => /shot|angle|level|framing/.test(id)))).toBe(true);
  });

  it('gives every template one line of what to expect and one honest thing to watch for', () => {
    for (const t of templates) {
      const notes = templateNotes[t.id];
      expect(notes.expect, t.id).toMatch(/^[A-Z].{9,158}[.!?]$/);
      expect(notes.watchFor, t.id).toMatch(/^[A-Z].{9,198}[.!?]$/);
      expect(notes.watchFor, t.id).not.toBe(notes.expect);
    }
  });

  it('writes prompts that describe one scene (the issue’s contradictions stay fixed)', () => {
    const glass = fillTemplate('glass-of-water');
    expect(glass).not.toMatch(/windowsill/);
    expect(glass.match(/table/g)?.length, glass).toBe(1);
    const watch = fillTemplate('pocket-watch-macro');
    expect(watch).toMatch(/face up/);
    expect(watch).not.toMatch(/case back/);
    const sign = fillTemplate('short-sign-text');
    expect(sign).not.toMatch(/window/);
    expect(sign.match(/\bsign\b/g)?.length).toBeGreaterThanOrEqual(2);
    const hands = fillTemplate('macro-hands');
    expect(hands).not.toMatch(/\bhands\b/);
    expect(hands).not.toMatch(/palm/);
    expect(fillTemplate('craftsman-workshop')).toMatch(/window/);
  });

  it('never combines two conflicting fragments, whatever choices the reader makes', () => {
    for (const template of templates) {
      // Every combination of choices: the tests below lint each choice with the other slots at their defaults.
      let combos: Record<string, string>[] = [{}];
      for (const [name, slot] of Object.entries(template.slots)) {
        if (slot.kind === 'choice') combos = combos.flatMap((c) => slot.choices.map((choice) => ({ ...c, [name]: choice })));
      }
      for (const values of combos) {
        const ids = templateFragmentIds(template, values);
        for (const id of ids) {
          const clashes = (getFragment(id).conflictsWith ?? []).filter((other) => ids.includes(other as never));
          expect(clashes, `${template.id} ${JSON.stringify(values)}: ${id}`).toEqual([]);
        }
      }
    }
  });

  it('exercises every pillar', () => {
    const covered = new Set(templates.flatMap((t) => t.pillars));
    expect([...covered].sort()).toEqual([...pillars].sort());
  });
});

for (const template of templates) {
  describe(`template "${template.id}"`, () => {
    for (const { label, values } of fillings(template)) {
      describe(`filled with ${label}`, () => {
        const prompt = fillTemplate(template, values);

        it('leaves no slot unfilled', () => {
          for (const [name, slot] of Object.entries(template.slots)) {
            const value = values[name] ?? slot.default;
            const expected = slot.kind === 'choice' ? getFragment(value as never).text : tidyPart(value);
            expect(prompt, `slot "${name}"`).toContain(expected);
          }
          expect(prompt).not.toMatch(/undefined|\[object |\{|\}/);
        });

        it('passes the prompt checker with no warning or error for each target model', async () => {
          for (const model of template.models) {
            const tokenCount = getModel(model).encoder.kind === 'qwen3' ? await countQwen3Tokens(prompt) : undefined;
            const serious = lintPrompt(prompt, { model, tokenCount }).filter((f) => f.severity !== 'info');
            expect(serious, `${model}: ${serious.map((f) => f.message).join(' | ')}`).toEqual([]);
          }
        });

        it("fits every target model's token limit (exact Qwen3 count for FLUX.2 [klein], an estimate otherwise)", async () => {
          for (const model of template.models) {
            const { encoder, tokenLimit } = getModel(model);
            if (tokenLimit.value === null) continue;
            const tokens = encoder.kind === 'qwen3' ? await countQwen3Tokens(prompt) : countTokens(prompt, model);
            expect(tokens.exact, model).toBe(encoder.kind === 'qwen3');
            expect(tokens.count, `${model}: ${tokens.count} of ${tokenLimit.value}`).toBeLessThanOrEqual(tokenLimit.value);
            expect(tokens.cutAt).toBeNull();
          }
        });

        it('contains every fragment it claims, and a fragment from every pillar it lists', () => {
          const used = templateFragmentIds(template, values);
          for (const id of used) expect(prompt).toContain(getFragment(id).text);
          const usedPillars = new Set(used.map((id) => getFragment(id).pillar));
          for (const pillar of template.pillars) expect(usedPillars, `pillar ${pillar}`).toContain(pillar);
        });
      });
    }

    it('matches the committed snapshot of its text (defaults and every choice)', () => {
      const texts = Object.fromEntries(fillings(template).map(({ label, values }) => [label, fillTemplate(template, values)]));
      expect(texts).toMatchSnapshot();
    });
  });
}

describe('fillTemplate', () => {
  const template = getTemplate('freckled-portrait');

  it('uses the reader’s values and the defaults for the rest', () => {
    const prompt = fillTemplate('freckled-portrait', { subject: 'portrait of an old fisherman', light: 'light.soft-overcast' });
    expect(prompt.startsWith('portrait of an old fisherman, ')).toBe(true);
    expect(prompt).toContain(getFragment('light.soft-overcast').text);
    expect(prompt).not.toContain(getFragment('light.window-light-right').text);
    expect(prompt).toContain(getFragment('lens.portrait-85mm-f1-8').text);
  });

  it('accepts the template object or its id and gives the same prompt', () => {
    expect(fillTemplate(template, {})).toBe(fillTemplate('freckled-portrait'));
  });

  it('names the unknown slot', () => {
    expect(() => fillTemplate(template, { hairColour: 'red' })).toThrow(/no slot "hairColour"/);
  });

  it('names the slot whose choice is not listed', () => {
    expect(() => fillTemplate(template, { light: 'light.candlelight' })).toThrow(/Slot "light" must be one of/);
    expect(() => fillTemplate(template, { lens: 'not a fragment' })).toThrow(/Slot "lens"/);
  });

  it('names the slot left empty', () => {
    expect(() => fillTemplate(template, { subject: '   ' })).toThrow(/Slot "subject" \(Subject\) is empty/);
  });

  it('rejects a text value that is too long', () => {
    expect(() => fillTemplate(template, { setting: 'x'.repeat(301) })).toThrow(/Slot "setting".*longer than 300/);
  });

  it('lets the checker see a bad slot value (so the checker test above can fail)', () => {
    const prompt = fillTemplate(template, { setting: 'in a park, blurry background' });
    expect(lintPrompt(prompt, { model: 'flux1-dev' }).filter((f) => f.severity === 'warning').map((f) => f.rule)).toContain('vague-term');
  });

  it('trims text values and fills every other slot with its default', () => {
    const filled = resolveValues(template, { subject: '  an old fisherman  ' });
    expect(filled.subject).toBe('an old fisherman');
    for (const [name, slot] of Object.entries(template.slots)) if (name !== 'subject') expect(filled[name]).toBe(slot.default);
  });

  it('names every problem at once: each bad slot in order, then the unknown ones', () => {
    expect(() => resolveValues(template, { hairColour: 'red', light: 'light.candlelight', subject: ' ' })).toThrow(
      /^Slot "subject" \(Subject\) is empty.*; Slot "light" must be one of .*; Template "freckled-portrait" has no slot "hairColour"; its slots are /,
    );
  });

  it('throws a clear error for an unknown template id', () => {
    expect(() => fillTemplate('no-such-template')).toThrow(/Unknown template "no-such-template"/);
  });
});
