import { describe, expect, it } from 'vitest';
import {
  checkLibraryData,
  validateFragments,
  validateLightTypes,
  validateModels,
  validateTemplates,
} from '../../src/lib/checks';
import { fragments, lightingPresets, LightingSetupSchema, lightTypes, models, templateNotes, templates } from '../../src/lib';

// The catalogues are validated at build time (astro.config.mjs calls checkLibraryData), not in
// the browser. These tests show that the check passes on the real data and fails on bad data.

describe('checkLibraryData', () => {
  it('accepts the library as it is', () => {
    expect(() => checkLibraryData()).not.toThrow();
  });
});

describe('validateFragments', () => {
  const first = fragments[0]!;
  it('rejects an id that does not start with its pillar', () => {
    expect(() => validateFragments([{ ...first, id: 'light.not-skin' }])).toThrow(/must be "skin\.<kebab-case-slug>"/);
  });
  it('rejects text with a trailing comma', () => {
    expect(() => validateFragments([{ ...first, text: `${first.text},` }])).toThrow(/trailing punctuation/);
  });
  it('rejects a duplicate id', () => {
    expect(() => validateFragments([first, first])).toThrow(`Duplicate fragment id "${first.id}"`);
  });
  it('rejects a conflict with an unknown id', () => {
    expect(() => validateFragments([{ ...first, conflictsWith: ['skin.nowhere'] }])).toThrow(/unknown id "skin\.nowhere"/);
  });
  it('accepts a page read for a fact as a source, but only at an http(s) address', () => {
    expect(() => validateFragments([{ ...first, source: { kind: 'web', url: 'https://example.com/page' } }])).not.toThrow();
    expect(() => validateFragments([{ ...first, source: { kind: 'web', url: 'javascript:alert(1)' } }])).toThrow(/is invalid/);
  });
  it('rejects the old "seed" source kind: the article is named as PicassoIA’s', () => {
    expect(() => validateFragments([{ ...first, source: { kind: 'seed', section: 'How Flux Handles Light' } }])).toThrow(/is invalid/);
  });
  it('rejects a lens on an unknown sensor', () => {
    expect(() => validateFragments([{ ...first, optics: { focalLengthMm: 35, sensor: 'half-frame' } }])).toThrow(/is invalid/);
  });
});

describe('validateTemplates', () => {
  const first = templates[0]!;
  it('rejects a body that names an unknown fragment', () => {
    expect(() => validateTemplates([{ ...first, body: [...first.body, 'skin.nowhere' as never] }])).toThrow(/unknown fragment id "skin\.nowhere"/);
  });
  it('rejects a duplicate id', () => {
    expect(() => validateTemplates([first, first])).toThrow(`Duplicate template id "${first.id}"`);
  });
  it('rejects a template without a line on what to expect or what to watch for', () => {
    const { expect: _expect, ...withoutExpect } = templateNotes[first.id];
    expect(() => validateTemplates([first], { [first.id]: withoutExpect as never })).toThrow(/expect/);
    expect(() => validateTemplates([first], { [first.id]: { ...templateNotes[first.id], watchFor: 'hands' } })).toThrow(/watchFor/);
    expect(() => validateTemplates([first], {})).toThrow(/card notes/);
  });
});

describe('validateModels', () => {
  it('rejects models out of the order of modelIds', () => {
    expect(() => validateModels([...models].reverse())).toThrow(/expected "flux1-schnell"/);
  });
  it('rejects a model with a negative-prompt flag that is not a boolean', () => {
    const broken = models.map((m, i) => (i === 0 ? { ...m, acceptsNegativePrompt: { ...m.acceptsNegativePrompt, value: 'no' } } : m));
    expect(() => validateModels(broken)).toThrow(/Model #0 is invalid/);
  });
});

describe('validateLightTypes', () => {
  const first = lightTypes[0]!;
  it('rejects a row that points at an unknown fragment', () => {
    expect(() => validateLightTypes([{ ...first, fragments: ['light.nowhere'] }])).toThrow(/unknown fragment id/);
  });
  it('rejects a Kelvin range whose minimum is above its maximum', () => {
    expect(() => validateLightTypes([{ ...first, kelvin: { min: 6000, max: 3000 } }])).toThrow(/min is at most max/);
  });
  it('rejects a duplicate id', () => {
    expect(() => validateLightTypes([first, first])).toThrow(`Duplicate light type id "${first.id}"`);
  });
});

describe('lighting presets', () => {
  it('are valid set-ups (they are plain data, so the schema checks them here)', () => {
    for (const preset of lightingPresets) expect(LightingSetupSchema.parse(preset.setup), preset.id).toEqual(preset.setup);
  });
});
