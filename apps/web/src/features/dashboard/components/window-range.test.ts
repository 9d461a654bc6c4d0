import { describe, expect, it } from 'vitest';
import { windowRange } from './window-range';

describe('windowRange', () => {
  it('renders only the rows in view plus the overscan', () => {
    expect(windowRange(0, 340, 34, 280, 2)).toEqual({ start: 0, end: 12 });
    expect(windowRange(3400, 340, 34, 280, 2)).toEqual({ start: 98, end: 112 });
  });
  it('stops at the ends', () => {
    const past = windowRange(100_000, 340, 34, 280, 5);
    expect(past.end).toBe(280);
    expect(past.start).toBeGreaterThan(250);
    expect(past.start).toBeLessThan(270);
    expect(windowRange(0, 340, 34, 0)).toEqual({ start: 0, end: 0 });
  });
});
