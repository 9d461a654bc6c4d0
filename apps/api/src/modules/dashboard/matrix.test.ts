import { describe, expect, it } from 'vitest';
import { matrixQuery, type DashboardMatrix } from '@dondoc/schemas';
import { matrix } from './matrix';
import { scenarioDb, TODAY } from './test-data';

const run = (db: ReturnType<typeof scenarioDb>['db'], q: Record<string, unknown> = {}) => matrix(db, TODAY, matrixQuery.parse(q), 'v');
const table = (m: DashboardMatrix) => m.rows.map((r) => `${r.shortName ?? r.name} ${r.cells}`);

describe('compliance matrix', () => {
  it('puts directives in columns (newest first) and units in rows, one state code per cell', () => {
    const { db, s } = scenarioDb();
    const m = run(db);
    expect(m.directives.total).toBe(4);
    expect(m.directives.items.map((d) => d.id)).toEqual([s.d.d3, s.d.d2, s.d.d1, s.d.d4]);
    // Directory order: the newspaper, the broadcaster, then district offices by district name.
    // Thất Khê's station holds only a sub-task: no row.
    expect(table(m)).toEqual(['Báo Lạng Sơn -DDL', 'Đài PT-TH tỉnh -NL-', 'Phòng VH-TT Tràng Định PPO-', 'Phòng VH-TT TP Lạng Sơn D-O-']);
    // Tallies in MATRIX_STATES order: done, done_late, in_progress, overdue, not_received.
    expect(m.rows[0]?.tally).toEqual([2, 1, 0, 0, 0]);
    expect(m.directives.items[2]).toMatchObject({ id: s.d.d1, deadline: '2021-01-31', tally: [1, 1, 0, 2, 0] });
    expect(m.totals).toEqual({ total: 10, onTime: 3, late: 2, overdue: 2, open: 3, notReceived: 1, onTimeRate: 0.4286 });
    expect(m.groups).toBeNull();
  });

  it('filters by state, period, district and kind', () => {
    const { db, s } = scenarioDb();
    const overdue = run(db, { state: 'overdue' });
    expect(overdue.directives.items.map((d) => d.id)).toEqual([s.d.d1]);
    expect(table(overdue)).toEqual(['Phòng VH-TT Tràng Định O', 'Phòng VH-TT TP Lạng Sơn O']);
    const notReceived = run(db, { state: 'not_received' });
    expect(table(notReceived)).toEqual(['Đài PT-TH tỉnh N']);

    expect(table(run(db, { from: '2021-02-01', to: '2021-02-28' }))).toEqual(['Báo Lạng Sơn -D', 'Đài PT-TH tỉnh -N', 'Phòng VH-TT Tràng Định PP', 'Phòng VH-TT TP Lạng Sơn D-']);
    const td = run(db, { district: '180' });
    expect(td.directives.total).toBe(3);
    expect(table(td)).toEqual(['Phòng VH-TT Tràng Định PPO']);
    expect(table(run(db, { kind: 'broadcaster' }))).toEqual(['Đài PT-TH tỉnh NL']);
    expect(table(run(db, { district: 'none', state: 'done_late' }))).toEqual(['Báo Lạng Sơn DL', 'Đài PT-TH tỉnh L-']);
  });

  it('sorts rows and groups them by district or unit kind', () => {
    const { db } = scenarioDb();
    const names = (m: DashboardMatrix) => m.rows.map((r) => r.shortName);
    expect(names(run(db, { sort: 'overdue' }))).toEqual(['Phòng VH-TT Tràng Định', 'Phòng VH-TT TP Lạng Sơn', 'Báo Lạng Sơn', 'Đài PT-TH tỉnh']);
    // On-time rate, worst first: 0 (1 late), 0 (1 overdue), 1 of 2, 2 of 3.
    expect(names(run(db, { sort: 'on_time_rate' }))).toEqual(['Đài PT-TH tỉnh', 'Phòng VH-TT Tràng Định', 'Phòng VH-TT TP Lạng Sơn', 'Báo Lạng Sơn']);
    expect(names(run(db, { sort: 'on_time_rate', order: 'desc' }))).toEqual(['Báo Lạng Sơn', 'Phòng VH-TT TP Lạng Sơn', 'Đài PT-TH tỉnh', 'Phòng VH-TT Tràng Định']);
    // By full name in Vietnamese order (Đ after D), here reversed.
    expect(run(db, { sort: 'name', order: 'desc' }).rows.map((r) => r.name)).toEqual([
      'Phòng Văn hóa và Thông tin thành phố Lạng Sơn',
      'Phòng Văn hóa và Thông tin huyện Tràng Định',
      'Đài Phát thanh và Truyền hình tỉnh',
      'Báo Lạng Sơn',
    ]);

    const byDistrict = run(db, { groupBy: 'district', sort: 'open' });
    expect(byDistrict.groups).toEqual([
      { key: 'none', label: 'Cấp tỉnh', start: 0, count: 2, counts: { total: 5, onTime: 2, late: 2, overdue: 0, open: 1, notReceived: 1, onTimeRate: 0.5 } },
      { key: '180', label: 'Huyện Tràng Định', start: 2, count: 1, counts: { total: 3, onTime: 0, late: 0, overdue: 1, open: 2, notReceived: 0, onTimeRate: 0 } },
      { key: '178', label: 'Thành phố Lạng Sơn', start: 3, count: 1, counts: { total: 2, onTime: 1, late: 0, overdue: 1, open: 0, notReceived: 0, onTimeRate: 0.5 } },
    ]);
    // Within the province group, most open first: Đài PT-TH (1) before the newspaper (0).
    expect(names(byDistrict)).toEqual(['Đài PT-TH tỉnh', 'Báo Lạng Sơn', 'Phòng VH-TT Tràng Định', 'Phòng VH-TT TP Lạng Sơn']);
    expect(byDistrict.rows.map((r) => r.group)).toEqual(['none', 'none', '180', '178']);
    const byKind = run(db, { groupBy: 'kind' });
    expect(byKind.groups?.map((g) => [g.key, g.start, g.count])).toEqual([
      ['newspaper', 0, 1],
      ['broadcaster', 1, 1],
      ['district_culture_office', 2, 2],
    ]);
  });

  it('pages the directive columns', () => {
    const { db, s } = scenarioDb();
    const p2 = run(db, { limit: 2, page: 2 });
    expect(p2.directives).toMatchObject({ total: 4, page: 2, limit: 2 });
    expect(p2.directives.items.map((d) => d.id)).toEqual([s.d.d1, s.d.d4]);
    expect(table(p2)).toEqual(['Báo Lạng Sơn DL', 'Đài PT-TH tỉnh L-', 'Phòng VH-TT Tràng Định O-', 'Phòng VH-TT TP Lạng Sơn O-']);
    expect(run(db, { page: 9 }).rows).toEqual([]);
  });
});
