import { describe, expect, it } from 'vitest';
import type { Scorecard } from '@dondoc/schemas';
import { sortCards } from './ranking-sort';

const card = (id: number, name: string, rank: number | null, rate: number | null, open: number): Scorecard => ({
  unit: { id, name, shortName: null, kind: 'commune_radio', districtCode: null, districtName: null },
  rank,
  tasks: { total: 5, onTime: 0, late: 0, overdue: 1, open, notReceived: 0, onTimeRate: rate },
  avgDaysLate: null,
  items: { done: 0, total: 0 },
  reports: { requested: 0, submitted: 0, accepted: 0, awaitingReview: 0, returned: 0, overdue: 0 },
  activities: { total: id, byForm: null },
});

const cards = [card(1, 'Đài xã Bắc Sơn', 2, 0.5, 3), card(2, 'Đài xã Ái Quốc', 1, 0.9, 0), card(3, 'Đài xã Chi Lăng', null, null, 7)];
const ids = (s: Scorecard[]) => s.map((c) => c.unit.id);

describe('the ranking table sorted by a column', () => {
  it('sorts by rank, name (Vietnamese order) and counts, either way', () => {
    expect(ids(sortCards(cards, { key: 'rank', dir: 1 }))).toEqual([2, 1, 3]);
    expect(ids(sortCards(cards, { key: 'unit', dir: 1 }))).toEqual([2, 1, 3]);
    expect(ids(sortCards(cards, { key: 'unit', dir: -1 }))).toEqual([3, 1, 2]);
    expect(ids(sortCards(cards, { key: 'open', dir: -1 }))).toEqual([3, 1, 2]);
    expect(ids(sortCards(cards, { key: 'activities', dir: 1 }))).toEqual([1, 2, 3]);
  });
  it('puts a unit with no rate last whichever the direction', () => {
    expect(ids(sortCards(cards, { key: 'rate', dir: 1 }))).toEqual([1, 2, 3]);
    expect(ids(sortCards(cards, { key: 'rate', dir: -1 }))).toEqual([2, 1, 3]);
  });
});
