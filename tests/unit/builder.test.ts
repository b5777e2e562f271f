import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPart,
  blankBuilderState,
  builderPictureShape,
  DEFAULT_BUILDER_MODEL,
  defaultRunOptions,
  toComfyUiWorkflow,
  builderPrompt,
  BuilderPartSchema,
  checkBuilderPart,
  composePrompt,
  defaultBuilderState,
  builderToQuery,
  fillTemplate,
  getFragment,
  mergeSaved,
  movePart,
  builderFromQuery,
  parseSavedFile,
  parseSavedStore,
  removePart,
  serializeSavedFile,
  serializeSavedStore,
  setSlotValue,
  stateFromTemplate,
  templates,
  upsertSaved,
  type BuilderState,
  type SavedPrompt,
} from '../../src/lib';

const saved = (name: string, state: BuilderState = stateFromTemplate('glass-of-water')): SavedPrompt => ({
  name,
  savedAt: '2026-11-27T00:00:00.000Z',
  state,
});

describe('builder state', () => {
  it('starts every template with the same prompt fillTemplate gives', () => {
    for (const template of templates) expect(builderPrompt(stateFromTemplate(template))).toBe(fillTemplate(template));
  });

  it('applies slot values like fillTemplate', () => {
    const state = setSlotValue(stateFromTemplate('freckled-portrait'), 'light', 'light.golden-hour');
    expect(builderPrompt(state)).toBe(fillTemplate('freckled-portrait', { light: 'light.golden-hour' }));
    expect(() => setSlotValue(state, 'light', 'light.candlelight')).toThrow(/Slot "light"/);
    expect(() => setSlotValue(state, 'subject', '')).toThrow(/Slot "subject"/);
  });

  it('adds a fragment where composePrompt would put it', () => {
    const start = stateFromTemplate('busy-street-scene');
    const added = addPart(start, { kind: 'fragment', id: 'lens.iso-1600-grain' });
    expect(builderPrompt(added)).toBe(composePrompt([...templateIdsAndText(start), 'lens.iso-1600-grain']));
  });

  it('reads parts from outside input by the rules the builder uses', () => {
    expect(BuilderPartSchema.safeParse({ kind: 'text', text: '  a lighthouse  ', slot: 'subject' }).data).toEqual({
      kind: 'text',
      text: 'a lighthouse',
      slot: 'subject',
    });
    const unknownFragment = BuilderPartSchema.safeParse({ kind: 'fragment', id: 'skin.nope' });
    expect(unknownFragment.success).toBe(false);
    expect(unknownFragment.error?.issues[0]?.message).toBe('unknown fragment id "skin.nope"');
    expect(BuilderPartSchema.safeParse({ kind: 'text', text: 'x'.repeat(1001), slot: 'subject' }).success).toBe(false);
    expect(BuilderPartSchema.safeParse({ kind: 'text', text: 'ok', slot: 'nowhere' }).success).toBe(false);
    expect(BuilderPartSchema.safeParse({ kind: 'fill', name: '' }).success).toBe(false);
    expect(BuilderPartSchema.safeParse({ kind: 'script', src: 'x' }).success).toBe(false);
    expect(() => checkBuilderPart({ kind: 'text', text: '   ', slot: 'subject' })).toThrow('The text part is empty.');
  });

  it('moves parts up and down, and ignores a move past either end', () => {
    let state = addPart(blankBuilderState(), { kind: 'text', text: 'a lighthouse on a cliff', slot: 'subject' });
    state = addPart(state, { kind: 'fragment', id: 'light.blue-hour' });
    const lighting = getFragment('light.blue-hour').text;
    expect(builderPrompt(state)).toBe(`a lighthouse on a cliff, ${lighting}`);
    expect(builderPrompt(movePart(state, 1, -1))).toBe(`${lighting}, a lighthouse on a cliff`);
    expect(movePart(state, 0, -1)).toBe(state);
    expect(movePart(state, 1, 1)).toBe(state);
    expect(builderPrompt(removePart(state, 0))).toBe(lighting);
  });
});

/** The composePrompt parts of a template state, for comparing the builder with composePrompt. */
function templateIdsAndText(state: BuilderState) {
  return state.parts.map((part) => {
    if (part.kind === 'fragment') return part.id;
    if (part.kind === 'text') return { text: part.text, slot: part.slot };
    const template = templates.find((t) => t.id === state.template)!;
    const slot = template.slots[part.name]!;
    return slot.kind === 'choice' ? slot.default : { text: slot.default, slot: slot.position };
  });
}

describe('share URL', () => {
  it('round-trips a state, including non-Latin text', () => {
    let state = setSlotValue(stateFromTemplate('two-person-positions', 'flux1-dev'), 'scene', 'två vänner på ett kafé — 🙂 שלום');
    state = addPart(state, { kind: 'fragment', id: 'lens.iso-100-clean' });
    const parsed = builderFromQuery(builderToQuery(state)!);
    expect(parsed.message).toBeUndefined();
    expect(parsed.state).toEqual(state);
  });

  it('opens a template from ?template=<id>, with an optional model', () => {
    expect(builderFromQuery('?template=macro-hands&model=flux1-dev').state).toEqual(stateFromTemplate('macro-hands', 'flux1-dev'));
  });

  it('gives the default state and a message for a malformed link', () => {
    for (const search of ['?s=%%%', '?s=bm90IGpzb24', '?template=nope', '?model=sdxl', `?s=${btoa('{"model":"flux1-dev"}')}`]) {
      const parsed = builderFromQuery(search);
      expect(parsed.message, search).toMatch(/\w/);
      expect(parsed.state).toEqual(defaultBuilderState());
    }
    expect(builderFromQuery('')).toEqual({ state: defaultBuilderState() });
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (search) => {
        const parsed = builderFromQuery(search);
        expect(typeof builderPrompt(parsed.state)).toBe('string');
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (junk) => {
        builderFromQuery(`?s=${encodeURIComponent(junk)}`);
        builderFromQuery(`?s=${Buffer.from(junk).toString('base64url')}`);
      }),
    );
  });
});

