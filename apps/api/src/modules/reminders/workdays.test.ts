import { describe, expect, it } from 'vitest';
import { builtinHolidays, builtinHolidaysOf, HUNG_KINGS, nationalDayCompanion, TET } from './holidays-data';
import { isWeekend, workCalendar } from './workdays';

const cal = workCalendar(builtinHolidays().map((h) => ({ date: h.date, kind: 'off' as const })));
const offDays = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) if (!cal.isWorkingDay(d)) out.push(d);
  return out;
};
const weekdaysOff = (year: number) => builtinHolidaysOf(year).filter((h) => !isWeekend(h.date)).map((h) => h.date);

describe('working days around Tết Tân Sửu 2021 (Tết on Friday 12/02/2021)', () => {
  it('has Wednesday 10/02 to Tuesday 16/02 off, as announced, and works on 9/02 and 17/02', () => {
    const days = ['2021-02-09', '2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16', '2021-02-17'];
    expect(days.map((d) => [d, cal.isWorkingDay(d)])).toEqual([
      ['2021-02-09', true],
      ['2021-02-10', false], // 29 Tết
      ['2021-02-11', false], // 30 Tết
      ['2021-02-12', false], // mùng 1
      ['2021-02-13', false], // Saturday
      ['2021-02-14', false], // Sunday
      ['2021-02-15', false], // mùng 4
      ['2021-02-16', false], // mùng 5
      ['2021-02-17', true],
    ]);
  });

  it('counts 3 working days before a deadline across the break', () => {
    // 17/02 is the first working day after Tết: the three before it are 9, 8 and 5 February.
    expect(cal.addWorkingDays('2021-02-17', -3)).toBe('2021-02-05');
    expect(cal.addWorkingDays('2021-02-18', -3)).toBe('2021-02-08');
    expect(cal.addWorkingDays('2021-02-09', 1)).toBe('2021-02-17');
    expect(cal.workingDaysBetween('2021-02-09', '2021-02-17')).toBe(1);
    // (5/02, 18/02]: 8, 9, 17 and 18 February.
    expect(cal.workingDaysBetween('2021-02-18', '2021-02-05')).toBe(-4);
    // A deadline inside the break: its last working day before is 9 February.
    expect(cal.workingDaysBetween('2021-02-09', '2021-02-12')).toBe(0);
  });

  it('gives every year 2020–2030 exactly five weekdays off for Tết, matching the announced breaks', () => {
    for (let y = 2020; y <= 2030; y += 1) {
      expect(builtinHolidaysOf(y).filter((h) => h.name.includes('Tết Nguyên đán') && !isWeekend(h.date))).toHaveLength(5);
    }
    expect(offDays('2020-01-20', '2020-01-31')).toEqual(['2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27', '2020-01-28', '2020-01-29']);
    expect(offDays('2023-01-16', '2023-01-31').filter((d) => !isWeekend(d))).toEqual(['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26']);
    expect(offDays('2024-02-05', '2024-02-18').filter((d) => !isWeekend(d))).toEqual(['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']);
    expect(offDays('2025-01-20', '2025-02-07').filter((d) => !isWeekend(d))).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(offDays('2026-02-09', '2026-02-27').filter((d) => !isWeekend(d))).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
  });

  it('dates Tết and Giỗ Tổ Hùng Vương by the Vietnamese lunar calendar (UTC+7)', () => {
    // 2030: the new moon falls at 23:07 in Hà Nội on 2 February, after midnight in Beijing.
    expect(TET[2030]).toBe('2030-02-02');
    expect(Object.keys(TET)).toHaveLength(11);
    expect(HUNG_KINGS[2021]).toBe('2021-04-21');
    expect(HUNG_KINGS[2023]).toBe('2023-04-29');
  });
});

