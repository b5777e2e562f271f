import { describe, expect, test } from 'vitest';
import { describePicture, lintPrompt, readPrompt, upgradePrompt, type SubjectKind } from '../../src/lib';

/**
 * Prompts as people post them (forums, prompt-sharing sites, Discord help channels): short and
 * long, tidy and messy, clean and self-contradictory, every kind of subject. Each row says what
 * a photographer reads in it: the kind of picture, the contradictions (both phrases quoted), and
 * what an upgrade may and may not add.
 */
interface Row {
  prompt: string;
  subject?: SubjectKind;
  /** Each contradiction as the two phrases its message must quote; [] means none. */
  conflicts: [string, string][];
  /** Words the upgrade's additions must include (any one phrase of each list). */
  adds?: string[][];
  /** Words no addition may contain. */
  never?: string[];
}

const rows: Row[] = [
  // The contradictions in plain words
  { prompt: 'portrait of a woman, shallow depth of field, everything in focus', conflicts: [['shallow depth of field', 'everything in focus']] },
  { prompt: 'photo of a man, golden hour, overcast sky', conflicts: [['golden hour', 'overcast']] },
  { prompt: 'a woman, 85mm f/1.8, 24mm wide-angle lens', conflicts: [['85mm', '24mm']] },
  { prompt: 'a cat on a sofa at f/16 with creamy bokeh', subject: 'animal', conflicts: [['f/16', 'bokeh']] },
  // Plain-word contradictions of every kind
  { prompt: 'street portrait, f/1.4 and f/8', conflicts: [['f/1.4', 'f/8']] },
  { prompt: 'a skateboarder mid-air, fast shutter speed, motion blur', conflicts: [['fast shutter speed', 'motion blur']] },
  { prompt: 'a runner at 1/4000s, long exposure', conflicts: [['1/4000s', 'long exposure']] },
  { prompt: 'a lighthouse at sunrise, at midnight', conflicts: [['sunrise', 'midnight']] },
  { prompt: 'a farmer in a field at high noon, long shadows stretching across the wheat', conflicts: [['high noon', 'long shadows']] },
  { prompt: 'milky way over the desert, bright midday sun', conflicts: [['milky way', 'midday']] },
  { prompt: 'old man on a bench, shot on Kodak Portra 400, Canon EOS R5', conflicts: [['Portra 400', 'Canon EOS R5']] },
  { prompt: 'black and white photo of a jazz club, vibrant colors', conflicts: [['black and white', 'vibrant colors']] },
  // The camera's words are not the subject, and a road outside town is part of the land.
  { prompt: 'aerial drone shot of a winding road through autumn forest', subject: 'landscape', conflicts: [], never: ['marble', 'telephoto', 'studio', 'single light source'] },
  { prompt: 'a DJI drone on a white table, product shot', subject: 'product', conflicts: [] },
  { prompt: 'a country road through rolling hills at dusk', subject: 'landscape', conflicts: [] },
  { prompt: 'snowboarder in mid air, blue sky, fisheye', subject: 'portrait', conflicts: [], adds: [['1/2000', 'frozen']] },
  // People are named by their trade, in the plural too; a boxing ring is not jewellery.
  { prompt: 'two boxers in the ring, sweat flying, 1/1000, arena lights', subject: 'group', conflicts: [], never: ['macro', 'marble'] },
  { prompt: 'a mechanic under a car in a garage, oil stains, work light', subject: 'portrait', conflicts: [] },
  { prompt: 'three firefighters resting after a fire', subject: 'group', conflicts: [] },
  { prompt: 'a diamond ring on a velvet cushion', subject: 'product', conflicts: [] },
  { prompt: 'studio portrait of a dancer, sharp background, creamy bokeh, 85mm', conflicts: [['sharp background', 'bokeh']] },
  { prompt: 'high key portrait of a girl, low key lighting', conflicts: [['high key', 'low key']] },
  { prompt: 'a reading nook lit by a warm tungsten lamp at 6500K', conflicts: [['tungsten', '6500K']] },
  { prompt: 'candlelit dinner for two, 3000K, 35mm f/1.4', conflicts: [] },
  { prompt: 'a low-key portrait of a boxer, black background, single hard light', conflicts: [] },
  { prompt: 'polaroid photo of a picnic, shot on a Hasselblad digital back', conflicts: [['polaroid', 'digital back']] },
  { prompt: 'a candid snapshot of a model striking a pose on the pier', conflicts: [['candid', 'striking a pose']] },
  // Firelight, candlelight and bulbs colour the picture themselves: no neutral grade to fight them.
  { prompt: 'an old woman knitting by the fireplace', subject: 'portrait', conflicts: [], never: ['neutral', 'true-to-life', 'window'] },
  { prompt: 'a man reading by candlelight in a stone cottage', subject: 'portrait', conflicts: [], never: ['neutral', 'true-to-life', 'window'] },
  // Two people named together are two; a named surface is not covered with another.
  { prompt: 'a grandfather and grandson fishing on a dock at sunset', subject: 'group', conflicts: [] },
  { prompt: 'a chef with her apprentice plating dessert', subject: 'group', conflicts: [] },
  { prompt: 'a woman with her dog in the park', subject: 'portrait', conflicts: [] },
  { prompt: 'a plate of sushi on a slate board', subject: 'food', conflicts: [], never: ['wood', 'marble'] },
  { prompt: 'a perfume bottle on black glass, rim light', subject: 'product', conflicts: [], never: ['marble', 'wood'] },
  { prompt: 'sepia toned photo of a farmhouse in full colour', conflicts: [['sepia toned', 'full colour']] },
  { prompt: 'a man in a black and white striped shirt, colour photo', conflicts: [] },
  { prompt: 'a dancer, slow shutter 1/15 s, motion trails of her dress, flash freezes her face', conflicts: [] },
  { prompt: 'a woman at the beach, sun behind her, fill flash, 1/200 s', conflicts: [] },
  // The small hours are night, a club is a club, and a headlamp is the light.
  { prompt: 'a man walking home at 3am', conflicts: [], never: ['window', 'golden'] },
  { prompt: 'a rock band playing in a packed club', conflicts: [], never: ['window', 'golden'] },
  { prompt: 'a woman in a tent at night, headlamp', conflicts: [], never: ['window', 'practical lamps'] },
  // A negation refuses the first thing it names, not what follows it without a comma.
  { prompt: 'a woman in a cafe vibrant colors no blur black and white', conflicts: [['black and white', 'vibrant colors']] },
  { prompt: 'portrait of a man without glasses black and white, vibrant colors', conflicts: [['black and white', 'vibrant colors']] },
  { prompt: 'close-up of a chef plating food, wide shot', conflicts: [['close-up', 'wide shot']] },
  { prompt: 'low angle shot of a skyscraper, bird’s-eye view', conflicts: [['low angle', 'bird’s-eye view']] },
  { prompt: 'headphones on a white background, with a busy city street background', conflicts: [['white background', 'city street background']] },
  { prompt: 'candid photo of a grandmother knitting, posing for the camera', conflicts: [['candid', 'posing']] },
  { prompt: 'a clean ISO 100 file, heavy grain', conflicts: [['ISO 100', 'heavy grain']] },
  { prompt: 'a snowy winter street in summer', conflicts: [['winter', 'summer']] },
  { prompt: 'a sunny beach under an overcast sky', conflicts: [['sunny', 'overcast']] },
  { prompt: 'a city street at night lit by bright sunlight', conflicts: [['night', 'sunlight']] },
  { prompt: 'rembrandt lighting, split lighting, portrait of an actor', conflicts: [['rembrandt lighting', 'split lighting']] },
  { prompt: 'woman reading, key light from the left, soft key light from the right', conflicts: [['left', 'right']] },
  // What photographers write: no false alarms
  { prompt: 'a surfer at golden hour, rim light from the low sun, white reflector fill from the right', conflicts: [] },
  { prompt: 'a couple at the dinner table, warm tungsten ambient with a bounced flash, 35mm f/2', conflicts: [] },
  { prompt: 'panning shot at 1/30 s of a cyclist, sharp rider, streaked background', conflicts: [] },
  { prompt: 'a bee on lavender, 100mm macro lens at f/8, backlit by a low sun', conflicts: [] },
  { prompt: 'a trapper in a log cabin at night, ISO 3200, visible grain, lit by an oil lamp', conflicts: [] },
  { prompt: 'a bride in a black and white dress, shot on Leica M6 with Portra 400', conflicts: [] },
  { prompt: 'a woman without glasses at night in a diner, neon sign outside the window', conflicts: [] },
  { prompt: 'Canon EOS R5, 85mm f/1.2, shallow depth of field, creamy bokeh, golden hour backlight', conflicts: [] },
  { prompt: 'landscape at f/11, everything in focus from the rocks to the peaks, 16mm', conflicts: [] },
  { prompt: 'a dog at the dog’s eye level, 200mm telephoto at f/4', conflicts: [] },
  { prompt: 'dusk in the city, blue hour, street lamps turning on', conflicts: [] },
  { prompt: 'mixed lighting: daylight from the window and a warm tungsten lamp on the desk', conflicts: [] },
  { prompt: 'a chef in a kitchen, not posed, caught mid-laugh, 35mm', conflicts: [] },
  { prompt: 'overcast morning, soft light, a fisherman mending nets, 50mm f/2.8', conflicts: [] },
  { prompt: '24-70mm zoom at 35mm, a wedding party on the church steps', conflicts: [] },
  { prompt: 'shot on 35mm film, kodak gold 200, a kid on a bike in the suburbs, summer afternoon', conflicts: [] },
  // Upgrades that fit the place, the time and the subject
  { prompt: 'a selfie of two teenage girls at a concert', conflicts: [], adds: [['stage lights']], never: ['window'] },
  { prompt: 'a bride and groom dancing at their wedding reception', conflicts: [], adds: [['tungsten', 'flash']], never: ['window', '85mm', 'focus on eyes'] },
  { prompt: 'product photo of wireless earbuds on a white background', subject: 'product', conflicts: [], never: ['marble', 'compression'] },
  { prompt: 'a red sports car drifting on a mountain road, motion blur', subject: 'vehicle', conflicts: [], never: ['granite', '24mm'] },
  { prompt: 'a red sports car drifting on a mountain road', subject: 'vehicle', conflicts: [], adds: [['panned']], never: ['granite'] },
  { prompt: 'a golden retriever running on a beach', subject: 'animal', conflicts: [], adds: [['fast shutter'], ['telephoto']] },
  { prompt: 'portrait of a woman, plastic skin, 8k', subject: 'portrait', conflicts: [] },
  { prompt: 'a woman drinking coffee in paris, cinematic, 8k', subject: 'portrait', conflicts: [], never: ['neutral colour grade'] },
  { prompt: 'two kids playing football in the rain at dusk', subject: 'group', conflicts: [], adds: [['fast shutter'], ['wet']], never: ['skin', 'neutral colour grade', 'weave'] },
  { prompt: 'an astronaut floating outside the space station', conflicts: [], never: ['weave', 'window', 'golden hour', 'skin'] },
  { prompt: 'a scuba diver exploring a coral reef underwater', conflicts: [], never: ['window', 'golden hour', 'skin texture'] },
  { prompt: 'a rock band on stage, lead singer screaming into the mic', conflicts: [], never: ['window', 'golden hour'] },
  { prompt: 'people dancing in a nightclub', conflicts: [], never: ['window', 'golden hour'] },
  { prompt: 'a storm over the ocean at night', conflicts: [], never: ['golden hour', 'sunlight'] },
  { prompt: 'a woman in a wool coat on a foggy street', conflicts: [], adds: [['fog']] },
  { prompt: 'a man in a suit and tie, portrait', subject: 'portrait', conflicts: [], adds: [['weave']] },
  { prompt: 'a man in a linen suit, portrait', subject: 'portrait', conflicts: [], never: ['weave'] },
  { prompt: 'portrait of a man', subject: 'portrait', conflicts: [], never: ['weave'] },
  { prompt: 'a bowl of pho on a wooden table, food photography', subject: 'food', conflicts: [] },
  { prompt: 'a horse galloping across a field', subject: 'animal', conflicts: [], adds: [['fast shutter']] },
  { prompt: 'a tabby cat asleep on a windowsill', subject: 'animal', conflicts: [], never: ['fast shutter'] },
  { prompt: 'a jeep parked at a desert campsite', subject: 'vehicle', conflicts: [], never: ['panned', 'fast shutter'] },
  { prompt: 'a gold ring on black velvet, macro', subject: 'macro', conflicts: [] },
  { prompt: 'a brutalist concrete library at blue hour', conflicts: [], never: ['golden hour'] },
  { prompt: 'a cozy bedroom at night with fairy lights', subject: 'interior', conflicts: [], never: ['window'] },
  // Messy, short and long
  { prompt: 'cat', subject: 'animal', conflicts: [] },
  { prompt: 'girl, red dress, rain, neon, night, 35mm, film grain', subject: 'portrait', conflicts: [] },
  {
    prompt:
      'A weathered fisherman in his seventies sits on an overturned crate on the harbour wall, mending a blue net with his bare hands. Late afternoon sun comes in low from the left, raking across the deep lines of his face. Behind him the fishing boats bob in the water, soft and out of focus. Shot on a Nikon Z8 with an 85mm lens at f/2, natural colours, fine detail in his wool sweater.',
    subject: 'portrait',
    conflicts: [],
  },
  { prompt: 'ultra realistic photo of a woman, masterpiece, best quality, (detailed skin:1.2), hdr, trending on artstation', subject: 'portrait', conflicts: [] },
];

