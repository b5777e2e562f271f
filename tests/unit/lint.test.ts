import { describe, expect, test } from 'vitest';
import { applySuggestion, countTokens, getFragment, lintPrompt, type LintFinding, type LintRule } from '../../src/lib';

const lint = (prompt: string) => lintPrompt(prompt, { model: 'flux1-dev' });
const ofRule = (prompt: string, rule: LintRule) => lint(prompt).filter((f) => f.rule === rule);
const flagged = (prompt: string, finding: LintFinding) => prompt.slice(finding.start, finding.end);

describe('negative-phrasing', () => {
  test.each([
    ['a quiet beach at dawn, no people', 'no people', 'empty, deserted, solitary'],
    ['portrait of a man without glasses', 'without glasses', undefined],
    ['a cat on a sofa, not blurry', 'not blurry', 'in sharp focus'],
    ['a city skyline, avoid text', 'avoid text', 'plain, unmarked surfaces'],
  ])('flags %j', (prompt, phrase, suggestion) => {
    const [finding, ...rest] = ofRule(prompt, 'negative-phrasing');
    expect(rest).toEqual([]);
    expect(flagged(prompt, finding!)).toBe(phrase);
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toMatch(/no negative prompt/);
    if (suggestion) expect(finding!.suggestion).toBe(suggestion);
  });

  test('"no people" follows BFL\'s example: empty, deserted, solitary', () => {
    const prompt = 'a market square, no people';
    const [finding] = ofRule(prompt, 'negative-phrasing');
    expect(applySuggestion(prompt, finding!)).toBe('a market square, empty, deserted, solitary');
  });

  test('stops the negated object at a preposition', () => {
    const prompt = 'no people in the background';
    expect(flagged(prompt, ofRule(prompt, 'negative-phrasing')[0]!)).toBe('no people');
  });

  test('leaves the catalogue term "no retouching" and ordinary words alone', () => {
    expect(ofRule(`close-up portrait, ${getFragment('skin.no-retouching').text}, visible pores`, 'negative-phrasing')).toEqual([]);
    expect(ofRule('a nocturnal owl on a knotted branch, a notebook', 'negative-phrasing')).toEqual([]);
  });

  test('"no retouching" inside a longer negation is still the fragment, not a negative', () => {
    expect(ofRule('No Retouching, natural skin texture', 'negative-phrasing')).toEqual([]);
  });
});

describe('vague-term', () => {
  test.each([
    ['portrait of a woman in a park, blurry background', 'blurry background', 'lens.portrait-85mm-f1-8'],
    ['an old town square at night, rainy street', 'rainy street', 'material.wet-cobblestones'],
    ['a wallet on a table, nice lighting', 'nice lighting', 'light.strong-side-left'],
    ['close-up portrait, beautiful skin', 'beautiful skin', 'skin.visible-pores'],
    ['a red car, High Quality', 'High Quality', 'lens.fujifilm-x-t5-35mm'],
    ['a mountain lake, 8k', '8k', 'lens.iso-100-clean'],
    ['a lighthouse, masterpiece', 'masterpiece', 'scene.captured-in-moment'],
  ] as const)('flags %j and suggests the catalogue fragment', (prompt, phrase, fragmentId) => {
    const findings = ofRule(prompt, 'vague-term');
    expect(findings).toHaveLength(1);
    expect(flagged(prompt, findings[0]!)).toBe(phrase);
    expect(findings[0]!.fragmentId).toBe(fragmentId);
    expect(findings[0]!.suggestion).toBe(getFragment(fragmentId).text);
  });

  test('tolerates spacing and punctuation inside the phrase', () => {
    const prompt = 'a park, Blurry,  background';
    expect(flagged(prompt, ofRule(prompt, 'vague-term')[0]!)).toBe('Blurry,  background');
  });

  test('does not match inside longer words or the specific fragments', () => {
    expect(ofRule('a backpack in 18k gold, photorealistically lit', 'vague-term')).toEqual([]);
    expect(ofRule(getFragment('lens.portrait-85mm-f1-8').text, 'vague-term')).toEqual([]);
  });

  test('"no people" is reported once, as a negative, not also as vague', () => {
    const rules = lint('a street, no people').map((f) => f.rule);
    expect(rules.filter((r) => r === 'negative-phrasing')).toHaveLength(1);
    expect(rules).not.toContain('vague-term');
  });
});