describe('30/4 – 1/5 and Giỗ Tổ', () => {
  it('makes up a holiday that falls on a weekend on the next working day', () => {
    // 2021: 30/4 Friday, 1/5 Saturday → Monday 3/5 off.
    expect(offDays('2021-04-29', '2021-05-05')).toEqual(['2021-04-30', '2021-05-01', '2021-05-02', '2021-05-03']);
    // 2022: Hùng Vương on Sunday 10/4 → Monday 11/4; 30/4 Sat and 1/5 Sun → 2/5 and 3/5.
    expect(offDays('2022-04-09', '2022-04-12')).toEqual(['2022-04-09', '2022-04-10', '2022-04-11']);
    expect(offDays('2022-04-29', '2022-05-05')).toEqual(['2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03']);
    // 2023: Hùng Vương Sat 29/4, 30/4 Sun, 1/5 Mon → 2/5 and 3/5; 4/5 is a working day.
    expect(offDays('2023-04-28', '2023-05-05')).toEqual(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']);
    // 2024: Tuesday and Wednesday.
    expect(offDays('2024-04-29', '2024-05-03')).toEqual(['2024-04-30', '2024-05-01']);
  });

  it('follows an administrator’s swap: a weekday off against a Saturday worked', () => {
    // 2024's announced swap: Monday 29/4 off, Saturday 4/5 worked.
    const swapped = workCalendar([...builtinHolidays().map((h) => ({ date: h.date, kind: 'off' as const })), { date: '2024-04-29', kind: 'off' }, { date: '2024-05-04', kind: 'work' }]);
    expect(swapped.isWorkingDay('2024-04-29')).toBe(false);
    expect(swapped.isWorkingDay('2024-05-04')).toBe(true);
    expect(swapped.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    expect(swapped.workingDaysBetween('2024-04-26', '2024-05-06')).toBe(cal.workingDaysBetween('2024-04-26', '2024-05-06'));
  });
});

describe('Quốc khánh 2/9 and the day beside it', () => {
  it('is 2/9 alone in 2020, then two days joined to a weekend from 2021', () => {
    expect(offDays('2020-08-31', '2020-09-04')).toEqual(['2020-09-02']);
    expect(offDays('2021-08-31', '2021-09-06').filter((d) => !isWeekend(d))).toEqual(['2021-09-02', '2021-09-03']); // Thu–Fri
    expect(offDays('2022-08-29', '2022-09-05').filter((d) => !isWeekend(d))).toEqual(['2022-09-01', '2022-09-02']); // Thu–Fri
    expect(offDays('2023-08-28', '2023-09-05').filter((d) => !isWeekend(d))).toEqual(['2023-09-01', '2023-09-04']); // Fri, made-up Mon
    expect(offDays('2024-08-29', '2024-09-05').filter((d) => !isWeekend(d))).toEqual(['2024-09-02', '2024-09-03']); // Mon–Tue
    expect(offDays('2025-08-28', '2025-09-05').filter((d) => !isWeekend(d))).toEqual(['2025-09-01', '2025-09-02']); // Mon–Tue
    expect(nationalDayCompanion(2026)).toBe('2026-09-01'); // a Wednesday: 1/9 by the rule
    // 2029: 2/9 on a Sunday → 3/9 beside it, and 4/9 made up.
    expect(weekdaysOff(2029).filter((d) => d.startsWith('2029-09'))).toEqual(['2029-09-03', '2029-09-04']);
  });

  it('keeps New Year, with its make-up day', () => {
    expect(offDays('2021-12-31', '2022-01-04')).toEqual(['2022-01-01', '2022-01-02', '2022-01-03']);
    expect(offDays('2022-12-30', '2023-01-03')).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
  });
});

describe('the calendar itself', () => {
  it('counts working days and steps over weekends in both directions', () => {
    const plain = workCalendar([]);
    expect(plain.isWorkingDay('2021-03-06')).toBe(false);
    expect(plain.addWorkingDays('2021-03-05', 1)).toBe('2021-03-08');
    expect(plain.addWorkingDays('2021-03-08', -1)).toBe('2021-03-05');
    expect(plain.addWorkingDays('2021-03-06', -1)).toBe('2021-03-05');
    expect(plain.addWorkingDays('2021-03-06', 1)).toBe('2021-03-08');
    expect(plain.addWorkingDays('2021-03-10', 0)).toBe('2021-03-10');
    expect(plain.workingDaysBetween('2021-03-05', '2021-03-08')).toBe(1);
    expect(plain.workingDaysBetween('2021-03-06', '2021-03-07')).toBe(0);
    expect(plain.workingDaysBetween('2021-03-01', '2021-03-31')).toBe(22);
    expect(plain.dayOfOrdinal(plain.ordinal('2021-03-10'))).toBe('2021-03-10');
  });
});