const conflictMessages = (prompt: string) =>
  lintPrompt(prompt, { model: 'flux2-klein-9b' })
    .filter((f) => f.rule === 'conflict')
    .map((f) => f.message);

describe('prompts as people write them', () => {
  test('the table is broad: at least 60 prompts, every kind of picture', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(rows.map((row) => describePicture(row.prompt).subject));
    for (const kind of ['portrait', 'group', 'product', 'food', 'landscape', 'street', 'architecture', 'interior', 'animal', 'vehicle', 'macro'] as const) {
      expect(kinds, kind).toContain(kind);
    }
  });

  test.each(rows)('$prompt', ({ prompt, subject, conflicts, adds = [], never = [] }) => {
    if (subject) expect(describePicture(prompt).subject).toBe(subject);

    const messages = conflictMessages(prompt);
    expect(messages, messages.join('\n')).toHaveLength(conflicts.length);
    for (const [a, b] of conflicts) {
      expect(messages.some((m) => m.toLowerCase().includes(a.toLowerCase()) && m.toLowerCase().includes(b.toLowerCase())), `${a} / ${b}: ${messages.join('\n')}`).toBe(true);
    }

    const result = upgradePrompt(prompt, { model: 'flux2-klein-9b' });
    const added = result.suggestions.filter((s) => s.kind === 'add').map((s) => s.text.toLowerCase());
    for (const any of adds) expect(added.some((text) => any.some((word) => text.includes(word))), `${any.join('/')} in ${added.join(' | ')}`).toBe(true);
    for (const word of never) expect(added.filter((text) => text.includes(word)), word).toEqual([]);
    // What the upgrade writes passes its own checker: nothing but the reader's own contradictions.
    const loud = lintPrompt(result.upgraded, { model: 'flux2-klein-9b' }).filter((f) => f.severity !== 'info');
    expect(loud.filter((f) => f.rule !== 'conflict'), result.upgraded).toEqual([]);
    expect(loud.filter((f) => f.rule === 'conflict').length).toBeLessThanOrEqual(result.conflicts.length);
    // Upgrading the upgrade suggests nothing more.
    if (!result.notice) expect(upgradePrompt(result.upgraded, { model: 'flux2-klein-9b' }).suggestions, result.upgraded).toEqual([]);
    // A five-word prompt gets at most one missing-pillar finding, and the upgrade leaves none.
    expect(lintPrompt(prompt, { model: 'flux2-klein-9b' }).filter((f) => f.rule === 'missing-pillar').length).toBeLessThanOrEqual(1);
    if (result.conflicts.length === 0 && !result.notice) {
      expect(lintPrompt(result.upgraded, { model: 'flux2-klein-9b' }).filter((f) => f.rule === 'missing-pillar'), result.upgraded).toEqual([]);
    }
  });
});

