import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePrompt, fragments, getFragment, tidyPart, type FragmentId, type PromptPart } from '../../src/lib';
import { promptSlots } from '../../src/lib/fragments/types';

const fragmentIds = fragments.map((f) => f.id) as FragmentId[];
const arbitraryFragmentId = fc.constantFrom(...fragmentIds);
const arbitraryFreeText = fc.record({
  text: fc.string({ maxLength: 40 }),
  slot: fc.option(fc.constantFrom(...promptSlots), { nil: undefined }),
});
const arbitraryPart: fc.Arbitrary<PromptPart> = fc.oneof(arbitraryFragmentId, arbitraryFreeText);

describe('composePrompt', () => {
  it('puts parts in BFL order: subject first, details last', () => {
    const prompt = composePrompt([
      'skin.visible-pores',
      { text: 'in a sunlit kitchen', slot: 'context' },
      { text: 'a potter in her sixties' },
    ]);
    expect(prompt).toBe(`a potter in her sixties, in a sunlit kitchen, ${getFragment('skin.visible-pores').text}`);
  });

  it('tidies separators and whitespace from free text', () => {
    expect(composePrompt([{ text: '  a man,  reading ,, ' }, { text: ', at dusk.', slot: 'context' }])).toBe(
      'a man, reading, at dusk',
    );
  });

  it('returns an empty prompt for no parts or only blank text', () => {
    expect(composePrompt([])).toBe('');
    expect(composePrompt([{ text: '  , ' }])).toBe('');
  });

  it('throws a clear error for an unknown fragment id from untyped callers', () => {
    expect(() => composePrompt(['skin.typo' as FragmentId])).toThrow('Unknown fragment id "skin.typo"');
  });

  it('never repeats a fragment', () => {
    const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    fc.assert(
      fc.property(fc.array(arbitraryFragmentId, { maxLength: 30 }), (ids) => {
        const prompt = composePrompt(ids);
        const distinctTexts = [...new Set(ids)].map((id) => getFragment(id).text);
        for (const text of distinctTexts) {
          // Each distinct fragment appears exactly as often as the distinct texts contain it
          // (once, unless another fragment's text happens to include it).
          const expected = distinctTexts.reduce((sum, other) => sum + occurrences(other, text), 0);
          expect(occurrences(prompt, text)).toBe(expected);
        }
      }),
    );
  });

  it('never yields doubled commas or separators at either end', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPart, { maxLength: 12 }), (parts) => {
        const prompt = composePrompt(parts);
        expect(prompt).not.toMatch(/,\s*,/);
        expect(prompt).not.toMatch(/^[\s,;.]|[\s,;.]$/);
        expect(prompt).not.toMatch(/\s{2}/);
      }),
    );
  });

  it("keeps every part's text", () => {
    fc.assert(
      fc.property(fc.array(arbitraryPart, { maxLength: 12 }), (parts) => {
        const prompt = composePrompt(parts).toLowerCase();
        for (const part of parts) {
          const text = tidyPart(typeof part === 'string' ? getFragment(part).text : part.text).toLowerCase();
          expect(prompt).toContain(text);
        }
      }),
    );
  });
});
