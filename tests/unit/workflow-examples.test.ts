import { describe, expect, it } from 'vitest';
import { experimentNotesTemplate, getFragment, getPromptPair, promptPairs } from '../../src/lib';

/** The workflow chapter's experiment ladder, in the order the chapter shows it. */
const ladder = ['skin.workflow-step-skin', 'scene.workflow-step-environment', 'material.workflow-step-surfaces'] as const;

describe('the workflow experiment ladder', () => {
  it('starts each rung from the prompt the previous rung ended with', () => {
    for (let i = 1; i < ladder.length; i++) {
      expect(getPromptPair(ladder[i]!).before).toBe(getPromptPair(ladder[i - 1]!).afterPrompt);
    }
  });

  it('only adds to the prompt: every rung keeps all the words of the one before', () => {
    for (const id of ladder) {
      const pair = getPromptPair(id);
      expect(pair.afterPrompt.length).toBeGreaterThan(pair.before.length);
      const previousParts = pair.before.split(', ');
      const afterParts = pair.afterPrompt.split(', ');
      for (const part of previousParts) expect(afterParts).toContain(part);
    }
  });

  it('starts from the seed article’s suggestion: a lighting condition, a skin description and a lens', () => {
    const start = getPromptPair(ladder[0]).before;
    expect(start).toContain(getFragment('light.strong-side-left').text);
    expect(start).toContain(getFragment('skin.natural-texture').text);
    expect(start).toContain(getFragment('lens.portrait-85mm-f1-8').text);
  });
});

describe('before/after pairs', () => {
  it('make every "after" prompt different from its "before"', () => {
    for (const pair of promptPairs) expect(pair.afterPrompt, pair.id).not.toBe(pair.before);
  });
});

describe('the experiment notes sheet', () => {
  it('asks about the four things the workflow chapter says to look at', () => {
    for (const thing of ['skin:', 'shadow direction:', 'materials:', 'depth transition:']) {
      expect(experimentNotesTemplate).toContain(thing);
    }
  });

  it('records the conditions that must stay fixed', () => {
    for (const field of ['model:', 'seed:', 'steps / guidance / size:']) expect(experimentNotesTemplate).toContain(field);
  });
});
