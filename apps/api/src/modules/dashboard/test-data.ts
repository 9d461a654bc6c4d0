/**
 * Hand-made data for the dashboard's tests: directives, tasks, items, activities and reports
 * written as rows, each in a state chosen on purpose, so every figure can be checked exactly.
 * Today is 2021-03-01 in Vietnam (fakeClock below).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, directives, reportRequests, reports, reportVersions, taskItems, tasks, units, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { seedDirectory } from '../../seed/directory';
import { fakeClock, freshDb } from '../../../test/helpers';

export const TODAY = '2021-03-01';
export const SO = 'Sở Thông tin và Truyền thông';
export const UBND = 'Ủy ban nhân dân tỉnh Lạng Sơn';
const NOW = '2021-03-01T02:00:00.000Z';

export function builder(db: Db) {
  const unitId = (code: string) => {
    const u = db.select({ id: units.id }).from(units).where(eq(units.code, code)).get();
    if (!u) throw new Error(`no unit ${code}`);
    return u.id;
  };
  const directive = (o: { issuedOn: string; issuer?: string; deadline?: string | null; status?: 'draft' | 'published' }) =>
    db
      .insert(directives)
      .values({
        status: o.status ?? 'published',
        number: null,
        symbol: 'STTTT',
        issuer: o.issuer ?? SO,
        issued: { year: Number(o.issuedOn.slice(0, 4)), month: Number(o.issuedOn.slice(5, 7)), day: Number(o.issuedOn.slice(8, 10)) },
        issuedOn: o.issuedOn,
        subject: `Văn bản ngày ${o.issuedOn}`,
        signer: { name: null, title: null, authority: null },
        references: [],
        recipients: [],
        cc: [],
        parts: [],
        closing: [],
        report: { required: false, deadline: null, onRequest: false, recurrence: null },
        dueDate: o.deadline ?? null,
        createdAt: NOW,
        updatedAt: NOW,
      })
      .returning({ id: directives.id })
      .get().id;
  const task = (o: { directive: number; unit: string; deadline: string | null; received?: string | null; completed?: string | null; items: number; done: number; parent?: number }) => {
    const id = db
      .insert(tasks)
      .values({
        directiveId: o.directive,
        unitId: unitId(o.unit),
        source: o.parent ? 'delegated' : 'recipient',
        parentTaskId: o.parent ?? null,
        deadline: o.deadline,
        receivedAt: o.received ?? (o.completed ? o.completed : null),
        completedAt: o.completed ?? null,
        itemsTotal: o.items,
        itemsDone: o.done,
        createdAt: NOW,
      })
      .returning({ id: tasks.id })
      .get().id;
    for (let i = 0; i < o.items; i += 1) {
      db.insert(taskItems)
        .values({ taskId: id, position: i, partKey: String(i + 1), title: `Nội dung ${i + 1}`, text: '…', status: i < o.done ? 'done' : 'not_started' })
        .run();
    }
    return id;
  };
  const activity = (o: { task: number; unit: string; date: string; form: string; deleted?: boolean }) =>
    db
      .insert(activities)
      .values({ unitId: unitId(o.unit), taskId: o.task, dateFrom: o.date, form: o.form, title: `${o.form} ${o.date}`, links: [], createdById: 1, createdAt: NOW, updatedAt: NOW, deletedAt: o.deleted ? NOW : null })
      .returning({ id: activities.id })
      .get().id;
  const request = (o: { deadline: string; directive?: number; status?: 'draft' | 'open' | 'closed' }) =>
    db
      .insert(reportRequests)
      .values({ status: o.status ?? 'open', directiveId: o.directive ?? null, title: `Yêu cầu hạn ${o.deadline}`, kind: 'ad_hoc', deadline: o.deadline, outline: [], fields: [], createdAt: NOW, updatedAt: NOW })
      .returning({ id: reportRequests.id })
      .get().id;
  /** `reviews`: what the department said of each submission in turn (null = not reviewed yet). */
  const report = (o: { request: number; unit: string; status: 'draft' | 'submitted' | 'returned' | 'accepted'; deadline: string; reviews?: ('accepted' | 'returned' | null)[] }) => {
    const reviews = o.reviews ?? [];
    const id = db
      .insert(reports)
      .values({ requestId: o.request, unitId: unitId(o.unit), status: o.status, deadline: o.deadline, narrative: {}, figures: {}, submissions: reviews.length, submittedAt: reviews.length ? NOW : null, createdAt: NOW, updatedAt: NOW })
      .returning({ id: reports.id })
      .get().id;
    reviews.forEach((review, i) =>
      db.insert(reportVersions).values({ reportId: id, no: i + 1, nothingToReport: false, narrative: {}, figures: {}, submittedAt: NOW, late: false, review }).run(),
    );
    return id;
  };
  return { unitId, directive, task, activity, request, report };
}

/**
 * The scenario (today 2021-03-01):
 * - D1 (Sở, 2021-01-10, due 2021-01-31): Báo Lạng Sơn done at 23:59 on the 31st in Vietnam (on
 *   time), Đài PT-TH done at 00:00 on 1 February (late, 1 day), Tràng Định's office received and
 *   overdue (with a sub-task to Thất Khê's station), Lạng Sơn city's office never opened it (overdue).
 * - D2 (UBND tỉnh, 2021-02-15, due 2021-03-10): the newspaper done, Tràng Định in progress, Đài PT-TH not received.
 * - D3 (Sở, 2021-02-20, no deadline): the city office done, Tràng Định in progress.
 * - D4 (Sở, 2020-12-15, due 2020-12-31): the newspaper done on 5 January (late, 5 days).
 * - a draft directive, which counts nowhere.
 */