describe('unsupported-syntax', () => {
  test.each([
    ['a castle, (dramatic sky:1.3)', '(dramatic sky:1.3)', 'dramatic sky'],
    ['a castle, [fog]', '[fog]', 'fog'],
    ['((sharp eyes)), portrait', '((sharp eyes))', 'sharp eyes'],
    ['a harbour at dusk --ar 16:9', '--ar 16:9', ''],
    ['a harbour at dusk --no boats', '--no boats', ''],
    ['red apple::2 green pear', '::2', ' '],
  ])('flags %j', (prompt, syntax, suggestion) => {
    const findings = ofRule(prompt, 'unsupported-syntax');
    expect(findings).toHaveLength(1);
    expect(flagged(prompt, findings[0]!)).toBe(syntax);
    expect(findings[0]!.suggestion).toBe(suggestion);
  });

  test('flags a "Negative prompt:" section and its fix removes it', () => {
    const prompt = 'a harbour at dusk\nNegative prompt: blurry, ugly, text';
    const [finding, ...rest] = lint(prompt).filter((f) => f.rule !== 'missing-pillar');
    expect(rest).toEqual([]);
    expect(finding!.rule).toBe('unsupported-syntax');
    expect(applySuggestion(prompt, finding!)).toBe('a harbour at dusk');
  });

  test('the fix for a weight keeps the words', () => {
    const prompt = 'a castle, (dramatic sky:1.3), at dusk';
    expect(applySuggestion(prompt, ofRule(prompt, 'unsupported-syntax')[0]!)).toBe('a castle, dramatic sky, at dusk');
  });

  test('leaves ordinary brackets, dashes, times and template placeholders alone', () => {
    for (const prompt of [
      'a portrait (taken in 1970) of a sailor',
      'a well-known café at 10:30 in the morning',
      'a blue-grey sky — late afternoon',
      '[SUBJECT], [LOCATION], [LIGHTING]',
    ]) {
      expect(ofRule(prompt, 'unsupported-syntax')).toEqual([]);
    }
  });
});

describe('conflict', () => {
  test('two catalogue fragments that list each other in conflictsWith', () => {
    const left = getFragment('light.strong-side-left').text;
    const right = getFragment('light.window-light-right').text;
    const prompt = `portrait, ${left}, ${right}`;
    const findings = ofRule(prompt, 'conflict');
    expect(findings).toHaveLength(1);
    expect(flagged(prompt, findings[0]!)).toBe(right);
  });

  test('key light from the left and from the right', () => {
    const prompt = 'a chef in a kitchen, key light from the left, sunlight from the right';
    const findings = ofRule(prompt, 'conflict');
    expect(findings).toHaveLength(1);
    expect(flagged(prompt, findings[0]!)).toBe('sunlight from the right');
  });

  test('a fill or reflector on the other side is not a conflict', () => {
    expect(ofRule('key light from the left, white card fill from the right', 'conflict')).toEqual([]);
    expect(ofRule('a woman on the left, a man on the right, window light from the left', 'conflict')).toEqual([]);
  });

  test('f/1.4 with everything in sharp focus', () => {
    const prompt = 'a street portrait, 35mm f/1.4, everything in sharp focus';
    const findings = ofRule(prompt, 'conflict');
    expect(findings).toHaveLength(1);
    expect(flagged(prompt, findings[0]!)).toBe('everything in sharp focus');
    expect(findings[0]!.message).toContain('f/1.4');
  });

  test('f/11 with everything in sharp focus is consistent', () => {
    expect(ofRule(`a landscape, ${getFragment('lens.deep-focus-f11').text}`, 'conflict')).toEqual([]);
    expect(ofRule('a landscape, 24mm f/8, everything in sharp focus', 'conflict')).toEqual([]);
  });

  test('overcast with hard shadows', () => {
    const prompt = 'a beach under an overcast sky, hard shadows on the sand';
    const findings = ofRule(prompt, 'conflict');
    expect(findings).toHaveLength(1);
    expect(flagged(prompt, findings[0]!)).toBe('hard shadows');
  });

  test('overcast with soft shadows, or hard shadows in sun, is fine', () => {
    expect(ofRule('overcast sky, soft shadows', 'conflict')).toEqual([]);
    expect(ofRule('harsh direct midday sun, hard shadows', 'conflict')).toEqual([]);
  });
});

