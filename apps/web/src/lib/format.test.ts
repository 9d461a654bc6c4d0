import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineHint, formatDate, formatDateTime, formatDirectiveNumber, formatIssued, todayIso } from './format';

// 2020-11-27 23:30 UTC is already the 28th in Vietnam (UTC+7).
const now = new Date('2020-11-27T23:30:00Z');

describe('dates in Vietnam time', () => {
  it('formats ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2020-11-05')).toBe('05/11/2020');
    expect(formatDate(null)).toBe('');
  });

  it('shows instants as HH:mm dd/mm/yyyy in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2020-11-27T23:30:00Z')).toBe('06:30 28/11/2020');
  });

  it('counts days from the Vietnamese calendar date', () => {
    expect(todayIso(now)).toBe('2020-11-28');
    expect(daysUntil('2020-11-30', now)).toBe(2);
    expect(deadlineHint('2020-11-30', now)).toEqual({ text: 'còn 2 ngày', overdue: false });
    expect(deadlineHint('2020-11-28', now)).toEqual({ text: 'hạn hôm nay', overdue: false });
    expect(deadlineHint('2020-11-25', now)).toEqual({ text: 'quá hạn 3 ngày', overdue: true });
  });
});

describe('directive header', () => {
  it('keeps a blank day blank', () => {
    expect(formatIssued({ year: 2020, month: 11, day: null })).toBe('11/2020');
    expect(formatIssued({ year: 2020, month: 11, day: 3 })).toBe('03/11/2020');
    expect(formatIssued(null)).toBe('');
  });

  it('writes a number left blank as on paper', () => {
    expect(formatDirectiveNumber({ number: null, symbol: 'STTTT-TTBCXB' })).toBe('…/STTTT-TTBCXB');
    expect(formatDirectiveNumber({ number: '169/STTTT-TTBCXB', symbol: 'STTTT-TTBCXB' })).toBe('169/STTTT-TTBCXB');
  });
});