describe('the issue’s upgrades, word by word', () => {
  const upgraded = (prompt: string) => upgradePrompt(prompt, { model: 'flux2-klein-9b' }).upgraded;

  test('a named problem becomes its fix, whole phrase and all', () => {
    expect(upgraded('portrait of a woman, plastic skin, 8k')).toMatch(/^portrait of a woman, natural skin texture\b/);
    expect(upgraded('a woman with smooth flawless skin')).toMatch(/^a woman with natural skin texture\b/);
    expect(upgraded('portrait, not plastic-looking, realistic skin')).not.toMatch(/(?:^|, )skin,/);
    expect(upgraded('portrait, not plastic-looking, realistic skin')).toMatch(/natural skin texture/);
  });

  test('the café in Paris gets a light, and its cinematic look is not undone', () => {
    const result = upgradePrompt('a woman drinking coffee in paris, cinematic, 8k', { model: 'flux2-klein-9b' });
    expect(result.suggestions.some((s) => s.pillar === 'light')).toBe(true);
    expect(result.upgraded).not.toMatch(/neutral colou?r grade/);
  });

  test('the reader’s own contradiction stays, and is shown', () => {
    const result = upgradePrompt('photo of a man, golden hour, overcast sky', { model: 'flux2-klein-9b' });
    expect(result.upgraded).toContain('golden hour');
    expect(result.upgraded).toContain('overcast sky');
    expect(result.conflicts).toHaveLength(1);
  });
});

