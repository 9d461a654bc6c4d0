import { describe, expect, it } from 'vitest';
import { countStates } from './state-chart';

describe('state chart', () => {
  it('counts every state, in the order of the chart, zero included', () => {
    expect(countStates([{ state: 'returned' }, { state: 'not_submitted' }, { state: 'not_submitted' }])).toEqual([
      { state: 'not_submitted', count: 2 },
      { state: 'submitted_on_time', count: 0 },
      { state: 'submitted_late', count: 0 },
      { state: 'returned', count: 1 },
      { state: 'accepted', count: 0 },
    ]);
  });
});
