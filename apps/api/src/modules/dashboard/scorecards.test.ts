import { describe, expect, it } from 'vitest';
import { charts } from './charts';
import { scorecards, unitScorecard } from './scorecards';
import { scenarioDb, TODAY } from './test-data';

describe('unit scorecards', () => {
  it('ranks units: on-time rate, then fewer overdue; units with nothing due last', () => {
    const { db } = scenarioDb();
    const { units } = scorecards(db, TODAY, {}, 'v');
    expect(units.map((c) => [c.rank, c.unit.shortName, c.tasks.onTimeRate])).toEqual([
      [1, 'Báo Lạng Sơn', 0.6667],
      [2, 'Phòng VH-TT TP Lạng Sơn', 0.5],
      [3, 'Đài PT-TH tỉnh', 0],
      [4, 'Phòng VH-TT Tràng Định', 0],
      // Only a sub-task (not counted) and an activity on it.
      [5, 'Đài TT Thất Khê', null],
    ]);
    const [bls, tp, dpt, td, tk] = units;
    expect(bls).toMatchObject({
      tasks: { total: 3, onTime: 2, late: 1, overdue: 0, open: 0, notReceived: 0 },
      avgDaysLate: 5,
      items: { done: 6, total: 6 },
      reports: { requested: 2, submitted: 1, accepted: 1, awaitingReview: 0, returned: 0, overdue: 0 },
      activities: { total: 4, byForm: null },
    });
    expect(dpt).toMatchObject({ tasks: { total: 2, late: 1, open: 1, notReceived: 1 }, avgDaysLate: 1, items: { done: 2, total: 3 }, reports: { requested: 1, submitted: 1, returned: 1, overdue: 1 }, activities: { total: 0 } });
    expect(td).toMatchObject({ tasks: { total: 3, overdue: 1, open: 2 }, avgDaysLate: null, items: { done: 3, total: 9 }, reports: { requested: 1, submitted: 0, overdue: 1 }, activities: { total: 1 } });
    expect(tp).toMatchObject({ tasks: { total: 2, onTime: 1, overdue: 1 }, reports: { requested: 1, submitted: 1, awaitingReview: 1, returned: 1, overdue: 0 } });
    expect(tk).toMatchObject({ tasks: { total: 0 }, activities: { total: 1 } });
  });

  it('ranks within the filters', () => {
    const { db } = scenarioDb();
    const feb = scorecards(db, TODAY, { from: '2021-02-01', to: '2021-02-28' }, 'v').units;
    expect(feb.map((c) => [c.unit.shortName, c.tasks.onTimeRate])).toEqual([
      ['Báo Lạng Sơn', 1],
      ['Phòng VH-TT TP Lạng Sơn', 1],
      ['Đài PT-TH tỉnh', null],
      ['Phòng VH-TT Tràng Định', null],
    ]);
    expect(scorecards(db, TODAY, { district: '180' }, 'v').units.map((c) => c.unit.shortName)).toEqual(['Phòng VH-TT Tràng Định', 'Đài TT Thất Khê']);
  });

  it('gives one unit its scorecard with activities by form', () => {
    const { db, s } = scenarioDb();
    expect(unitScorecard(db, TODAY, s.unit('VHTT-180'), {})).toMatchObject({
      rank: null,
      unit: { shortName: 'Phòng VH-TT Tràng Định', districtCode: '180', districtName: 'Huyện Tràng Định', kind: 'district_culture_office' },
      tasks: { total: 3, onTime: 0, late: 0, overdue: 1, open: 2, onTimeRate: 0 },
      activities: { total: 1, byForm: [{ form: 'hoi_nghi', count: 1 }] },
    });
    expect(unitScorecard(db, TODAY, s.unit('BLS'), { from: '2021-01-01', to: '2021-01-31' })).toMatchObject({
      tasks: { total: 1, onTime: 1 },
      reports: { requested: 0 },
      activities: { total: 2, byForm: [{ form: 'bao_in', count: 1 }, { form: 'bao_dien_tu', count: 1 }] },
    });
    expect(unitScorecard(db, TODAY, 999_999, {})).toBeNull();
  });
});

describe('dashboard charts', () => {
  it('adds up tasks issued, due and done by month, activities by month and form, on-time rate by district', () => {
    const { db } = scenarioDb();
    const c = charts(db, TODAY, { bucket: 'month' }, 'v');
    expect(c.progress.rows).toEqual([
      { period: '2020-12', issued: 1, due: 1, done: 0, doneOnTime: 0 },
      // Báo Lạng Sơn at 23:59 on 31 January counts in January; Đài PT-TH a minute later in February.
      { period: '2021-01', issued: 5, due: 5, done: 2, doneOnTime: 1 },
      { period: '2021-02', issued: 10, due: 5, done: 5, doneOnTime: 3 },
      { period: '2021-03', issued: 10, due: 8, done: 5, doneOnTime: 3 },
    ]);
    expect(c.activitiesByMonth).toEqual({
      forms: ['bao_in', 'bao_dien_tu', 'truyen_thanh_co_so', 'hoi_nghi'],
      rows: [
        { month: '2020-12', counts: [1, 0, 0, 0], total: 1 },
        { month: '2021-01', counts: [1, 1, 1, 1], total: 4 },
        { month: '2021-02', counts: [1, 0, 0, 0], total: 1 },
      ],
    });
    expect(c.onTimeByDistrict.map((d) => [d.districtCode, d.districtName, d.counts.total, d.counts.onTimeRate])).toEqual([
      [null, 'Cấp tỉnh', 5, 0.5],
      ['180', 'Huyện Tràng Định', 3, 0],
      ['178', 'Thành phố Lạng Sơn', 2, 0.5],
    ]);
  });

  it('buckets by the Monday of the week, in Vietnam time', () => {
    const { db } = scenarioDb();
    const c = charts(db, TODAY, { bucket: 'week', from: '2021-01-01', to: '2021-01-31' }, 'v');
    // D1's four tasks: issued Sunday 10 January (week of the 4th), due Sunday 31st (week of the
    // 25th); done Sunday 31st at 23:59 (week of the 25th) and Monday 1 February at 00:00.
    expect(c.progress.rows).toEqual([
      { period: '2021-01-04', issued: 4, due: 0, done: 0, doneOnTime: 0 },
      { period: '2021-01-25', issued: 4, due: 4, done: 1, doneOnTime: 1 },
      { period: '2021-02-01', issued: 4, due: 4, done: 2, doneOnTime: 1 },
    ]);
  });
});
