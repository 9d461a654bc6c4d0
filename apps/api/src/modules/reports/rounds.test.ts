import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ReportRequest, ReportRequestList } from '@dondoc/schemas';
import { notifications, reportRequests, reports, users } from '../../db/schema/index';
import { buildApp } from '../../app';
import { fakeClock, testApp } from '../../../test/helpers';
import { currentRound, roundsDue, runDueRounds } from './rounds';
import { unitIdOf } from './test-setup';

describe('Decree 09 cut-off periods', () => {
  it('runs monthly rounds from the 15th of the previous month to the 14th', () => {
    expect(currentRound('monthly', '2021-01-20')).toEqual({ key: '2021-01', label: 'tháng 01/2021', periodFrom: '2020-12-15', periodTo: '2021-01-14' });
    expect(currentRound('monthly', '2021-01-15').key).toBe('2021-01');
    // On the 14th the January period is still running: the latest complete one is December's.
    expect(currentRound('monthly', '2021-01-14')).toMatchObject({ key: '2020-12', periodFrom: '2020-11-15', periodTo: '2020-12-14' });
    expect(currentRound('monthly', '2021-03-01')).toMatchObject({ key: '2021-02', periodFrom: '2021-01-15', periodTo: '2021-02-14' });
  });

  it('runs quarterly and yearly rounds the same way', () => {
    expect(currentRound('quarterly', '2021-03-15')).toEqual({ key: '2021-Q1', label: 'quý I/2021', periodFrom: '2020-12-15', periodTo: '2021-03-14' });
    expect(currentRound('quarterly', '2021-03-14')).toMatchObject({ key: '2020-Q4', periodFrom: '2020-09-15', periodTo: '2020-12-14' });
    expect(currentRound('quarterly', '2021-08-01')).toMatchObject({ key: '2021-Q2', periodFrom: '2021-03-15', periodTo: '2021-06-14' });
    expect(currentRound('yearly', '2021-12-15')).toEqual({ key: '2021', label: 'năm 2021', periodFrom: '2020-12-15', periodTo: '2021-12-14' });
    expect(currentRound('yearly', '2021-06-01')).toMatchObject({ key: '2020', periodFrom: '2019-12-15', periodTo: '2020-12-14' });
  });

  it('lists the rounds due since the last one, oldest first', () => {
    expect(roundsDue('monthly', '2021-01', '2021-02-14')).toEqual([]);
    expect(roundsDue('monthly', '2020-11', '2021-02-15').map((r) => r.key)).toEqual(['2020-12', '2021-01', '2021-02']);
    expect(roundsDue('quarterly', '2020-Q4', '2021-06-15').map((r) => r.key)).toEqual(['2021-Q1', '2021-Q2']);
    expect(roundsDue('yearly', '2020', '2021-12-20').map((r) => r.key)).toEqual(['2021']);
  });
});

