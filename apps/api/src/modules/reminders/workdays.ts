/**
 * The working-day calendar: Monday to Friday, less the days off in the holiday table, plus the
 * weekend days it makes working days (announced swaps). Pure: built from the holiday rows alone.
 *
 * Answers in constant time from a running count of working days over 2000–2149, so the reminder
 * pass can ask about 30,000 deadlines without walking the calendar day by day. Dates outside that
 * range count as its first or last day: no deadline of this application lies there.
 */

export type CalendarEntry = { date: string; kind: 'off' | 'work' };

export type WorkCalendar = {
  isWorkingDay: (date: string) => boolean;
  /**
   * n > 0: the n-th working day after `date`; n < 0: the |n|-th working day before it;
   * 0: `date` itself, working or not.
   */
  addWorkingDays: (date: string, n: number) => string;
  /**
   * Working days in (from, to] when to ≥ from, else minus those in (to, from]: a deadline's
   * "days left" is workingDaysBetween(today, deadline), its "days overdue" workingDaysBetween(deadline, today).
   */
  workingDaysBetween: (from: string, to: string) => number;
  /** How many working days up to and including `date`; differences of ordinals count working days. */
  ordinal: (date: string) => number;
  /** The working day with this ordinal. */
  dayOfOrdinal: (n: number) => string;
};

const DAY_MS = 86_400_000;
const FIRST = dayNumber('2000-01-01');
const LAST = dayNumber('2149-12-31');

export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOf(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day after (n = 1) or before (n = -1) a date. */
export function addDays(date: string, n: number): string {
  return dateOf(dayNumber(date) + n);
}

export function isWeekend(date: string): boolean {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6;
}

export function workCalendar(entries: Iterable<CalendarEntry>): WorkCalendar {
  const size = LAST - FIRST + 1;
  const working = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) {
    // 2000-01-01 was a Saturday: weekday index 6.
    const wd = (i + 6) % 7;
    working[i] = wd === 0 || wd === 6 ? 0 : 1;
  }
  for (const e of entries) {
    const i = dayNumber(e.date) - FIRST;
    if (i >= 0 && i < size) working[i] = e.kind === 'work' ? 1 : 0;
  }
  // count[i]: working days in [FIRST, FIRST + i].
  const count = new Int32Array(size);
  let running = 0;
  for (let i = 0; i < size; i += 1) {
    running += working[i] as number;
    count[i] = running;
  }

  const index = (date: string) => Math.min(size - 1, Math.max(0, dayNumber(date) - FIRST));
  const ordinal = (date: string) => count[index(date)] as number;
  const dayOfOrdinal = (n: number) => {
    // The first index whose running count reaches n is that working day.
    let lo = 0;
    let hi = size - 1;
    if (n <= (count[0] as number)) return dateOf(FIRST);
    if (n > (count[hi] as number)) return dateOf(LAST);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((count[mid] as number) >= n) hi = mid;
      else lo = mid + 1;
    }
    return dateOf(FIRST + lo);
  };

  return {
    isWorkingDay: (date) => working[index(date)] === 1,
    ordinal,
    dayOfOrdinal,
    workingDaysBetween: (from, to) => ordinal(to) - ordinal(from),
    addWorkingDays: (date, n) => {
      if (n === 0) return date;
      if (n > 0) return dayOfOrdinal(ordinal(date) + n);
      // Working days strictly before `date`, then step back.
      return dayOfOrdinal(ordinal(addDays(date, -1)) + n + 1);
    },
  };
}
