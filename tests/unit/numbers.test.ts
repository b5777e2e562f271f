import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWholeNumber } from '../../src/lib';

describe('formatWholeNumber', () => {
  it('groups digits in threes with commas', () => {
    expect(formatWholeNumber(0)).toBe('0');
    expect(formatWholeNumber(999)).toBe('999');
    expect(formatWholeNumber(1000)).toBe('1,000');
    expect(formatWholeNumber(5600)).toBe('5,600');
    expect(formatWholeNumber(20_000)).toBe('20,000');
    expect(formatWholeNumber(1_234_567)).toBe('1,234,567');
    expect(formatWholeNumber(-4321)).toBe('-4,321');
  });

  it('rounds to the nearest whole number first', () => {
    expect(formatWholeNumber(1999.6)).toBe('2,000');
    expect(formatWholeNumber(133.7)).toBe('134');
    expect(formatWholeNumber(-0.2)).toBe('0');
  });

  it('passes non-finite values through as text', () => {
    expect(formatWholeNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(formatWholeNumber(Number.NaN)).toBe('NaN');
  });

  it('writes every whole number as en-GB number formatting does', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.double({ min: -1e15, max: 1e15, noNaN: true })), (value) => {
      expect(formatWholeNumber(value)).toBe((Math.round(value) || 0).toLocaleString('en-GB'));
    }));
  });
});