describe('periodic requests', () => {
  it('creates its rounds by itself, each with its cut-off and deadline, never twice', async () => {
    const clock = fakeClock('2021-01-20T02:00:00.000Z');
    const { db, login, config } = await testApp({ clock });
    const staff = await login('staff');
    const created = await staff.post('/api/report-requests', {
      title: 'Báo cáo công tác thông tin tuyên truyền',
      kind: 'periodic',
      frequency: 'monthly',
      deadline: '2021-01-25',
      // Ignored for a periodic request: each round has its own.
      periodFrom: '2020-01-01',
      periodTo: '2020-01-31',
      recipients: [{ kind: 'unit', unitId: unitIdOf(db, 'BLS') }, { kind: 'unit', unitId: unitIdOf(db, 'DPTTH') }],
      outline: [{ title: 'Kết quả' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const series = created.json<ReportRequest>();
    expect(series).toMatchObject({ periodFrom: null, periodTo: null });
    const opened = await staff.post(`/api/report-requests/${series.id}/open`, { version: series.version });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json<ReportRequest>()).toMatchObject({ status: 'open', periodFrom: '2020-12-15', periodTo: '2021-01-14' });
    const first = opened.json<ReportRequest>().rounds;
    expect(first).toEqual([{ id: expect.any(Number), roundKey: '2021-01', periodFrom: '2020-12-15', periodTo: '2021-01-14', deadline: '2021-01-25', status: 'open' }]);
    const round = (await staff.get(`/api/report-requests/${first[0]!.id}`)).json<ReportRequest>();
    expect(round).toMatchObject({ title: 'Báo cáo công tác thông tin tuyên truyền tháng 01/2021', seriesId: series.id, roundKey: '2021-01', counts: { recipients: 2 } });
    // The series itself holds no reports; its rounds do.
    expect(db.select().from(reports).where(eq(reports.requestId, series.id)).all()).toEqual([]);

    expect(runDueRounds(db, clock)).toEqual([]);
    clock.set('2021-02-14T16:59:00.000Z'); // 23:59 on the 14th in Vietnam
    expect(runDueRounds(db, clock)).toEqual([]);
    clock.set('2021-02-14T17:00:00.000Z'); // 00:00 on the 15th
    // The app makes due rounds when it starts (and hourly after): a restart on the 15th finds February's.
    const restarted = await buildApp({ db, clock, config });
    await restarted.ready();
    await restarted.close();
    const feb = db.select({ id: reportRequests.id }).from(reportRequests).where(and(eq(reportRequests.seriesId, series.id), eq(reportRequests.roundKey, '2021-02'))).all().map((r) => r.id);
    expect(feb).toHaveLength(1);
    expect(runDueRounds(db, clock)).toEqual([]);
    const febRow = db.select().from(reportRequests).where(eq(reportRequests.id, feb[0]!)).get();
    expect(febRow).toMatchObject({ roundKey: '2021-02', periodFrom: '2021-01-15', periodTo: '2021-02-14', deadline: '2021-02-25', status: 'open', title: 'Báo cáo công tác thông tin tuyên truyền tháng 02/2021' });
    expect(db.select({ deadline: reports.deadline }).from(reports).where(eq(reports.requestId, feb[0]!)).all()).toEqual([{ deadline: '2021-02-25' }, { deadline: '2021-02-25' }]);

    // After a stop of three months, the missed rounds come at once.
    clock.set('2021-05-20T02:00:00.000Z');
    expect(runDueRounds(db, clock)).toHaveLength(3);
    const keys = db.select({ key: reportRequests.roundKey }).from(reportRequests).where(eq(reportRequests.seriesId, series.id)).all().map((r) => r.key);
    expect(keys.sort()).toEqual(['2021-01', '2021-02', '2021-03', '2021-04', '2021-05']);

    // The unit sees its rounds, not the series, soonest deadline first.
    const bls = await login('baolangson');
    const items = (await bls.get('/api/report-requests')).json<ReportRequestList>().items.filter((i) => i.seriesId === series.id);
    expect(items.map((i) => i.roundKey)).toEqual(['2021-01', '2021-02', '2021-03', '2021-04', '2021-05']);
    expect(items[4]!.myReport).toMatchObject({ deadline: '2021-05-25', daysLeft: 5 });
    expect((await bls.get(`/api/report-requests/${series.id}`)).statusCode).toBe(404);

    // Closed: no more rounds. (A new session: the clock moved past the first one's lifetime.)
    const staffNow = await login('staff');
    const now = (await staffNow.get(`/api/report-requests/${series.id}`)).json<ReportRequest>();
    expect((await staffNow.post(`/api/report-requests/${series.id}/close`, { version: now.version })).statusCode).toBe(200);
    clock.set('2021-07-01T02:00:00.000Z');
    expect(runDueRounds(db, clock)).toEqual([]);
  });

  it('refuses a first deadline already past; a quarterly series starts with the last quarter that ended', async () => {
    const clock = fakeClock('2021-04-02T02:00:00.000Z');
    const { db, login } = await testApp({ clock });
    const staff = await login('staff');
    const make = async (deadline: string) =>
      (await staff.post('/api/report-requests', { title: 'Báo cáo quý', kind: 'periodic', frequency: 'quarterly', deadline, recipients: [{ kind: 'unit', unitId: unitIdOf(db, 'BLS') }], fields: [{ name: 'Số tin, bài', type: 'number' }] })).json<ReportRequest>();
    const early = await make('2021-03-10');
    const res = await staff.post(`/api/report-requests/${early.id}/open`, { version: early.version });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'DEADLINE_PAST' });
    const ok = await make('2021-04-10');
    const opened = (await staff.post(`/api/report-requests/${ok.id}/open`, { version: ok.version })).json<ReportRequest>();
    expect(opened.rounds).toMatchObject([{ roundKey: '2021-Q1', periodFrom: '2020-12-15', periodTo: '2021-03-14', deadline: '2021-04-10' }]);
    // Q2 ends on 14/06: due 27 days later, as the first round was.
    clock.set('2021-06-15T02:00:00.000Z');
    const [q2] = runDueRounds(db, clock);
    expect(db.select().from(reportRequests).where(eq(reportRequests.id, q2!)).get()).toMatchObject({ roundKey: '2021-Q2', periodFrom: '2021-03-15', periodTo: '2021-06-14', deadline: '2021-07-11' });
    // Báo Lạng Sơn heard of each round, with a link to that round's own report.
    const bls = db.select({ id: users.id }).from(users).where(eq(users.username, 'baolangson')).get()!;
    const heard = db.select().from(notifications).where(and(eq(notifications.userId, bls.id), eq(notifications.kind, 'report.requested'))).orderBy(notifications.id).all();
    const reportOf = (requestId: number) => db.select({ id: reports.id }).from(reports).where(eq(reports.requestId, requestId)).get()!.id;
    // (The first is the seed's own request.)
    expect(heard.slice(-2).map((n) => n.link)).toEqual([`/reports/${reportOf(opened.rounds[0]!.id)}`, `/reports/${reportOf(q2!)}`]);
    expect(heard.at(-1)!.title).toContain('quý II/2021');
    expect(heard.at(-1)!.body).toBe('Hạn nộp: 11/07/2021.');
  });
});
