import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastPassDay, msUntilNextRun, passDay } from './scheduler';
import { keysOf, reminderFixture, restart, setDeadline } from './test-fixtures';

const AT = 7 * 60 + 30;
const HOUR = 3600_000;

afterEach(() => {
  vi.useRealTimers();
});

describe('the daily time, 07:30 in Vietnam', () => {
  it('decides the day a run is for: before 07:30 it is yesterday', () => {
    expect(passDay(new Date('2021-03-10T00:29:00Z'), AT)).toBe('2021-03-09');
    expect(passDay(new Date('2021-03-10T00:30:00Z'), AT)).toBe('2021-03-10');
    // 00:30 on the 11th in Vietnam.
    expect(passDay(new Date('2021-03-10T17:30:00Z'), AT)).toBe('2021-03-10');
  });

  it('arms the timer for the next 07:30, strictly later than now', () => {
    expect(msUntilNextRun(new Date('2021-03-10T01:00:00Z'), AT)).toBe(23.5 * HOUR);
    expect(msUntilNextRun(new Date('2021-03-10T00:00:00Z'), AT)).toBe(0.5 * HOUR);
    expect(msUntilNextRun(new Date('2021-03-10T00:30:00Z'), AT)).toBe(24 * HOUR);
  });
});

describe('the scheduler in the app', () => {
  it('runs at start, then at 07:30 each day on its timer, and stops when the app closes', async () => {
    const f = await reminderFixture({ day: '2021-03-08' });
    // Due Friday 12/3: 'before' on Tuesday 9/3.
    setDeadline(f.db, f.tasks.bls, '2021-03-12');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { app } = await restart(f, { REMINDERS_ENABLED: 'true' });
    await app.ready();
    await app.reminders.idle();
    expect(lastPassDay(f.db)).toBe('2021-03-08');
    expect(keysOf(f.db, 'task', f.tasks.bls)).toEqual([]);

    // Tuesday 07:30.
    f.clock.set('2021-03-09T00:30:00.000Z');
    vi.advanceTimersByTime(23.5 * HOUR);
    await app.reminders.idle();
    expect(lastPassDay(f.db)).toBe('2021-03-09');
    expect(keysOf(f.db, 'task', f.tasks.bls)).toEqual(['before@2021-03-09']);

    // Wednesday 07:30: nothing due, the day is still marked done.
    f.clock.set('2021-03-10T00:30:00.000Z');
    vi.advanceTimersByTime(24 * HOUR);
    await app.reminders.idle();
    expect(lastPassDay(f.db)).toBe('2021-03-10');

    await app.close();
    f.clock.set('2021-03-12T00:30:00.000Z');
    vi.advanceTimersByTime(48 * HOUR);
    await app.reminders.idle();
    expect(lastPassDay(f.db)).toBe('2021-03-10');
    expect(keysOf(f.db, 'task', f.tasks.bls)).toEqual(['before@2021-03-09']);
  });

  it('stays off with REMINDERS_ENABLED=false: passes run only when asked', async () => {
    const f = await reminderFixture({ day: '2021-03-09' });
    setDeadline(f.db, f.tasks.bls, '2021-03-12');
    await f.app.ready();
    await f.app.reminders.idle();
    expect(lastPassDay(f.db)).toBeNull();
    await f.app.reminders.runNow();
    expect(keysOf(f.db, 'task', f.tasks.bls)).toEqual(['before@2021-03-09']);
  });
});
