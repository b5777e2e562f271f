/**
 * A notes sheet for side-by-side experiments (the workflow chapter). It holds no prompt text of its
 * own: the reader pastes the prompt they ran, so the sheet stays valid for any model or prompt.
 */
export const experimentNotesTemplate = `experiment: (what you are testing, in one line)
date:
model: (name and version, e.g. FLUX.2 [klein] 4B)
seed: (the fixed seed)
steps / guidance / size: (unchanged for the whole series)

baseline prompt: (paste the full prompt)

change: (the one phrase added, removed or swapped)
where it went: (front, middle or end of the prompt)

look at:
  skin: (pores, colour variation; kept or smoothed?)
  shadow direction: (does every shadow agree with the stated light?)
  materials: (grain, weave, reflections; resolved or smeared?)
  depth transition: (gradual, or a hard cut-out edge?)

result: (better / worse / no visible change, and where in the frame)
keep the phrase?: (yes / no / try again with another seed)
`;
