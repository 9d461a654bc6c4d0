import { describe, expect, it } from 'vitest';
import { drillQuery, type DashboardHeadline } from '@dondoc/schemas';
import { drill } from './drill';
import { headline } from './headline';
import { SO, scenarioDb, TODAY, UBND } from './test-data';

describe('dashboard headline', () => {
  it('counts top-level tasks on time, late, overdue and open, items, reports and activities by form', () => {
    const { db } = scenarioDb();
    const h = headline(db, TODAY, {}, 'v');
    expect(h.directives).toBe(4);
    // On time: the newspaper at 23:59 on the deadline (Vietnam), its D2 task, the city office with no deadline.
    // Late: Đài PT-TH at 00:00 the day after, the newspaper's D4. Overdue: both offices on D1 (one never opened it).
    expect(h.tasks).toEqual({ total: 10, onTime: 3, late: 2, overdue: 2, open: 3, notReceived: 1, onTimeRate: 0.4286 });
    expect(h.items).toEqual({ done: 3 + 2 + 1 + 0 + 2 + 2 + 0 + 1 + 0 + 1, total: 3 + 2 + 4 + 2 + 2 + 3 + 1 + 1 + 2 + 1 });
    // R1's four (R2 is a draft request; R3's report is not due yet).
    expect(h.reports).toEqual({ requested: 5, submitted: 3, accepted: 1, awaitingReview: 1, returned: 2, overdue: 2 });
    // The deleted banner does not count; Thất Khê's work on its sub-task does.
    expect(h.activities).toEqual({
      total: 6,
      byForm: [
        { form: 'bao_in', count: 3 },
        { form: 'bao_dien_tu', count: 1 },
        { form: 'truyen_thanh_co_so', count: 1 },
        { form: 'hoi_nghi', count: 1 },
      ],
    });
  });

  it('filters by period (directive issued; report due; activity date), issuer, district and unit kind', () => {
    const { db } = scenarioDb();
    const p = headline(db, TODAY, { from: '2021-01-01', to: '2021-02-28' }, 'v');
    expect(p.directives).toBe(3);
    expect(p.tasks).toEqual({ total: 9, onTime: 3, late: 1, overdue: 2, open: 3, notReceived: 1, onTimeRate: 0.5 });
    expect(p.reports.requested).toBe(4);
    expect(p.activities.total).toBe(5);

    const ubnd = headline(db, TODAY, { issuer: UBND }, 'v');
    expect(ubnd.directives).toBe(1);
    expect(ubnd.tasks).toMatchObject({ total: 3, onTime: 1, open: 2, notReceived: 1, onTimeRate: 1 });
    expect(ubnd.reports.requested).toBe(0);
    expect(ubnd.activities).toEqual({ total: 1, byForm: [{ form: 'bao_in', count: 1 }] });
    expect(headline(db, TODAY, { issuer: SO }, 'v').reports.requested).toBe(4);

    const td = headline(db, TODAY, { district: '180' }, 'v');
    expect(td.directives).toBe(3);
    expect(td.tasks).toEqual({ total: 3, onTime: 0, late: 0, overdue: 1, open: 2, notReceived: 0, onTimeRate: 0 });
    expect(td.reports).toMatchObject({ requested: 1, overdue: 1 });
    expect(td.activities.byForm).toEqual([
      { form: 'truyen_thanh_co_so', count: 1 },
      { form: 'hoi_nghi', count: 1 },
    ]);

    const province = headline(db, TODAY, { district: 'none' }, 'v');
    expect(province.tasks).toMatchObject({ total: 5, onTime: 2, late: 2, open: 1, notReceived: 1, onTimeRate: 0.5 });
    const papers = headline(db, TODAY, { kind: 'newspaper' }, 'v');
    expect(papers.tasks).toMatchObject({ total: 3, onTime: 2, late: 1 });
    expect(papers.activities.total).toBe(4);
  });

  it('opens every figure onto exactly the rows behind it', () => {
    const { db, s } = scenarioDb();
    for (const filters of [{}, { from: '2021-01-01', to: '2021-02-28' }, { district: '180' }, { issuer: UBND }, { kind: 'newspaper' as const }]) {
      const h: DashboardHeadline = headline(db, TODAY, filters, 'v');
      const total = (metric: string) => drill(db, TODAY, drillQuery.parse({ ...filters, metric, limit: 200 })).total;
      expect(total('tasks')).toBe(h.tasks.total);
      expect(total('tasks.on_time')).toBe(h.tasks.onTime);
      expect(total('tasks.late')).toBe(h.tasks.late);
      expect(total('tasks.overdue')).toBe(h.tasks.overdue);
      expect(total('tasks.open')).toBe(h.tasks.open);
      expect(total('tasks.not_received')).toBe(h.tasks.notReceived);
      expect(total('reports')).toBe(h.reports.requested);
      expect(total('reports.submitted')).toBe(h.reports.submitted);
      expect(total('reports.accepted')).toBe(h.reports.accepted);
      expect(total('reports.awaiting_review')).toBe(h.reports.awaitingReview);
      expect(total('reports.returned')).toBe(h.reports.returned);
      expect(total('reports.overdue')).toBe(h.reports.overdue);
      expect(total('activities')).toBe(h.activities.total);
    }
    const ids = (q: Record<string, unknown>) => drill(db, TODAY, drillQuery.parse(q)).rows.map((r) => r.id).sort((x, y) => x - y);
    expect(ids({ metric: 'tasks.late' })).toEqual([s.t.t2, s.t.t11]);
    expect(ids({ metric: 'tasks.overdue' })).toEqual([s.t.t3, s.t.t4]);
    expect(ids({ metric: 'tasks', directiveId: s.d.d1, unitId: s.unit('VHTT-180') })).toEqual([s.t.t3]);
    expect(ids({ metric: 'tasks', doneFrom: '2021-02-01', doneTo: '2021-02-28' })).toEqual([s.t.t2, s.t.t6, s.t.t9]);
    expect(ids({ metric: 'tasks', dueFrom: '2021-03-01', dueTo: '2021-03-31' })).toEqual([s.t.t6, s.t.t7, s.t.t8]);
    expect(ids({ metric: 'reports.overdue' })).toEqual([s.r.dpt, s.r.td]);
    expect(ids({ metric: 'reports.returned' })).toEqual([s.r.dpt, s.r.tp]);
    expect(ids({ metric: 'activities', form: 'bao_in' })).toEqual([s.a.a1, s.a.a3, s.a.a7]);
    expect(ids({ metric: 'activities', directiveId: s.d.d1 })).toEqual([s.a.a1, s.a.a2, s.a.a4, s.a.a5]);

    const overdue = drill(db, TODAY, drillQuery.parse({ metric: 'tasks.overdue', unitId: s.unit('VHTT-180') }));
    expect(overdue).toMatchObject({ kind: 'tasks', total: 1, rows: [{ id: s.t.t3, state: 'overdue', daysLate: 29, itemsDone: 1, itemsTotal: 4 }] });
    const late = drill(db, TODAY, drillQuery.parse({ metric: 'tasks.late', unitId: s.unit('BLS') }));
    expect(late.rows).toMatchObject([{ id: s.t.t11, state: 'done_late', daysLate: 5 }]);
    // Pages: newest directive first (D3, D2, D1, D4), then in the directory's order of units.
    const page2 = drill(db, TODAY, drillQuery.parse({ metric: 'tasks', limit: 4, page: 2 }));
    expect(page2).toMatchObject({ total: 10, page: 2, limit: 4 });
    expect(page2.rows.map((r) => r.id)).toEqual([s.t.t7, s.t.t1, s.t.t2, s.t.t4]);
  });
});
