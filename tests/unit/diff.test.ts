import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { describePillarCounts, diffPrompts, tokenizePrompt, fragments, getFragment, getPromptPair, type DiffSegment } from '../../src/lib';

const side = (segments: DiffSegment[], drop: 'added' | 'removed') =>
  segments
    .filter((s) => s.kind !== drop)
    .map((s) => s.text)
    .join('');

describe('diffPrompts: known pairs', () => {
  test('rainy street → wet cobblestones: one removal and one addition', () => {
    const pair = getPromptPair('material.rainy-street');
    const { segments, fragments: changed, addedByPillar } = diffPrompts(pair.before, pair.afterPrompt);
    expect(segments).toEqual([
      { kind: 'same', text: 'an old town square at night, ' },
      { kind: 'removed', text: 'rainy street' },
      { kind: 'added', text: `${getFragment('material.wet-cobblestones').text}, ${getFragment('material.stone-scale-puddles').text}` },
    ]);
    expect(changed).toEqual({ added: ['material.wet-cobblestones', 'material.stone-scale-puddles'], removed: [] });
    expect(describePillarCounts(addedByPillar)).toBe('material (2)');
  });

  test('a two-word change keeps the shared words in between', () => {
    const { segments } = diffPrompts(
      'strong side light from the left, portrait',
      'soft window light from the right, portrait',
    );
    expect(segments).toEqual([
      { kind: 'removed', text: 'strong side' },
      { kind: 'added', text: 'soft window' },
      { kind: 'same', text: ' light from the ' },
      { kind: 'removed', text: 'left' },
      { kind: 'added', text: 'right' },
      { kind: 'same', text: ', portrait' },
    ]);
  });

  test('the product pair adds four light fragments', () => {
    const pair = getPromptPair('light.flat-product');
    const diff = diffPrompts(pair.before, pair.afterPrompt);
    expect(describePillarCounts(diff.addedByPillar)).toBe('light (4)');
    expect(diff.segments.filter((s) => s.kind === 'removed').map((s) => s.text)).toEqual(['nice lighting']);
  });

  test('fragments are matched ignoring case, punctuation and spacing, and removals are reported', () => {
    const before = `a street at night, WET  cobblestones; reflecting warm streetlight`;
    const after = `a street at night, ${getFragment('light.golden-hour').text}`;
    const diff = diffPrompts(before, after);
    expect(diff.fragments).toEqual({ added: ['light.golden-hour'], removed: ['material.wet-cobblestones'] });
    expect(describePillarCounts(diff.removedByPillar)).toBe('material (1)');
  });

  test('a fragment present on both sides is neither added nor removed', () => {
    const text = getFragment('lens.iso-100-clean').text;
    expect(diffPrompts(`a cat, ${text}`, `a black cat, ${text}`).fragments).toEqual({ added: [], removed: [] });
  });

  test('whole words in non-Latin scripts and whole emoji', () => {
    const { segments } = diffPrompts('שלום עולם 😀🌧️', 'שלום חבר 😀');
    expect(segments).toEqual([
      { kind: 'same', text: 'שלום ' },
      { kind: 'removed', text: 'עולם' },
      { kind: 'added', text: 'חבר' },
      { kind: 'same', text: ' 😀' },
      { kind: 'removed', text: '🌧️' },
    ]);
  });

  test('empty sides', () => {
    expect(diffPrompts('', '').segments).toEqual([]);
    expect(diffPrompts('', 'a cat').segments).toEqual([{ kind: 'added', text: 'a cat' }]);
    expect(diffPrompts('a cat', '').segments).toEqual([{ kind: 'removed', text: 'a cat' }]);
  });
});

describe('diffPrompts: properties', () => {
  const catalogueWords = [...new Set(fragments.flatMap((f) => f.text.split(/\s+/)))];
  /** Prompt-like text: catalogue words, punctuation, odd spacing, emoji and other scripts. */
  const promptText = fc
    .array(fc.oneof(fc.constantFrom(...catalogueWords, ',', ', ', '.', '  ', '\n', '😀', '🌧️', 'שלום', '(fog:1.2)'), fc.string({ maxLength: 6 })), {
      maxLength: 30,
    })
    .map((parts) => parts.join(' '));

  test('same + removed segments give before; same + added give after', () => {
    fc.assert(
      fc.property(promptText, promptText, (before, after) => {
        const { segments } = diffPrompts(before, after);
        expect(side(segments, 'added')).toBe(before);
        expect(side(segments, 'removed')).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  test('no empty segments and no two neighbours of the same kind', () => {
    fc.assert(
      fc.property(promptText, promptText, (before, after) => {
        const { segments } = diffPrompts(before, after);
        segments.forEach((s, i) => {
          expect(s.text).not.toBe('');
          if (i > 0) expect(s.kind).not.toBe(segments[i - 1]!.kind);
        });
      }),
    );
  });

  test('identical prompts give only "same" and no fragment changes', () => {
    fc.assert(
      fc.property(promptText, (text) => {
        const diff = diffPrompts(text, text);
        expect(diff.segments.every((s) => s.kind === 'same')).toBe(true);
        expect(diff.fragments).toEqual({ added: [], removed: [] });
      }),
    );
  });

  test('a fragment appended to a prompt is reported as added, under its pillar', () => {
    fc.assert(
      fc.property(promptText, fc.constantFrom(...fragments), (base, fragment) => {
        fc.pre(!diffPrompts('', base).fragments.added.includes(fragment.id));
        const diff = diffPrompts(base, `${base}, ${fragment.text}`);
        expect(diff.fragments.added).toContain(fragment.id);
        expect(diff.addedByPillar.find((g) => g.pillar === fragment.pillar)?.fragments).toContain(fragment.id);
      }),
    );
  });
});

describe('diffPrompts: time budget', () => {
  test('with no time left it still returns a correct, coarse diff', () => {
    const before = 'a red barn, fog, morning';
    const after = 'a blue barn, rain, evening';
    const diff = diffPrompts(before, after, { budgetMs: 0 });
    expect(diff.coarse).toBe(true);
    expect(side(diff.segments, 'added')).toBe(before);
    expect(side(diff.segments, 'removed')).toBe(after);
  });

  test('ordinary prompts are diffed word by word', () => {
    expect(diffPrompts('a red barn', 'a blue barn').coarse).toBe(false);
  });
});

describe('numbers in the diff', () => {
  it('keeps a decimal number whole, so a changed aperture is one change', () => {
    expect(tokenizePrompt('f/1.8 at 2.5 m')).toEqual(['f', '/', '1.8', ' ', 'at', ' ', '2.5', ' ', 'm']);
    const { segments } = diffPrompts('(detailed skin:1.3)', 'detailed skin, 85mm f/1.8');
    expect(segments.filter((s) => s.kind === 'same').map((s) => s.text.trim())).not.toContain('1');
  });
});