describe('saved prompts', () => {
  it('round-trip through localStorage and through the export file', () => {
    const list = upsertSaved(upsertSaved([], saved('Window glass')), saved('Street', stateFromTemplate('busy-street-scene')));
    expect(parseSavedStore(serializeSavedStore(list))).toEqual({ prompts: list });
    expect(parseSavedFile(serializeSavedFile(list))).toEqual({ ok: true, prompts: list });
  });

  it('replaces a prompt saved under the same name, newest first', () => {
    const list = upsertSaved(upsertSaved(upsertSaved([], saved('a')), saved('b')), saved('A', stateFromTemplate('macro-hands')));
    expect(list.map((p) => p.name)).toEqual(['A', 'b']);
  });

  it('saves under the trimmed name, and refuses an empty or overlong one', () => {
    expect(upsertSaved([], saved('  Street  '))[0]?.name).toBe('Street');
    expect(() => upsertSaved([], saved('   '))).toThrow(/name has 1 to 80 characters/);
    expect(() => upsertSaved([], saved('x'.repeat(81)))).toThrow(/name has 1 to 80 characters/);
  });

  it('merges an import without losing what is saved', () => {
    const mine = [saved('mine'), saved('shared')];
    const merged = mergeSaved(mine, [saved('shared', stateFromTemplate('macro-hands')), saved('theirs')]);
    expect(merged).toMatchObject({ ok: true, replaced: 1 });
    if (merged.ok) expect(merged.prompts.map((p) => p.name).sort()).toEqual(['mine', 'shared', 'theirs']);
  });

  it('turns a corrupt store into an empty list and a message', () => {
    expect(parseSavedStore('{oops')).toMatchObject({ prompts: [], error: expect.stringContaining('damaged') });
    expect(parseSavedStore('[{"name":1}]')).toMatchObject({ prompts: [], error: expect.stringContaining('does not understand') });
    expect(parseSavedStore(null)).toEqual({ prompts: [] });
  });

  it('rejects a foreign or damaged file with a message', () => {
    expect(parseSavedFile('not json')).toMatchObject({ ok: false, error: expect.stringContaining('not JSON') });
    expect(parseSavedFile('{"hello":"world"}')).toMatchObject({ ok: false, error: expect.stringContaining('not a saved-prompts file') });
    const damaged = JSON.parse(serializeSavedFile([saved('x')]));
    damaged.prompts[0].state.model = 'sdxl';
    expect(parseSavedFile(JSON.stringify(damaged))).toMatchObject({ ok: false, error: expect.stringContaining('damaged') });
  });

  it('never throws on any stored string or file text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 4 })), (text) => {
        const store = parseSavedStore(text);
        expect(Array.isArray(store.prompts)).toBe(true);
        const file = parseSavedFile(text);
        expect(typeof file.ok).toBe('boolean');
      }),
    );
  });
});

describe('the size a template starts at', () => {
  it('is upright for a portrait, wide for a landscape, square otherwise, about a megapixel each', () => {
    const sizeOf = (id: string) => defaultRunOptions(DEFAULT_BUILDER_MODEL, 0, builderPictureShape(stateFromTemplate(id)));
    const portrait = sizeOf('freckled-portrait');
    expect(portrait.height).toBeGreaterThan(portrait.width);
    const landscape = sizeOf('golden-hour-mist-landscape');
    expect(landscape.width).toBeGreaterThan(landscape.height);
    const square = sizeOf('pocket-watch-macro');
    expect(square.width).toBe(square.height);
    for (const { width, height } of [portrait, landscape, square]) expect(width * height / 1e6).toBeCloseTo(1.05, 1);
    // A shared prompt made before shapes existed carries none, and still starts square.
    const { shape: _shape, ...oldLink } = stateFromTemplate('freckled-portrait');
    const reopened = builderFromQuery(builderToQuery(oldLink)!).state;
    expect(builderPictureShape(reopened)).toBeUndefined();
    expect(builderPictureShape(builderFromQuery(builderToQuery(stateFromTemplate('freckled-portrait'))!).state)).toBe('portrait');
    // The ComfyUI workflow the builder exports carries that size to the latent image.
    const workflow = toComfyUiWorkflow({ prompt: 'a portrait', model: DEFAULT_BUILDER_MODEL, ...portrait });
    expect(workflow.ok && workflow.text).toContain(`"width": ${portrait.width}`);
    expect(workflow.ok && workflow.text).toContain(`"height": ${portrait.height}`);
  });

  it('is set for every template that names a portrait or a landscape in its title', () => {
    for (const template of templates) {
      if (/portrait/i.test(template.title) && !/environmental/i.test(template.title)) expect(template.shape, template.id).toBe('portrait');
      if (/landscape|street/i.test(template.title)) expect(template.shape, template.id).toBe('landscape');
    }
  });
});
