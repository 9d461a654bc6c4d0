/**
 * Vietnam's public holidays 2020–2030, built in (Labour Code 2012 art. 115 for 2020, Labour Code
 * 2019 art. 112 from 2021). Seeded into the holidays table once; administrators then adjust it to
 * what the Prime Minister / Ministry of Home Affairs announces each year (swaps of a weekday off
 * against a Saturday worked, a different day beside 2/9, …).
 *
 * The rules, so a reader can check a year by hand:
 * - Tết Dương lịch: 1/1.
 * - Tết Nguyên Đán: 5 working days (Monday–Friday) off, counted from the second day before Tết
 *   (29 or 28 of the 12th lunar month) and skipping the weekend inside the break. This is how the
 *   announced breaks for civil servants fell in every year 2020–2026 (e.g. 2021: Wed 10/2 – Tue
 *   16/2, Tết on Fri 12/2; 2024: Thu 8/2 – Wed 14/2, Tết on Sat 10/2; 2025: Mon 27/1 – Fri 31/1;
 *   2026: Mon 16/2 – Fri 20/2), where "the day before Tết through the 4th day" would be one day off
 *   at either end whenever the five days cross a weekend. Dates of Tết by the Vietnamese lunar
 *   calendar (UTC+7): in 2030 Tết is on 2 February, a day before China's.
 * - Giỗ Tổ Hùng Vương: 10/3 lunar.
 * - Ngày Chiến thắng 30/4 and Ngày Quốc tế Lao động 1/5.
 * - Quốc khánh: 2/9; from 2021 also one day beside it. The government picks 1/9 or 3/9 each
 *   year; the built-in choice is the weekday that joins the break to a weekend, as in 2021–2025
 *   (Thu 2/9 → Fri 3/9; Fri → Thu 1/9; Sat → Fri 1/9; Mon → Tue 3/9; Tue → Mon 1/9; Sun → Mon 3/9),
 *   and 1/9 when 2/9 is a Wednesday (neither joins one).
 * - Nghỉ bù: a fixed holiday above that falls on a Saturday or Sunday is made up on the next
 *   working day that is not itself a holiday (art. 112(3); e.g. 1/1/2022 Sat → Mon 3/1; Hùng
 *   Vương 29/4/2023 Sat and 30/4 Sun → Tue 2/5 and Wed 3/5).
 */

/** Tết Nguyên Đán (1st day of the 1st lunar month), Vietnamese lunar calendar. */
export const TET: Readonly<Record<number, string>> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
};

/** Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month). */
export const HUNG_KINGS: Readonly<Record<number, string>> = {
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
};

export const BUILTIN_FROM = 2020;
export const BUILTIN_TO = 2030;
/** Bump when the rules or dates above change, so a database seeded by an older table is topped up. */
export const BUILTIN_VERSION = '2020-2030.1';

export type BuiltinHoliday = { date: string; name: string };

const DAY_MS = 86_400_000;
const shift = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const weekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;
const md = (year: number, m: number, d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The day beside 2/9 (from 2021): see the rule above. */
export function nationalDayCompanion(year: number): string {
  const wd = weekday(md(year, 9, 2));
  // Sun 0, Mon 1, Tue 2, Wed 3, Thu 4, Fri 5, Sat 6
  return [0, 1, 4].includes(wd) ? md(year, 9, 3) : md(year, 9, 1);
}

/** Every day off of one year, in date order. */
export function builtinHolidaysOf(year: number): BuiltinHoliday[] {
  const tet = TET[year];
  const hung = HUNG_KINGS[year];
  if (!tet || !hung) return [];
  const off = new Map<string, string>();

  // Tết: five weekdays from the second day before Tết.
  let day = shift(tet, -2);
  let taken = 0;
  while (taken < 5) {
    if (!weekend(day)) {
      off.set(day, day === tet ? 'Tết Nguyên đán (mùng 1 Tết)' : 'Nghỉ Tết Nguyên đán');
      taken += 1;
    }
    day = shift(day, 1);
  }

  const fixed: BuiltinHoliday[] = [
    { date: md(year, 1, 1), name: 'Tết Dương lịch' },
    { date: hung, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: md(year, 4, 30), name: 'Ngày Chiến thắng (30/4)' },
    { date: md(year, 5, 1), name: 'Ngày Quốc tế Lao động (1/5)' },
    { date: md(year, 9, 2), name: 'Quốc khánh (2/9)' },
  ];
  if (year >= 2021) fixed.push({ date: nationalDayCompanion(year), name: 'Nghỉ Quốc khánh (ngày liền kề 2/9)' });
  fixed.sort((a, b) => a.date.localeCompare(b.date));
  for (const h of fixed) off.set(h.date, h.name);

  // Made-up days, in date order so two weekend holidays in a row take consecutive weekdays.
  for (const h of fixed) {
    if (!weekend(h.date)) continue;
    let d = shift(h.date, 1);
    while (weekend(d) || off.has(d)) d = shift(d, 1);
    off.set(d, `Nghỉ bù ${h.name}`);
  }

  return [...off.entries()].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/** The whole built-in table, 2020–2030. */
export function builtinHolidays(): BuiltinHoliday[] {
  const all: BuiltinHoliday[] = [];
  for (let y = BUILTIN_FROM; y <= BUILTIN_TO; y += 1) all.push(...builtinHolidaysOf(y));
  return all;
}
