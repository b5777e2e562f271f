import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonLiteral, pythonString, javascriptJson } from '../../src/lib/run/literals';
import { runPython, tempDir, writeFile } from './run-fixtures';

/** Any text at all, including control characters, line separators and lone surrogates. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ maxLength: 60 }));

describe('source-code literals', () => {
  it('Python reads every string literal back as the same text (one python3 run for a batch of 300)', () => {
    const texts = fc.sample(anyText, { numRuns: 300, seed: 20261130 });
    texts.push('', '\u0000', '\ud800', 'a\udfffb', '\u2028\u2029', '"""', "'''", '\\', '\r\n');
    const dir = tempDir('literals');
    const script = writeFile(dir, 'read.py', `import json\ntexts = [\n${texts.map((t) => `    ${pythonString(t)},`).join('\n')}\n]\nprint(json.dumps(texts))\n`);
    const read = JSON.parse(runPython(script, { PYTHONIOENCODING: 'utf-8' })) as string[];
    expect(read).toEqual(texts);
  });

  it('Python reads a dict literal back as the same JSON value', () => {
    const value = { prompt: 'a "quoted" \\ line\nbreak 🙂', width: 1024, guidance: 4.5, raw: true };
    const script = writeFile(tempDir('literals'), 'dict.py', `import json\nprint(json.dumps(${pythonLiteral(value)}))\n`);
    expect(JSON.parse(runPython(script))).toEqual(value);
  });

  it('JavaScript reads the JSON it is given back as the same text', () => {
    fc.assert(fc.property(anyText, (text) => new Function(`return ${javascriptJson({ text })};`)().text === text));
  });
});