describe('bad input', () => {
  test('huge pastes, markup, right-to-left text, emoji and bare numbers never throw', () => {
    const inputs = [
      'a '.repeat(50_000),
      '<script>alert(1)</script> portrait of a woman, <b>85mm</b>',
      'صورة لامرأة في مقهى، إضاءة ذهبية',
      '📸🌅 golden hour 🌊 surfer 🏄',
      '85 1.8 1/200 3200 5600',
      'f/ mm ISO K 1/',
      'retrato de una mujer, luz de ventana, 85mm',
    ];
    for (const input of inputs) {
      expect(() => readPrompt(input)).not.toThrow();
      expect(() => lintPrompt(input, { model: 'flux2-klein-9b' })).not.toThrow();
      expect(() => upgradePrompt(input, { model: 'flux2-klein-9b' })).not.toThrow();
    }
  });

  test('the reading says what it could not read', () => {
    expect(readPrompt('x'.repeat(30_000)).unread[0]).toMatch(/first 20,000 characters/);
    const arabic = lintPrompt('صورة لامرأة في مقهى', { model: 'flux2-klein-9b' });
    expect(arabic.some((f) => /no English words/.test(f.message))).toBe(true);
  });

  test('numbers are words: f/16, 1/4000 s and 2700K are read for what they mean', () => {
    const claims = readPrompt('a dancer at f/16, 1/4000 s, lit at 2700K').claims;
    expect(claims).toContainEqual(expect.objectContaining({ facet: 'depth', value: 'deep', text: 'f/16' }));
    expect(claims).toContainEqual(expect.objectContaining({ facet: 'shutter', value: 'frozen' }));
    expect(claims).toContainEqual(expect.objectContaining({ facet: 'warmth', value: 'warm', number: 2700 }));
  });

  test.each([
    ['shot with a 50-mm lens', { facet: 'focal', number: 50 }],
    ['landscape at f 16, 24mm', { facet: 'depth', value: 'deep', text: 'f 16' }],
    ['shutter 30s, the milky way', { facet: 'shutter', value: 'slow', number: 30 }],
    ['shutter: 2 sec, a waterfall', { facet: 'shutter', value: 'slow', number: 2 }],
  ])('numbers written loosely: %s', (prompt, claim) => {
    expect(readPrompt(prompt).claims).toContainEqual(expect.objectContaining(claim));
  });

  test('a decade is not a shutter speed, nor a zoom one focal length', () => {
    expect(readPrompt('a jazz club in the 30s').claims.filter((c) => c.facet === 'shutter')).toEqual([]);
    expect(readPrompt('a 24-70mm zoom').claims).toContainEqual(expect.objectContaining({ facet: 'focal', value: 'zoom' }));
  });
});