export function scenario(db: Db) {
  const b = builder(db);
  const d1 = b.directive({ issuedOn: '2021-01-10', deadline: '2021-01-31' });
  const d2 = b.directive({ issuedOn: '2021-02-15', deadline: '2021-03-10', issuer: UBND });
  const d3 = b.directive({ issuedOn: '2021-02-20', deadline: null });
  const d4 = b.directive({ issuedOn: '2020-12-15', deadline: '2020-12-31' });
  b.directive({ issuedOn: '2021-02-01', status: 'draft' });
  const t = {
    t1: b.task({ directive: d1, unit: 'BLS', deadline: '2021-01-31', completed: '2021-01-31T16:59:00.000Z', items: 3, done: 3 }),
    t2: b.task({ directive: d1, unit: 'DPTTH', deadline: '2021-01-31', completed: '2021-01-31T17:00:00.000Z', items: 2, done: 2 }),
    t3: b.task({ directive: d1, unit: 'VHTT-180', deadline: '2021-01-31', received: '2021-01-11T02:00:00.000Z', items: 4, done: 1 }),
    t4: b.task({ directive: d1, unit: 'VHTT-178', deadline: '2021-01-31', items: 2, done: 0 }),
    t6: b.task({ directive: d2, unit: 'BLS', deadline: '2021-03-10', completed: '2021-02-20T03:00:00.000Z', items: 2, done: 2 }),
    t7: b.task({ directive: d2, unit: 'VHTT-180', deadline: '2021-03-10', received: '2021-02-16T02:00:00.000Z', items: 3, done: 2 }),
    t8: b.task({ directive: d2, unit: 'DPTTH', deadline: '2021-03-10', items: 1, done: 0 }),
    t9: b.task({ directive: d3, unit: 'VHTT-178', deadline: null, completed: '2021-02-25T03:00:00.000Z', items: 1, done: 1 }),
    t10: b.task({ directive: d3, unit: 'VHTT-180', deadline: null, received: '2021-02-21T02:00:00.000Z', items: 2, done: 0 }),
    t11: b.task({ directive: d4, unit: 'BLS', deadline: '2020-12-31', completed: '2021-01-05T03:00:00.000Z', items: 1, done: 1 }),
  };
  const t5 = b.task({ directive: d1, unit: 'DTT-05995', deadline: '2021-01-31', completed: '2021-01-20T03:00:00.000Z', items: 1, done: 1, parent: t.t3 });
  const a = {
    a1: b.activity({ task: t.t1, unit: 'BLS', date: '2021-01-15', form: 'bao_in' }),
    a2: b.activity({ task: t.t1, unit: 'BLS', date: '2021-01-20', form: 'bao_dien_tu' }),
    a3: b.activity({ task: t.t6, unit: 'BLS', date: '2021-02-18', form: 'bao_in' }),
    a4: b.activity({ task: t.t3, unit: 'VHTT-180', date: '2021-01-25', form: 'hoi_nghi' }),
    a5: b.activity({ task: t5, unit: 'DTT-05995', date: '2021-01-26', form: 'truyen_thanh_co_so' }),
    a6: b.activity({ task: t.t3, unit: 'VHTT-180', date: '2021-01-27', form: 'pano_bang_ron', deleted: true }),
    a7: b.activity({ task: t.t11, unit: 'BLS', date: '2020-12-20', form: 'bao_in' }),
  };
  const r1 = b.request({ deadline: '2021-02-10', directive: d1 });
  const r2 = b.request({ deadline: '2021-02-10', status: 'draft' });
  const r3 = b.request({ deadline: '2021-03-20' });
  const r = {
    bls: b.report({ request: r1, unit: 'BLS', status: 'accepted', deadline: '2021-02-10', reviews: ['accepted'] }),
    dpt: b.report({ request: r1, unit: 'DPTTH', status: 'returned', deadline: '2021-02-20', reviews: ['returned'] }),
    td: b.report({ request: r1, unit: 'VHTT-180', status: 'draft', deadline: '2021-02-10' }),
    tp: b.report({ request: r1, unit: 'VHTT-178', status: 'submitted', deadline: '2021-02-25', reviews: ['returned', null] }),
    draftRequest: b.report({ request: r2, unit: 'BLS', status: 'draft', deadline: '2021-02-10' }),
    later: b.report({ request: r3, unit: 'BLS', status: 'draft', deadline: '2021-03-20' }),
  };
  return { d: { d1, d2, d3, d4 }, t: { ...t, t5 }, a, r, unit: b.unitId };
}

/** A fresh database with the 2020 directory and the scenario; staff and unit actors. */
export function scenarioDb() {
  const clock = fakeClock(NOW);
  const { db } = freshDb();
  seedDirectory(db, clock);
  db.insert(users).values({ username: 'x', passwordHash: 'x', fullName: 'Người ghi', role: 'staff', createdAt: NOW }).run();
  const s = scenario(db);
  const staff: Actor = { userId: 1, username: 'x', role: 'staff', unitId: null, isHead: false };
  const unit = (code: string): Actor => ({ userId: 99, username: code, role: 'unit', unitId: s.unit(code), isHead: true });
  return { db, clock, s, staff, unit };
}
