/**
 * Things people refuse in a prompt ("no people", "without glasses", "no blur"): one word each,
 * lower case. The reading uses them to see where a negation ends ("no blur black and white"
 * refuses the blur, not the black and white); the checker offers each its positive replacement.
 */
export const refusedThings = {
  people: /^(people|person|persons|humans?|crowds?|pedestrians|tourists|one|anyone|figures?)$/,
  blur: /^(blurr?y?|blurred|blurriness|out-of-focus)$/,
  glasses: /^(glasses|eyeglasses|sunglasses|spectacles)$/,
  text: /^(text|words|letters|lettering|watermarks?|logos?|signatures?|writing|captions?)$/,
  retouching: /^(makeup|make-up|airbrushing|smoothing|filters?)$/,
  noise: /^(noise|grain|noisy|grainy)$/,
  clouds: /^(clouds?|cloudy)$/,
  traffic: /^(cars?|traffic|vehicles?)$/,
} as const;

export type RefusedThing = keyof typeof refusedThings;

/** The refused thing a single word names, if any. */
export function refusedThingOf(word: string): RefusedThing | undefined {
  const lower = word.toLowerCase();
  return (Object.keys(refusedThings) as RefusedThing[]).find((thing) => refusedThings[thing].test(lower));
}
