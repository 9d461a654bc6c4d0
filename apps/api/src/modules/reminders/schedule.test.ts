import { describe, expect, it } from 'vitest';
import { builtinHolidays } from './holidays-data';
import { dueStages, passWindow, reminderKey, windowDays } from './schedule';
import { addDays, workCalendar } from './workdays';

const cal = workCalendar(builtinHolidays().map((h) => ({ date: h.date, kind: 'off' as const })));

/** What a daily pass on each calendar day from `from` to `to` would send for this deadline. */
function daily(deadline: string, from: string, to: string) {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const s = dueStages(cal, passWindow(cal, addDays(day, -1), day), deadline);
    if (s.unit) out.push(`${s.unit.stage}@${s.unit.day}`);
    if (s.escalate) out.push(`escalate@${s.escalate.day}`);
  }
  return out;
}

describe('the schedule of a deadline', () => {
  it('reminds 3 working days before, on the day, every 2 working days overdue, and escalates at 5', () => {
    // Wednesday 10 March 2021: before on Friday 5/3, overdue on D+2 (12/3), D+4 (16/3), D+6 (18/3)…
    expect(daily('2021-03-10', '2021-03-01', '2021-03-24')).toEqual([
      'before@2021-03-05',
      'due@2021-03-10',
      'overdue@2021-03-12',
      'overdue@2021-03-16',
      'escalate@2021-03-17',
      'overdue@2021-03-18',
      'overdue@2021-03-22',
      'overdue@2021-03-24',
    ]);
  });

  it('counts working days across Tết 2021', () => {
    // Due Thursday 18/02/2021: 17, 9 and 8 February are the three working days before it.
    expect(daily('2021-02-18', '2021-02-01', '2021-02-26')).toEqual([
      'before@2021-02-08',
      'due@2021-02-18',
      'overdue@2021-02-22',
      'overdue@2021-02-24',
      'escalate@2021-02-25',
      'overdue@2021-02-26',
    ]);
  });

  it('treats a deadline on a day off as due on the last working day before it', () => {
    // Saturday 13 March 2021.
    expect(daily('2021-03-13', '2021-03-08', '2021-03-17')).toEqual(['before@2021-03-09', 'due@2021-03-12', 'overdue@2021-03-16']);
  });

  it('sends nothing on a day off, and nothing twice for the same window', () => {
    expect(daily('2021-03-10', '2021-03-06', '2021-03-07')).toEqual([]);
    const w = passWindow(cal, '2021-03-10', '2021-03-10');
    expect(windowDays(cal, w)).toEqual([]);
    expect(dueStages(cal, w, '2021-03-10')).toEqual({ unit: null, escalate: null });
  });

  it('after downtime sends only the latest stage of the unit’s track, and the escalation if its day was missed', () => {
    // Last pass Thursday 4/3; back on Thursday 18/3: ten working days in the window.
    const w = passWindow(cal, '2021-03-04', '2021-03-18');
    expect(windowDays(cal, w)).toHaveLength(10);
    expect(dueStages(cal, w, '2021-03-10')).toEqual({ unit: { stage: 'overdue', day: '2021-03-18' }, escalate: { stage: 'escalate', day: '2021-03-17' } });
    // Deadline Friday 19/3: 'before' was due on 16/3, nothing later yet.
    expect(dueStages(cal, w, '2021-03-19')).toEqual({ unit: { stage: 'before', day: '2021-03-16' }, escalate: null });
    // Deadline 17/3, overdue by one day on 18/3: the 'due' of 17/3 is the latest stage.
    expect(dueStages(cal, w, '2021-03-17')).toEqual({ unit: { stage: 'due', day: '2021-03-17' }, escalate: null });
    // Overdue long before the window, on an odd day now: the overdue of 17/3 (k = 20).
    expect(dueStages(cal, w, '2021-02-17').unit).toEqual({ stage: 'overdue', day: '2021-03-17' });
  });

  it('keys a stage by deadline, and an overdue reminder by day', () => {
    expect(reminderKey('task', 12, '2021-03-10', { stage: 'before', day: '2021-03-05' })).toBe('task:12:before:2021-03-10');
    expect(reminderKey('report', 7, '2021-03-10', { stage: 'overdue', day: '2021-03-12' })).toBe('report:7:overdue:2021-03-12');
  });
});
