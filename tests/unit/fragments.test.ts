import { describe, expect, it } from 'vitest';
import { fragments, fragmentsByPillar, getFragment, isFragmentId } from '../../src/lib/fragments';
import { pillars } from '../../src/lib/fragments/types';

/** Vague phrases the guide promises a concrete replacement for. */
const requiredVaguePhrases = [
  'blurry background',
  'rainy street',
  'nice lighting',
  'good lighting',
  'beautiful skin',
  'high quality',
  '8k',
  'masterpiece',
  'professional photo',
  'realistic',
  'bokeh',
];

/** The seed article's section headings. */
const seedSections = new Set([
  'Skin That Actually Looks Like Skin',
  'How Flux Handles Light',
  'Material Surfaces Done Right',
  'Depth of Field and Spatial Realism',
  'Color Accuracy Without Over-Saturation',
  'Complex Scenes With Multiple Subjects',
  'Fine Detail at Macro Scale',
  'Where Flux Still Struggles',
]);

/** URLs each reference file cites; a fragment may only point at one of these. */
const referenceUrls: Record<string, readonly string[]> = {
  'flux-prompting-facts.md': [
    'https://docs.bfl.ai/guides/prompting_summary',
    'https://docs.bfl.ai/guides/prompting_unified_building',
    'https://docs.bfl.ai/flux_2/flux2_overview',
    'https://docs.bfl.ai/guides/prompting_unified_basics',
    'https://docs.bfl.ai/guides/usecases_t2i_photorealistic',
    'https://docs.bfl.ai/guides/prompting_unified_style',
    'https://docs.bfl.ai/guides/prompting_guide_flux2',
    'https://docs.bfl.ai/guides/prompting_unified_technical',
    'https://docs.bfl.ai/flux_models/flux_1_1_pro_ultra_raw',
    'https://docs.bfl.ai/guides/usecases_t2i_json_prompting',
    'https://docs.bfl.ai/guides/usecases_t2i_hex_color_prompting',
    'https://docs.bfl.ai/guides/prompting_editing_overview',
    'https://docs.bfl.ai/guides/prompting_unified_reference',
    'https://huggingface.co/blog/flux-2',
  ],
  'photo-optics-facts.md': [
    'https://www.photosolve.com/bokeh/',
    'https://outdoors.nordling.de/learn/how-do-aperture-blade-shapes-change-bokeh-appearance',
    'http://jtv.be/info/colortemps.html',
    'https://tannerhelland.com/2012/09/18/convert-temperature-rgb-algorithm-code.html',
  ],
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const containsPhrase = (text: string, phrase: string) =>
  new RegExp(`(^|[^a-z0-9])${escapeRegExp(phrase)}($|[^a-z0-9])`, 'i').test(text);

describe('fragment catalogue', () => {
  it('holds at least 60 fragments', () => {
    expect(fragments.length).toBeGreaterThanOrEqual(60);
  });

  it.each(pillars)('has at least six fragments for the %s pillar', (pillar) => {
    expect(fragmentsByPillar(pillar).length).toBeGreaterThanOrEqual(6);
  });

  it('has unique ids', () => {
    const ids = fragments.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts every id with its pillar', () => {
    for (const fragment of fragments) {
      expect(fragment.id.startsWith(`${fragment.pillar}.`), fragment.id).toBe(true);
    }
  });

  it('has unique texts, ignoring case', () => {
    const texts = fragments.map((f) => f.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('lists every conflict on both fragments, never on itself', () => {
    for (const fragment of fragments) {
      for (const other of fragment.conflictsWith ?? []) {
        expect(other, `${fragment.id} conflicts with itself`).not.toBe(fragment.id);
        expect(isFragmentId(other), `${fragment.id} → unknown ${other}`).toBe(true);
        const back = fragments.find((f) => f.id === other)?.conflictsWith ?? [];
        expect(back, `${other} should list ${fragment.id}`).toContain(fragment.id);
      }
    }
  });

  it('puts each vague phrase on at most one fragment', () => {
    const owner = new Map<string, string>();
    for (const fragment of fragments) {
      for (const phrase of fragment.replaces ?? []) {
        expect(owner.get(phrase), `"${phrase}" is on ${owner.get(phrase)} and ${fragment.id}`).toBeUndefined();
        owner.set(phrase, fragment.id);
      }
    }
  });

  it.each(requiredVaguePhrases)('offers a replacement for "%s"', (phrase) => {
    expect(fragments.some((f) => f.replaces?.includes(phrase))).toBe(true);
  });

  it('keeps vague phrases out of fragment texts', () => {
    const phrases = fragments.flatMap((f) => f.replaces ?? []);
    for (const fragment of fragments) {
      for (const phrase of phrases) {
        expect(containsPhrase(fragment.text, phrase), `${fragment.id} contains "${phrase}"`).toBe(false);
      }
    }
  });

  it('keeps texts free of other tools’ syntax, quality tags and negative wording', () => {
    const banned = /\(|\)|:\d|--\w|::|\b(8k|4k|masterpiece|best quality|without|not|avoid|never|no)\b/i;
    for (const fragment of fragments) {
      if (fragment.id === 'skin.no-retouching') continue;
      expect(banned.test(fragment.text), `${fragment.id}: ${fragment.text}`).toBe(false);
    }
    // The one exception is the seed article's own tip, kept as written.
    expect(getFragment('skin.no-retouching').text).toBe('no retouching');
    expect(getFragment('skin.no-retouching').tags).toContain('seed-tip');
  });

  it('writes `does` as one sentence', () => {
    for (const fragment of fragments) {
      expect(fragment.does, fragment.id).toMatch(/^[A-Z].*\.$/);
      expect(fragment.does.slice(0, -1), fragment.id).not.toMatch(/[.!?]\s/);
    }
  });

  it('cites only real seed sections and URLs the reference files give', () => {
    for (const fragment of fragments) {
      const { source } = fragment;
      if (source.kind === 'seed') {
        expect(seedSections.has(source.section), `${fragment.id}: ${source.section}`).toBe(true);
      } else {
        expect(referenceUrls[source.file], `${fragment.id}: ${source.url}`).toContain(source.url);
      }
    }
  });

  it('keeps quoted in-image text to one to four words', () => {
    for (const fragment of fragments) {
      for (const [, quoted = ''] of fragment.text.matchAll(/"([^"]*)"/g)) {
        const words = quoted.trim().split(/\s+/).filter(Boolean).length;
        expect(words, `${fragment.id}: "${quoted}"`).toBeGreaterThanOrEqual(1);
        expect(words, `${fragment.id}: "${quoted}"`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('ties every hex code to the word "color"', () => {
    for (const fragment of fragments) {
      for (const match of fragment.text.matchAll(/#[0-9a-f]{6}\b/gi)) {
        expect(fragment.text.slice(0, match.index), fragment.id).toMatch(/\bcolor $/);
      }
    }
  });

  it('keeps the seed’s tips as atomic fragments', () => {
    expect(getFragment('skin.natural-texture').text).toBe('natural skin texture');
    expect(getFragment('skin.visible-pores').text).toBe('visible pores');
    expect(getFragment('skin.natural-imperfections').text).toBe('natural imperfections');
    expect(getFragment('lens.portrait-85mm-f1-8').text).toBe('85mm f/1.8, focus on eyes, background soft');
    expect(getFragment('material.wet-cobblestones').text).toBe('wet cobblestones reflecting warm streetlight');
    expect(getFragment('light.product-key-upper-left').text).toBe('single light source from upper left at 45 degrees');
  });

  it('throws for an unknown id', () => {
    expect(() => getFragment('skin.does-not-exist' as never)).toThrow(/Unknown fragment id/);
    expect(isFragmentId('skin.does-not-exist')).toBe(false);
  });

  it('makes a misspelt id a type error', () => {
    // @ts-expect-error 'skin.typo' is not a FragmentId
    expect(() => getFragment('skin.typo')).toThrow();
  });
});
