/**
 * The articles hold no copyable prompt outside the library.
 *
 * Reads every .mdx file under src/content/docs and checks:
 * 1. Every inline code span and fenced code block that looks like a prompt is, word for word,
 *    a fragment's text, one side of a before/after pair, a template string, the FLUX.2 JSON
 *    example or one of the "unsupported syntax" examples. "Looks like a prompt" is defined in
 *    `looksLikePrompt` below.
 * 2. No fragment text is retyped in the prose (outside components): none of three or more words
 *    inside quotation marks, none of six or more words anywhere.
 * 3. Every <PromptFragment id>, <FragmentGroup ids> and <BeforeAfter id> names something real.
 * 4. Every guide chapter opens with its one-screen answer, and every pillar's phrases and
 *    templates are two clicks from a chapter: the chapter's <PillarTemplates> links to the
 *    pillar's part of the phrase book and to its templates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/lib';
import { fragments, isFragmentId, pillars, promptPairs, structuredPromptJson, unsupportedSyntaxExamples } from '../../src/lib';

const docsRoot = join(__dirname, '../../src/content/docs');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

const articles = mdxFiles(docsRoot).map((path) => ({ name: relative(docsRoot, path), source: readFileSync(path, 'utf8') }));

/** Every string found anywhere inside a value (templates' shape belongs to another module; read it generically). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Everything the library lets an article show as copyable text. */
const libraryTexts = new Set(
  [
    ...fragments.map((f) => f.text),
    ...promptPairs.flatMap((p) => [p.before, p.afterPrompt]),
    ...unsupportedSyntaxExamples.map((e) => e.syntax),
    structuredPromptJson,
    // Templates arrive from another branch; when `templates` is exported, its strings count too.
    ...stringsIn((lib as Record<string, unknown>).templates),
  ].map(normalise),
);

/** Syntax of other tools: Midjourney flags and `::` weights, Stable Diffusion `(word:1.2)` weights. */
const otherToolSyntax = /--[a-z]+\b|::\s*-?\d|\([^()]*:\s*-?\d+(\.\d+)?\)|\(\([^()]+\)\)/i;

/**
 * A code span or block looks like a prompt when it is written in words rather than code:
 * it holds a comma-separated phrase ("word word, word") or three or more words made of
 * letters, or it uses another tool's prompt syntax. Identifiers, file names, URLs, API
 * parameters (`max_sequence_length`, `raw: true`) and JSON keys are not prompts.
 */
function looksLikePrompt(code: string): boolean {
  const text = code.trim();
  if (otherToolSyntax.test(text)) return true;
  if (/^https?:\/\//.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^[a-z][a-z'’-]*[,.;:]?$/i.test(w));
  if (/[a-z]{2,}\s+[a-z]{2,},\s*[a-z]/i.test(text)) return true;
  return words.length >= 3;
}

/** Removes fenced code blocks, returning the rest of the text and the blocks' contents. */
function splitFences(source: string): { prose: string; blocks: string[] } {
  const blocks: string[] = [];
  const prose = source.replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1\s*$/gm, (_all, _fence, body: string) => {
    blocks.push(body);
    return '';
  });
  return { prose, blocks };
}

