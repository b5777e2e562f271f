import { describe, expect, it } from 'vitest';
import { fragments, fragmentsByPillar, getFragment, isFragmentId } from '../../src/lib/fragments';
import { pillars } from '../../src/lib/fragments/types';
import { conflictGroups, conflictPairs, idsInConflictRules } from '../../src/lib/fragments/conflicts';
import { describeSource } from '../../src/lib/fragments/source';
import { fieldOfView, getSensor } from '../../src/lib/optics';

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

/** The section headings of PicassoIA's article, the guide's starting point. */
const articleSections = new Set([
  'Skin That Actually Looks Like Skin',
  'How Flux Handles Light',
  'Material Surfaces Done Right',
  'Depth of Field and Spatial Realism',
  'Color Accuracy Without Over-Saturation',
  'Complex Scenes With Multiple Subjects',
  'Fine Detail at Macro Scale',
  'Where Flux Still Struggles',
]);

/** The documented primary sources a `reference` fragment may cite: BFL's docs and the photographic reference tables. */
const referenceUrls: Record<string, readonly string[]> = {
  bflDocs: [
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
  photoReferences: [
    'https://www.photosolve.com/bokeh/',
    'https://outdoors.nordling.de/learn/how-do-aperture-blade-shapes-change-bokeh-appearance',
    'http://jtv.be/info/colortemps.html',
    'https://tannerhelland.com/2012/09/18/convert-temperature-rgb-algorithm-code.html',
  ],
};

/**
 * Public pages read for the catalogue (photographic references, FLUX issue threads), each
 * for the fact its fragments state. A `web` source must be one of these.
 */
const webSources = [
  // Shutter speeds for freezing and panning, wildlife at eye level, stage and reception light.
  'https://www.dpmag.com/how-to/tip-of-the-week/shutter-speed-basics-panning-for-motion/',
  'http://www.digitalcameraworld.com/2013/04/26/movement-photography-camera-panning-techniques-to-convey-a-sense-of-speed/3/',
  'https://www.davidmiddletonphoto.com/how-i-did-it-eye-level/',
  'https://www.flickr.com/photos/94618813@N00/6062244492',
  'https://neilvn.com/tangents/wedding-reception-lighting-with-one-flash/',
  'http://photo-facts.com/reproduction-ratio/',
  'https://fotografiamacro.org/en/difference-between-macro-photography-and-close-up-photography',
  'https://www.lifeafterphotoshop.com/lens-aberrations-and-what-you-can-do-about-them/',
  'http://photographylife.com/what-is-ghosting-and-flare',
  'https://github.com/balazik/ComfyUI-PuLID-Flux/issues/22',
  'https://shootfilmclub.com/articles/kodak-portra-complete-guide-2025',
  'https://www.bhphotovideo.com/explora/photography/hands-on-review/things-we-love-kodak-tri-x-black-and-white-film',
  'https://deptofvibe.com/archives/why-cinestill-glows',
  'https://www.uniquephoto.com/community/qa/why-do-smartphones-keep-landscapes-sharp-even-with-wide-apertures',
  'https://photographylife.com/motion-blur-panning-photography',
  'https://wanttoinnovate.com/types-of-camera-shot-sizes',
  'https://banuk2001.github.io/photographyhandbook/camera_angles.html',
  'http://photo-facts.com/rule-of-thirds/',
  'http://www.troubleshootingphotos.com/flashadows/flashadows.php',
  'https://www.oreilly.com/library/view/digital-photographers-handbook/9780756692421/chapter-30.html',
  'https://github.com/black-forest-labs/flux/issues/179',
];

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
    // The one exception is the tip of PicassoIA's article, kept as written.
    expect(getFragment('skin.no-retouching').text).toBe('no retouching');
    expect(getFragment('skin.no-retouching').tags).toContain('article-tip');
  });

  it('writes `does` as one sentence', () => {
    for (const fragment of fragments) {
      expect(fragment.does, fragment.id).toMatch(/^[A-Z].*\.$/);
      expect(fragment.does.slice(0, -1), fragment.id).not.toMatch(/[.!?]\s/);
    }
  });

  it('cites only real sections of the article, documented primary sources, and pages read for the catalogue', () => {
    for (const fragment of fragments) {
      const { source } = fragment;
      if (source.kind === 'article') {
        expect(articleSections.has(source.section), `${fragment.id}: ${source.section}`).toBe(true);
      } else if (source.kind === 'reference') {
        expect(Object.values(referenceUrls).flat(), `${fragment.id}: ${source.url}`).toContain(source.url);
      } else {
        expect(webSources, `${fragment.id}: ${source.url}`).toContain(source.url);
      }
    }
  });

  it('names the article as readers know it, and a cited page by its address', () => {
    expect(describeSource({ kind: 'article', section: 'How Flux Handles Light' })).toEqual({
      label: 'PicassoIA’s article, “How Flux Handles Light”',
    });
    expect(describeSource({ kind: 'web', url: 'https://www.example.com/a/b' })).toEqual({
      label: 'example.com/a/b',
      url: 'https://www.example.com/a/b',
    });
    for (const fragment of fragments) expect(describeSource(fragment.source).label, fragment.id).not.toMatch(/\bseed\b/i);
  });

  it('uses "seed" nowhere in fragment words, labels or tags (on this site it means the random seed)', () => {
    for (const f of fragments) {
      expect(`${f.text} ${f.label} ${f.does} ${(f.tags ?? []).join(' ')}`, f.id).not.toMatch(/\bseed(?!s)/i);
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

  it('holds at least 25 fragments on capture medium, lens character, FLUX’s habits and framing', () => {
    const expert = [
      ...fragmentsByPillar('camera'),
      ...['lens.corner-vignetting', 'lens.chromatic-fringing', 'lens.sun-flare', 'lens.everything-in-focus', 'lens.close-up-quarter-life-size'],
      ...['light.direct-on-camera-flash', 'light.flash-falloff-dark-background', 'skin.distinct-face', 'skin.specific-age'],
    ];
    expect(expert.length).toBeGreaterThanOrEqual(25);
    for (const id of expert) expect(isFragmentId(typeof id === 'string' ? id : id.id)).toBe(true);
  });

  it('names only real fragments in its photographic conflict rules', () => {
    for (const id of idsInConflictRules()) expect(isFragmentId(id), id).toBe(true);
    for (const group of conflictGroups) expect(new Set(group).size, group.join()).toBe(group.length);
    for (const [a, b] of conflictPairs) for (const id of a) expect(b, id).not.toContain(id);
  });

  it('sets every fragment of a conflict group against every other, in both directions', () => {
    for (const group of conflictGroups) {
      for (const id of group) {
        const conflicts = getFragment(id as never).conflictsWith ?? [];
        for (const other of group) if (other !== id) expect(conflicts, `${id} ↔ ${other}`).toContain(other);
      }
    }
  });

  describe('named lenses agree with the optics library', () => {
    const named = fragments.filter((f) => f.optics);

    it('gives every named lens a conflict with every other (one lens per photograph)', () => {
      expect(named.length).toBeGreaterThanOrEqual(8);
      for (const a of named) for (const b of named) if (a !== b) expect(a.conflictsWith ?? [], `${a.id} ↔ ${b.id}`).toContain(b.id);
    });

    it('writes the focal length and aperture it claims', () => {
      for (const { id, text, optics } of named) {
        expect(text, id).toContain(`${optics!.focalLengthMm}mm`);
        if (optics!.fNumber) expect(text, id).toContain(`f/${optics!.fNumber}`);
      }
    });

    it('states the full-frame equivalent the crop maths gives for a sensor other than full frame', () => {
      for (const { id, does, optics } of named) {
        const equivalent = Math.round(fieldOfView(optics!.focalLengthMm, getSensor(optics!.sensor)).fullFrameEquivalentMm);
        const stated = /frames like an? (\d+) mm lens on full frame/.exec(does);
        if (optics!.sensor === 'full-frame') expect(stated, id).toBeNull();
        else expect(Number(stated?.[1]), id).toBe(equivalent);
      }
      // The X-T5 is APS-C: its 35 mm frames like a 53 mm lens, not a 35 mm documentary view.
      expect(getFragment('lens.fujifilm-x-t5-35mm').does).toContain('53 mm');
      expect(getFragment('lens.fujifilm-x-t5-35mm').conflictsWith).toContain('lens.documentary-35mm');
    });
  });

  it('keeps macro for 1:1 and calls a quarter of life size a close-up', () => {
    expect(getFragment('lens.macro-close-up').text).toMatch(/life-size/);
    expect(getFragment('lens.close-up-quarter-life-size').text).not.toMatch(/macro/i);
    expect(getFragment('lens.macro-close-up').conflictsWith).toContain('lens.close-up-quarter-life-size');
  });

  it('marks stopped-down polygonal highlights as conflicting with wide-open apertures', () => {
    const polygonal = getFragment('lens.polygonal-bokeh').conflictsWith ?? [];
    for (const id of ['lens.portrait-85mm-f1-8', 'lens.fujifilm-x-t5-35mm', 'lens.circular-bokeh']) expect(polygonal, id).toContain(id);
  });

  it('describes scenes rather than stating rules', () => {
    // Fragments that once told the model a rule ("lit by the same light", "equally sharp") now name what is in the scene.
    const ruleWords = /\b(appropriate|same light|equally sharp|every shadow|own material detail)\b/i;
    for (const f of fragments) expect(f.text, f.id).not.toMatch(ruleWords);
    expect(getFragment('color.true-to-life').text).not.toMatch(/muted/i);
    expect(getFragment('scene.readable-facades').text).not.toMatch(/readable|legible|sign/i);
    expect(getFragment('skin.smile-line').text).toMatch(/mouth/);
    expect(getFragment('skin.visible-blemish').text).toMatch(/forehead/);
    expect(getFragment('scene.depth-planes').text).not.toMatch(/\b(figure|subject)\b/i);
    expect(getFragment('material.stone-scale-puddles').text).toMatch(/joints between the cobbles/);
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
