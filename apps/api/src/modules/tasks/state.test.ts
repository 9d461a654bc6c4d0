import { describe, expect, it } from 'vitest';
import { taskState, vnDate } from './state';

describe('vnDate', () => {
  it('gives the calendar day in Vietnam (UTC+7), across midnight, month and year ends', () => {
    expect(vnDate('2020-11-20T02:00:00.000Z')).toBe('2020-11-20');
    expect(vnDate('2020-11-20T16:59:59.999Z')).toBe('2020-11-20');
    expect(vnDate('2020-11-20T17:00:00.000Z')).toBe('2020-11-21');
    expect(vnDate('2021-02-28T18:00:00.000Z')).toBe('2021-03-01');
    expect(vnDate('2020-12-31T23:59:59Z')).toBe('2021-01-01');
    // Not in the stored form: read as a date all the same.
    expect(vnDate('2020-11-20T10:00:00+07:00')).toBe('2020-11-20');
  });

  it('counts a task finished at 23:30 in Vietnam on its deadline day as on time', () => {
    expect(taskState({ completedAt: '2020-11-30T16:30:00.000Z', deadline: '2020-11-30', receivedAt: '2020-11-20T02:00:00.000Z' }, '2020-12-05')).toBe('done');
    expect(taskState({ completedAt: '2020-11-30T17:30:00.000Z', deadline: '2020-11-30', receivedAt: '2020-11-20T02:00:00.000Z' }, '2020-12-05')).toBe('done_late');
  });
});
