import { describe, expect, it } from 'vitest';
import { builderOpeningCheck } from '../../src/lib/builder/opening-check';
import { builderPrompt, defaultBuilderState } from '../../src/lib/builder/state';
import { diffPrompts } from '../../src/lib/diff';
import { diffToolOpening } from '../../src/lib/diff/opening';
import { defaultDiffState } from '../../src/lib/diff/url-state';
import { checkPrompt, resultFor } from '../../src/lib/prompt/check';
import { lintPrompt } from '../../src/lib/prompt/lint';
import { countTokens } from '../../src/lib/prompt/tokens';

/** What a widget receives: Astro serialises island props, so a result must survive JSON unchanged. */
const throughProps = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('checkPrompt', () => {
  it('gives the same count and findings as counting and linting directly', () => {
    const prompt = 'a portrait, no blur, 8k, masterpiece, soft window light from the left';
    const result = checkPrompt(prompt, 'flux1-dev');
    expect(result.prompt).toBe(prompt);
    expect(result.model).toBe('flux1-dev');
    expect(result.tokens).toEqual(countTokens(prompt, 'flux1-dev'));
    expect(result.findings).toEqual(lintPrompt(prompt, { model: 'flux1-dev' }));
    expect(result.findings.map((f) => f.rule)).toContain('negative-phrasing');
  });

  it('is used only for the prompt and model it was made for', () => {
    const result = checkPrompt('soft overcast light', 'flux1-dev');
    expect(resultFor(result, 'soft overcast light', 'flux1-dev')).toBe(result);
    expect(resultFor(result, 'soft overcast light ', 'flux1-dev')).toBeUndefined();
    expect(resultFor(result, 'soft overcast light', 'flux1-schnell')).toBeUndefined();
    expect(resultFor(undefined, 'soft overcast light', 'flux1-dev')).toBeUndefined();
  });
});

describe('results computed at build time for a widget', () => {
  it('the builder gets the check of the prompt it opens with, intact through props', () => {
    const state = defaultBuilderState();
    const opening = throughProps(builderOpeningCheck());
    expect(opening).toStrictEqual(checkPrompt(builderPrompt(state), state.model));
    expect(opening.findings.length).toBeGreaterThan(0);
  });

  it('the diff tool gets the diff and check of the comparison it opens with, intact through props', () => {
    const { before, after, model } = defaultDiffState;
    const opening = throughProps(diffToolOpening());
    expect(opening).toStrictEqual({ before, after, diff: diffPrompts(before, after), check: checkPrompt(after, model) });
    expect(opening.diff.segments.some((s) => s.kind === 'added')).toBe(true);
  });
});
