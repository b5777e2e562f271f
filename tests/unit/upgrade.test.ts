import { describe, expect, test } from 'vitest';
import { applyUpgrade, getFragment, lintPrompt, subjectKinds, upgradeNotices, upgradePrompt, type SubjectKind } from '../../src/lib';

const model = 'flux2-klein-9b' as const;
const upgrade = (prompt: string) => upgradePrompt(prompt, { model });
const addedPillars = (prompt: string) =>
  upgrade(prompt)
    .suggestions.filter((s) => s.kind === 'add')
    .map((s) => s.pillar)
    .sort();

/** [prompt, the subject it is, the pillars the upgrade adds a fragment for (sorted; a shutter speed is the camera pillar)]. */
const table: [string, SubjectKind, string[]][] = [
  // portrait
  ['a woman in a cafe, beautiful, 8k, masterpiece, (detailed skin:1.3), no blur', 'portrait', ['color', 'lens', 'light']],
  ['portrait of an old fisherman', 'portrait', ['color', 'lens', 'light', 'skin']],
  ['headshot of a nurse, soft window light from the left', 'portrait', ['color', 'lens', 'skin']],
  ['a man reading at night in his living room', 'portrait', ['lens', 'light', 'skin']],
  ['close-up portrait of a woman, 85mm f/1.4', 'portrait', ['color', 'light', 'skin']],
  ['a bride at golden hour, shallow depth of field', 'portrait', ['skin']],
  // group
  ['a family of four having a picnic in a park', 'group', ['color', 'lens', 'light', 'skin']],
  ['two friends laughing on a beach', 'group', ['color', 'lens', 'light', 'skin']],
  ['a couple dancing in a kitchen', 'group', ['color', 'lens', 'light', 'skin']],
  ['a team of workers on a construction site at midday', 'group', ['color', 'lens', 'skin']],
  // product
  ['product shot of a perfume bottle', 'product', ['color', 'lens', 'light', 'material']],
  ['a leather wallet on a wooden table', 'product', ['color', 'lens', 'light']],
  ['a luxury wristwatch, studio lighting', 'product', ['color', 'lens']],
  ['white sneakers on a concrete floor, high quality', 'product', ['color', 'lens', 'light']],
  // food
  ['a bowl of ramen', 'food', ['color', 'lens', 'light', 'material']],
  ['food photography of a chocolate cake', 'food', ['color', 'lens', 'light', 'material']],
  ['fresh croissants on a marble counter at dawn', 'food', ['lens']],
  ['a cappuccino with latte art, vibrant colors', 'food', ['lens', 'light', 'material']],
  // landscape
  ['a mountain lake at dawn', 'landscape', ['lens', 'material']],
  ['a foggy forest', 'landscape', ['color', 'lens', 'light']],
  ['a desert landscape under an overcast sky', 'landscape', ['color', 'lens']],
  ['rolling hills in the countryside', 'landscape', ['color', 'lens', 'light']],
  ['a starry night sky over a lake', 'landscape', ['lens']],
  ['a beach, no people', 'landscape', ['color', 'lens', 'light']],
  // street
  ['a rainy street at night', 'street', ['lens']],
  ['street photography in Tokyo', 'street', ['color', 'lens', 'light']],
  ['a busy market street with people', 'street', ['color', 'lens', 'light']],
  ['a neon-lit alley at night', 'street', ['lens']],
  // architecture
  ['a brutalist concrete building', 'architecture', ['color', 'lens', 'light']],
  ['a gothic cathedral facade', 'architecture', ['color', 'lens', 'light', 'material']],
  ['a glass skyscraper at blue hour', 'architecture', ['lens']],
  ['a lighthouse on a cliff', 'architecture', ['color', 'lens', 'light']],
  // interior
  ['a cozy living room', 'interior', ['color', 'lens', 'light', 'material']],
  ['a minimalist kitchen interior with marble countertops', 'interior', ['color', 'lens', 'light']],
  ['an empty library at night', 'interior', ['lens', 'light', 'material']],
  ['a hotel lobby', 'interior', ['color', 'lens', 'light', 'material']],
  // animal
  ['a tabby cat sleeping on a windowsill', 'animal', ['color', 'lens', 'light']],
  ['a red fox in a snowy forest', 'animal', ['color', 'lens', 'light']],
  ['an eagle in flight', 'animal', ['camera', 'color', 'lens', 'light']],
  ['a golden retriever puppy in the grass', 'animal', ['color', 'lens', 'light']],
  // macro
  ['macro shot of a dewdrop on a leaf', 'macro', ['color', 'light']],
  ['extreme close-up of a bee on a flower', 'macro', ['color', 'light']],
  ['macro photo of the texture of a moth wing', 'macro', ['color', 'light']],
  // other
  // vehicle
  ['a red vintage car', 'vehicle', ['color', 'lens', 'light']],
  ['an abstract sculpture', 'other', ['color', 'lens']],
  ['東京の夜の街', 'other', []],
];