describe('too-long', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'cat').join(' ');

  test('an estimate over FLUX.1 [schnell]\'s 256 tokens is a warning that says it is an estimate', () => {
    const prompt = words(300); // one estimated token per "cat"
    const findings = lintPrompt(prompt, { model: 'flux1-schnell' }).filter((f) => f.rule === 'too-long');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toMatch(/estimate/);
    expect(findings[0]!.message).toContain('256');
    // One token per "cat": the cut falls at the 257th word.
    expect(findings[0]!.start).toBe(256 * 4);
    expect(findings[0]!.end).toBe(prompt.length);
  });

  test('the same prompt fits FLUX.1 [dev]\'s 512', () => {
    expect(lintPrompt(words(300), { model: 'flux1-dev' }).filter((f) => f.rule === 'too-long')).toEqual([]);
  });

  test('an exact count passed in decides, and is an error', () => {
    const prompt = 'a short prompt';
    const exact = { count: 600, limit: 512, exact: true, method: 'test', encoder: 'qwen3' as const, cutAt: 2 };
    const [finding] = lintPrompt(prompt, { model: 'flux2-klein-4b', tokenCount: exact }).filter((f) => f.rule === 'too-long');
    expect(finding).toMatchObject({ severity: 'error', start: 2, end: prompt.length });
    expect(finding!.message).toContain('600 tokens');
    expect(finding!.message).not.toMatch(/estimate/);
  });

  test('no finding for a model with no published limit', () => {
    expect(lintPrompt(words(5000), { model: 'flux1-pro' }).filter((f) => f.rule === 'too-long')).toEqual([]);
  });

  test('the estimate for [klein] includes the chat template', () => {
    expect(countTokens('cat', 'flux2-klein-4b').count - countTokens('cat', 'flux1-dev').count).toBe(12);
  });
});

describe('missing-pillar', () => {
  test('a bare subject gets an info finding per missing pillar, with a fragment to start from', () => {
    const prompt = 'a portrait of a fisherman';
    const findings = ofRule(prompt, 'missing-pillar');
    expect(findings.map((f) => f.fragmentId?.split('.')[0]).sort()).toEqual(['color', 'lens', 'light', 'material', 'skin']);
    for (const finding of findings) {
      expect(finding.severity).toBe('info');
      expect(finding.suggestion).toBe(`, ${getFragment(finding.fragmentId!).text}`);
    }
  });

  test('skin is only asked for when there is a person', () => {
    expect(ofRule('a teapot on a shelf', 'missing-pillar').map((f) => f.fragmentId)).not.toContain('skin.natural-texture');
  });

  test('a prompt that covers every pillar gets none', () => {
    const prompt =
      'portrait of a woman, natural skin texture, soft window light from the right, linen shirt, shot on Fujifilm X-T5, 35mm f/1.4, muted colours';
    expect(ofRule(prompt, 'missing-pillar')).toEqual([]);
  });

  test('applying the suggestion appends the fragment', () => {
    const prompt = 'a teapot on a shelf';
    const light = ofRule(prompt, 'missing-pillar').find((f) => f.fragmentId?.startsWith('light.'))!;
    expect(applySuggestion(prompt, light)).toBe(`a teapot on a shelf, ${getFragment(light.fragmentId!).text}`);
  });
});

describe('lintPrompt as a whole', () => {
  test('an empty or blank prompt has no findings', () => {
    expect(lint('')).toEqual([]);
    expect(lint('   \n ')).toEqual([]);
  });

  test('findings come in text order with ranges inside the prompt', () => {
    const prompt = 'no people, (fog:1.2), nice lighting, overcast, hard shadows';
    const findings = lint(prompt);
    expect(findings.map((f) => f.rule).slice(0, 4)).toEqual(['negative-phrasing', 'unsupported-syntax', 'vague-term', 'conflict']);
    for (const f of findings) {
      expect(0 <= f.start && f.start <= f.end && f.end <= prompt.length).toBe(true);
    }
  });

  test('emoji, right-to-left text and HTML do not throw and keep ranges on the real text', () => {
    const prompt = '😀 שלום <img src=x onerror=alert(1)>, no people 🌧️';
    const [finding] = ofRule(prompt, 'negative-phrasing');
    expect(flagged(prompt, finding!)).toBe('no people');
  });
});