const inlineCode = (prose: string) => [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');

/** The prose a reader sees, without frontmatter, imports, JSX tags and code. */
function plainProse(source: string): string {
  const { prose } = splitFences(source);
  return prose
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/`[^`\n]+`/g, ' ');
}

/** Phrases in straight or curly double quotation marks. */
const quotedPhrases = (prose: string) => [...prose.matchAll(/"([^"\n]+)"|“([^”\n]+)”/g)].map((m) => m[1] ?? m[2] ?? '');

/** The ids in every `<FragmentGroup ids={['a', 'b']} />`. */
const groupedFragmentIds = (source: string) =>
  [...source.matchAll(/<FragmentGroup\b[^>]*\bids=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/'([^']+)'/g)].map((q) => q[1] ?? ''));

const attributeValues = (source: string, component: string, attribute: string) =>
  [...source.matchAll(new RegExp(`<${component}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');

describe('looksLikePrompt', () => {
  it('flags prompt phrases and other tools’ syntax', () => {
    expect(looksLikePrompt('soft window light from the right')).toBe(true);
    expect(looksLikePrompt('portrait, blurry background')).toBe(true);
    expect(looksLikePrompt('(freckles:1.3)')).toBe(true);
    expect(looksLikePrompt('--no glasses')).toBe(true);
    expect(looksLikePrompt('freckles::2')).toBe(true);
  });
  it('leaves code that is not a prompt alone', () => {
    expect(looksLikePrompt('max_sequence_length')).toBe(false);
    expect(looksLikePrompt('raw: true')).toBe(false);
    expect(looksLikePrompt('"lens-mm": 85')).toBe(false);
    expect(looksLikePrompt('src/flux/cli.py')).toBe(false);
    expect(looksLikePrompt('color_palette')).toBe(false);
  });
});

describe('articles', () => {
  it('finds the guide', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(articles)('$name', ({ source }) => {
    const { prose, blocks } = splitFences(source);

    it('shows copyable prompt text only from the library', () => {
      const strays = [...inlineCode(prose), ...blocks].filter(looksLikePrompt).filter((code) => !libraryTexts.has(normalise(code)));
      expect(strays).toEqual([]);
    });

    it('does not retype a fragment in the prose', () => {
      const text = normalise(plainProse(source));
      const quoted = quotedPhrases(plainProse(source)).map(normalise);
      const retyped = fragments
        .filter((f) => {
          const words = f.text.split(/\s+/).length;
          const fragmentText = normalise(f.text);
          // Quoted in the prose, as if for copying; or a long phrase retyped without quotes.
          return (words >= 3 && quoted.some((q) => q.includes(fragmentText))) || (words >= 6 && text.includes(fragmentText));
        })
        .map((f) => f.id);
      expect(retyped).toEqual([]);
    });

    it('uses "seed" only for the random seed', () => {
      // The article the guide started from is "PicassoIA's article"; "seed" on this site is the number that picks the noise.
      expect(plainProse(source)).not.toMatch(/\bseed(?:'s|’s)?\s+(?:article|tip|rating|section)s?\b|\bthe seed (?:says|rates|names|suggests|reports)\b/i);
    });

    it('names only real fragments, pillars and pairs', () => {
      for (const id of attributeValues(source, 'PromptFragment', 'id')) expect(isFragmentId(id), id).toBe(true);
      for (const id of groupedFragmentIds(source)) expect(isFragmentId(id), id).toBe(true);
      const pairIds = promptPairs.map((p) => p.id as string);
      for (const id of attributeValues(source, 'BeforeAfter', 'id')) expect(pairIds, id).toContain(id);
    });
  });
});

/** Every pillar page: the issue asks for at least five fragments and one before/after pair on each. */
const finishedPillarPages = [
  'guide/skin.mdx',
  'guide/light.mdx',
  'guide/materials.mdx',
  'guide/depth.mdx',
  'guide/color.mdx',
  'guide/scenes.mdx',
  'guide/macro.mdx',
  'guide/limits.mdx',
];

describe.each(finishedPillarPages)('pillar page %s', (name) => {
  const source = articles.find((a) => a.name === name)?.source ?? '';
  it('shows at least five fragments and one before/after pair', () => {
    expect(new Set([...attributeValues(source, 'PromptFragment', 'id'), ...groupedFragmentIds(source)]).size).toBeGreaterThanOrEqual(5);
    expect(attributeValues(source, 'BeforeAfter', 'id').length).toBeGreaterThanOrEqual(1);
  });
});

describe('chapters', () => {
  const chapters = articles.filter((a) => a.name.startsWith('guide/'));

  it.each(chapters.map((c) => [c.name, c.source] as const))('%s opens with the fix in one screen', (_name, source) => {
    const headings = [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('The fix in one screen');
  });

  it('end, for every pillar, with a link to its phrases and templates', () => {
    const linked = new Set(chapters.flatMap(({ source }) => attributeValues(source, 'PillarTemplates', 'pillar')));
    const pillarsWithPhrases = pillars.filter((pillar) => fragments.some((f) => f.pillar === pillar));
    expect([...linked].sort()).toEqual([...pillarsWithPhrases].sort());
  });
});