describe('upgradePrompt: subject and pillars, prompt by prompt', () => {
  test('the table covers every subject kind with at least 40 prompts', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
    expect(new Set(table.map(([, subject]) => subject))).toEqual(new Set(subjectKinds));
  });

  test.each(table)('%j is %s and gets %j', (prompt, subject, pillars) => {
    const result = upgrade(prompt);
    expect(result.subject).toBe(subject);
    expect(addedPillars(prompt)).toEqual(pillars);
    // Every table prompt ends lint-clean and keeps the reader's words first.
    expect(lintPrompt(result.upgraded, { model }).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('what suits the picture', () => {
  const added = (prompt: string) => upgrade(prompt).suggestions.filter((s) => s.kind === 'add').map((s) => s.fragmentId);

  test('a portrait gets skin, a light set-up and a portrait lens', () => {
    expect(added('portrait of an old fisherman')).toEqual(
      expect.arrayContaining(['skin.natural-texture', 'light.window-light-right', 'lens.portrait-85mm-f1-8']),
    );
  });

  test('a product gets a key light, a surface and a macro or telephoto lens', () => {
    expect(added('product shot of a perfume bottle')).toEqual(
      expect.arrayContaining(['light.product-key-upper-left', 'material.marble-veining', 'lens.telephoto-135mm']),
    );
    expect(added('product shot of a diamond ring')).toContain('lens.macro-close-up');
  });

  test('a landscape gets time-of-day light and a wide lens', () => {
    expect(added('rolling hills in the countryside')).toEqual(expect.arrayContaining(['light.golden-hour', 'lens.wide-24mm']));
  });

  test('a night street gets its neon glow, not golden hour', () => {
    const night = added('a quiet street at night');
    expect(night).toContain('light.neon-signs');
    expect(night).not.toContain('light.golden-hour');
  });

  test('a portrait outdoors gets the sky\'s light, indoors a window', () => {
    expect(added('a woman in a park')).toContain('light.golden-hour');
    expect(added('a woman in a kitchen')).toContain('light.window-light-right');
  });

  test('an empty or blank prompt gets a message and nothing else', () => {
    for (const prompt of ['', '   \n\t ']) {
      const result = upgrade(prompt);
      expect(result).toMatchObject({ suggestions: [], upgraded: '', notice: upgradeNotices.empty });
    }
  });

  test('a single word still gets a sensible upgrade', () => {
    const result = upgrade('cat');
    expect(result.subject).toBe('animal');
    expect(result.upgraded.startsWith('cat, ')).toBe(true);
  });

  test('100,000 characters: a message, the prompt unchanged, no suggestion', () => {
    const prompt = 'a cat on a sofa, '.repeat(6000);
    const result = upgrade(prompt);
    expect(result.suggestions).toEqual([]);
    expect(result.upgraded).toBe(prompt);
    expect(result.notice).toBe(upgradeNotices.tooLongInput);
  });

  test('a prompt over the token limit gets its fixes but no additions', () => {
    const prompt = `${'a cat on a sofa in the afternoon '.repeat(90)}, beautiful`;
    const result = upgrade(prompt);
    expect(result.notice).toBe(upgradeNotices.overLimit);
    expect(result.suggestions.every((s) => s.kind === 'fix')).toBe(true);
  });

  test('a prompt in another script gets a message and no English additions', () => {
    const result = upgrade('東京の夜の街');
    expect(result.notice).toBe(upgradeNotices.notLatin);
    expect(result.upgraded).toBe('東京の夜の街');
  });

  test('markup is text: kept as the reader wrote it, never interpreted', () => {
    const prompt = '<img src=x onerror=alert(1)> a teapot';
    const result = upgrade(prompt);
    expect(result.upgraded.startsWith('<img src=x onerror=alert(1)> a teapot')).toBe(true);
  });

  test('applyUpgrade with a subset drops exactly those pieces', () => {
    const prompt = 'a woman in a cafe, beautiful, 8k, masterpiece, (detailed skin:1.3), no blur';
    const result = upgrade(prompt);
    const lens = result.suggestions.find((s) => s.fragmentId === 'lens.portrait-85mm-f1-8')!;
    const without = applyUpgrade(prompt, result.suggestions.filter((s) => s !== lens));
    expect(without).not.toContain(getFragment('lens.portrait-85mm-f1-8').text);
    expect(result.upgraded).toContain(getFragment('lens.portrait-85mm-f1-8').text);
    expect(applyUpgrade(prompt, result.suggestions)).toBe(result.upgraded);
    // With nothing applied, the prompt comes back as it was (separators tidied).
    expect(applyUpgrade(prompt, [])).toBe(prompt);
  });

  test('the issue\'s example: the praise goes, the weight keeps its idea, the negative turns positive', () => {
    const result = upgrade('a woman in a cafe, beautiful, 8k, masterpiece, (detailed skin:1.3), no blur');
    expect(result.upgraded).toMatch(/^a woman in a cafe, /);
    expect(result.upgraded).not.toMatch(/beautiful|8k|masterpiece|\(|no blur/);
    expect(result.upgraded).toContain(getFragment('skin.natural-texture').text);
    for (const s of result.suggestions) expect(s.why.length).toBeGreaterThan(10);
  });
});
