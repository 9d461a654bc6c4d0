import type { Scorecard } from '@dondoc/schemas';

const collator = new Intl.Collator('vi');

/** What each ranking column sorts by. */
export const rankingValue = {
  rank: (s: Scorecard) => s.rank,
  unit: (s: Scorecard) => s.unit.name,
  rate: (s: Scorecard) => s.tasks.onTimeRate,
  late: (s: Scorecard) => s.avgDaysLate,
  open: (s: Scorecard) => s.tasks.open + s.tasks.overdue,
  returned: (s: Scorecard) => s.reports.returned,
  activities: (s: Scorecard) => s.activities.total,
} satisfies Record<string, (s: Scorecard) => number | string | null>;
export type RankingKey = keyof typeof rankingValue;
export type RankingSort = { key: RankingKey; dir: 1 | -1 };

const rankOf = (s: Scorecard) => s.rank ?? Number.MAX_SAFE_INTEGER;

/** Sorted by a column; values that are not there (no rate, no rank) go last either way, ties by rank. */
export function sortCards(cards: readonly Scorecard[], sort: RankingSort): Scorecard[] {
  const value: (s: Scorecard) => number | string | null = rankingValue[sort.key];
  return [...cards].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? rankOf(a) - rankOf(b) : x === null ? 1 : -1;
    const d = typeof x === 'string' ? collator.compare(x, String(y)) : x - Number(y);
    return d * sort.dir || rankOf(a) - rankOf(b);
  });
}
