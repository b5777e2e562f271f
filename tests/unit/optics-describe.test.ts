import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apertureStops,
  composePrompt,
  defaultLensState,
  describeLens,
  getFragment,
  lensPresets,
  type LensPreset,
  type LensSettings,
} from '../../src/lib';

const portrait: LensSettings = { focalLengthMm: 85, fNumber: 1.8, subjectDistanceM: 2, sensor: 'full-frame', focus: 'eyes' };
const preset = (id: LensPreset['id']) => lensPresets.find((p) => p.id === id)!.state;

describe('describeLens: every preset’s fragment', () => {
  it('covers the six presets the issue names', () => {
    expect(lensPresets.map((p) => p.id)).toEqual(['portrait', 'environmental', 'street', 'landscape', 'product', 'macro']);
  });

  it('portrait, 85 mm f/1.8 at 2 m: the seed article’s phrase, exactly the catalogue fragment', () => {
    const { text, warnings } = describeLens(preset('portrait'));
    expect(text).toBe('85mm f/1.8, focus on eyes, background soft');
    // The article prints lens.portrait-85mm-f1-8; the tool must produce the same words.
    expect(text).toBe(getFragment('lens.portrait-85mm-f1-8').text);
    expect(warnings).toEqual([]);
  });

  it('environmental, 35 mm f/2.8 at 3 m: the background stays readable', () => {
    expect(describeLens(preset('environmental'))).toEqual({
      text: '35mm f/2.8, focus on the face, background slightly soft',
      warnings: [],
    });
  });

  it('street, 28 mm f/8 at 3 m: the wide-angle variant with a sharp background', () => {
    expect(describeLens(preset('street'))).toEqual({
      text: '28mm wide-angle lens, f/8, focus on the face, background sharp',
      warnings: [],
    });
  });

  it('landscape, 24 mm f/11 at 2 m: the two catalogue fragments for wide and deep focus, joined', () => {
    const { text, warnings } = describeLens(preset('landscape'));
    expect(text).toBe('24mm wide-angle lens, f/11, everything in sharp focus');
    expect(text).toBe(composePrompt(['lens.wide-24mm', 'lens.deep-focus-f11']));
    expect(warnings).toEqual([]);
  });

  it('product, 100 mm f/8 at 0.5 m: names a macro lens (quarter life size)', () => {
    expect(describeLens(preset('product'))).toEqual({
      text: '100mm macro lens, f/8, focus on the product, background soft',
      warnings: [],
    });
  });

  it('macro 1:1, 100 mm f/11 at 0.2 m: says life size', () => {
    expect(describeLens(preset('macro'))).toEqual({
      text: '100mm macro lens, 1:1 magnification, f/11, focus on the product, background soft',
      warnings: [],
    });
  });

  it('uses the portrait preset as the default state', () => {
    expect(describeLens(defaultLensState).text).toBe(getFragment('lens.portrait-85mm-f1-8').text);
  });
});

describe('describeLens: variants', () => {
  it('calls 24 mm wide on full frame but not on APS-C, where it frames like 36 mm', () => {
    const wide = { ...portrait, focalLengthMm: 24, fNumber: 2.8 };
    expect(describeLens(wide).text).toMatch(/^24mm wide-angle lens, f\/2\.8/);
    expect(describeLens({ ...wide, sensor: 'aps-c' }).text).toMatch(/^24mm f\/2\.8/);
  });

  it('writes the focus words for each target', () => {
    expect(describeLens({ ...portrait, focus: 'face' }).text).toContain('focus on the face');
    expect(describeLens({ ...portrait, focus: 'product' }).text).toContain('focus on the product');
    expect(describeLens({ ...portrait, focus: 'landscape' }).text).not.toContain('focus on');
  });

  it('writes f-numbers as lenses are marked', () => {
    expect(describeLens({ ...portrait, fNumber: 0.95 }).text).toMatch(/^85mm f\/0\.95,/);
    expect(describeLens({ ...portrait, fNumber: 16 }).text).toMatch(/^85mm f\/16,/);
  });
});

describe('describeLens: warnings where words would contradict the optics', () => {
  it('warns about "everything in sharp focus" at f/1.4 and 2 m', () => {
    const { warnings } = describeLens({ ...portrait, focalLengthMm: 50, fNumber: 1.4, otherWords: 'Everything in sharp focus' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"everything in sharp focus" contradicts the optics');
    expect(warnings[0]).toContain('f/1.4');
  });

  it('warns about "creamy bokeh" at f/16', () => {
    const { text, warnings } = describeLens({ ...portrait, fNumber: 16, otherWords: 'creamy bokeh, golden hour' });
    expect(text).toBe('85mm f/16, focus on eyes, background slightly soft');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"creamy bokeh" contradicts the optics');
  });

  it('accepts the same words where the optics agree', () => {
    expect(describeLens({ ...portrait, otherWords: 'creamy bokeh' }).warnings).toEqual([]);
    expect(describeLens({ ...preset('landscape'), otherWords: 'everything in sharp focus' }).warnings).toEqual([]);
  });

  it('warns when a landscape is not sharp throughout, and names the hyperfocal distance', () => {
    const { text, warnings } = describeLens({ ...preset('landscape'), fNumber: 1.4 });
    expect(text).not.toContain('everything in sharp focus');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/hyperfocal distance \(13\.7 m\)/);
  });

  it('never says "everything in sharp focus" unless the foreground and background are inside the depth of field', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 14, max: 600 }),
        fc.constantFrom(...apertureStops),
        fc.double({ min: 1.2, max: 500, noNaN: true }),
        (focalLengthMm, fNumber, subjectDistanceM) => {
          const { text } = describeLens({ ...portrait, focalLengthMm, fNumber, subjectDistanceM });
          const f = focalLengthMm;
          const N = fNumber;
          const s = subjectDistanceM * 1000;
          const H = (f * f) / (N * 0.03) + f;
          const near = (s * (H - f)) / (H + s - 2 * f);
          const far = s < H ? (s * (H - f)) / (H - s) : Infinity;
          const deep = near <= s / 2 && far >= 4 * s;
          expect(text.includes('everything in sharp focus')).toBe(deep);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('treats hostile or huge input as plain words, without throwing', () => {
    for (const otherWords of ['<img src=x onerror=alert(1)>', '📷✨ bokeh 🌸', 'عمق الميدان creamy bokeh', 'x'.repeat(100_000), '']) {
      expect(() => describeLens({ ...portrait, fNumber: 16, otherWords })).not.toThrow();
    }
    expect(describeLens({ ...portrait, fNumber: 16, otherWords: '📷✨ bokeh 🌸' }).warnings).toHaveLength(1);
  });
});
