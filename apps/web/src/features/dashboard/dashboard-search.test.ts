import { describe, expect, it } from 'vitest';
import { parseDashboardSearch } from './dashboard-search';

describe('the dashboard URL', () => {
  it('keeps every valid part of a view', () => {
    expect(
      parseDashboardSearch({
        from: '2020-01-01',
        to: '2020-12-31',
        issuer: 'Sở Thông tin và Truyền thông',
        district: '180',
        kind: 'district_culture_office',
        state: 'overdue',
        groupBy: 'district',
        sort: 'on_time_rate',
        order: 'desc',
        bucket: 'week',
        page: 3,
      }),
    ).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
      issuer: 'Sở Thông tin và Truyền thông',
      district: '180',
      kind: 'district_culture_office',
      state: 'overdue',
      groupBy: 'district',
      sort: 'on_time_rate',
      order: 'desc',
      bucket: 'week',
      page: 3,
    });
  });

  it('names every key, unusable ones as undefined, so the raw value cannot show through', () => {
    const parsed = parseDashboardSearch({ state: 'bogus', sort: 'name' });
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['state', 'sort', 'from', 'page', 'bucket']));
    expect(parsed.state).toBeUndefined();
    expect(parsed.sort).toBe('name');
  });

  it('reads a district code the router took for a number as the code', () => {
    expect(parseDashboardSearch({ district: 180 })).toEqual({ district: '180' });
  });

  it('drops what it cannot use and keeps the rest, never throwing', () => {
    expect(
      parseDashboardSearch({
        from: '2020-13-45',
        to: 'hôm qua',
        kind: 'ministry',
        state: 'late',
        groupBy: 'issuer',
        sort: 'random()',
        order: 'up',
        bucket: 'day',
        page: -2,
        district: 'x'.repeat(50),
        issuer: '   ',
        stray: 'value',
      }),
    ).toEqual({});
    expect(parseDashboardSearch({ sort: 'overdue', page: 'two', bucket: 'month' })).toEqual({ sort: 'overdue' });
    // A period that ends before it starts is no period.
    expect(parseDashboardSearch({ from: '2021-01-01', to: '2020-01-01', state: 'done' })).toEqual({ state: 'done' });
    expect(parseDashboardSearch({ from: { $gt: '' }, to: ['2020-01-01'], issuer: 42 })).toEqual({ issuer: '42' });
  });
});
