import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { TaskSummary, TaskWithItems, UnitScorecard } from '@dondoc/schemas';
import { units, users } from '../../db/schema/index';
import { PASSWORD, testApp } from '../../../test/helpers';
import { hashPassword } from '../auth/password';
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

describe('a unit’s sub-units on its scorecard', () => {
  it('shows the units it passed work on to, their progress and activities, within the period', () => {
    const { db, s } = scenarioDb();
    const card = unitScorecard(db, TODAY, s.unit('VHTT-180'), {});
    expect(card?.subUnits).toEqual([
      {
        unit: expect.objectContaining({ id: s.unit('DTT-05995'), shortName: 'Đài TT Thất Khê' }),
        tasks: expect.objectContaining({ total: 1, onTime: 1, onTimeRate: 1 }),
        items: { done: 1, total: 1 },
        activities: 1,
      },
    ]);
    // D1 was issued in January: a February period has no sub-task.
    expect(unitScorecard(db, TODAY, s.unit('VHTT-180'), { from: '2021-02-01', to: '2021-02-28' })?.subUnits).toEqual([]);
    // Activities outside the period are not counted, the sub-task still is.
    expect(unitScorecard(db, TODAY, s.unit('VHTT-180'), { from: '2021-01-01', to: '2021-01-25' })?.subUnits[0]?.activities).toBe(0);
    // A unit that delegated nothing, and the sub-unit itself, list none.
    expect(unitScorecard(db, TODAY, s.unit('BLS'), {})?.subUnits).toEqual([]);
    expect(unitScorecard(db, TODAY, s.unit('DTT-05995'), {})?.subUnits).toEqual([]);
  });
});

describe('a unit’s scorecard over HTTP', () => {
  it('shows a unit its own figures and its sub-units, and nobody else’s, sub-units’ and parents’ included', async () => {
    const { app, db, login } = await testApp();
    const unitOf = (name: string) => db.select().from(units).where(eq(units.name, name)).get() as typeof units.$inferSelect;
    const office = unitOf('Phòng Văn hóa và Thông tin huyện Bình Gia');
    const station = db.select().from(units).where(eq(units.parentId, office.id)).orderBy(units.id).all().at(-1) as typeof units.$inferSelect;
    const bls = db.select({ id: units.id }).from(units).where(eq(units.code, 'BLS')).get()?.id as number;
    const vhtt = await login('vhtt.binhgia');
    const mine = (await vhtt.get('/api/tasks')).json<{ items: TaskSummary[] }>().items.find((t) => t.parentTaskId === null);
    const task = (await vhtt.get(`/api/tasks/${mine?.id}`)).json<TaskWithItems>();
    const first = task.items[0];
    expect((await vhtt.post(`/api/tasks/${task.id}/delegate`, { itemIds: [first?.id], unitIds: [station.id] })).statusCode).toBe(200);

    const own = await vhtt.get(`/api/dashboard/scorecards/${office.id}`);
    expect(own.statusCode).toBe(200);
    const card = own.json<UnitScorecard>();
    expect(card.unit.id).toBe(office.id);
    expect(card.tasks.total).toBeGreaterThan(0);
    expect(card.subUnits).toEqual([expect.objectContaining({ unit: expect.objectContaining({ id: station.id }), tasks: expect.objectContaining({ total: 1, open: 1, notReceived: 1 }), items: { done: 0, total: 1 } })]);

    // Another unit, an id that does not exist, and asked by the station, the office above it: all "not found".
    for (const url of [`/api/dashboard/scorecards/${bls}`, '/api/dashboard/scorecards/999999']) {
      const res = await vhtt.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    db.insert(users)
      .values({ username: 'dai.xa', fullName: 'Đài xã', role: 'unit', unitId: station.id, isHead: true, passwordHash: await hashPassword(PASSWORD, 1024), createdAt: '2020-11-01T00:00:00.000Z' })
      .run();
    const stationUser = await login('dai.xa');
    expect((await stationUser.get(`/api/dashboard/scorecards/${office.id}`)).statusCode).toBe(404);
    // Its own card: the sub-task does not count among its own tasks (top-level tasks only).
    expect((await stationUser.get(`/api/dashboard/scorecards/${station.id}`)).json<UnitScorecard>().tasks.total).toBe(0);
    // The newspaper cannot read the office's, the department and the leader can.
    expect((await (await login('baolangson')).get(`/api/dashboard/scorecards/${office.id}`)).statusCode).toBe(404);
    for (const who of ['staff', 'leader']) {
      const res = await (await login(who)).get(`/api/dashboard/scorecards/${office.id}`);
      expect(res.json<UnitScorecard>().subUnits.map((s) => s.unit.id), who).toEqual([station.id]);
    }
    expect((await app.inject({ method: 'GET', url: `/api/dashboard/scorecards/${office.id}` })).statusCode).toBe(401);
  });
});
