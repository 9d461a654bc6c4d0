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
  it('windows columns the same way: 100 directives of 140 px in a 1,200 px box render a screenful', () => {
    const first = windowRange(0, 1200, 140, 100, 3);
    expect(first).toEqual({ start: 0, end: 12 });
    // Scrolled to the 50th column: the columns either side of it, never all 100.
    const middle = windowRange(50 * 140, 1200, 140, 100, 3);
    expect(middle.start).toBe(47);
    expect(middle.end).toBe(62);
    expect(middle.end - middle.start).toBeLessThan(20);
    expect(windowRange(1e6, 1200, 140, 100, 3).end).toBe(100);
  });
});
