import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Dashboard, DelegateResult, DelegationTargets, Rollup, TaskSummary, TaskWithItems } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { activities, activityItems, auditLog, taskItems, tasks, units, users } from '../../db/schema/index';
import { hashPassword } from '../auth/password';
import { PASSWORD, testApp } from '../../../test/helpers';

type App = Awaited<ReturnType<typeof testApp>>;
type Session = Awaited<ReturnType<App['login']>>;

const unitId = (db: Db, code: string) => {
  const u = db.select({ id: units.id }).from(units).where(eq(units.code, code)).get();
  if (!u) throw new Error(code);
  return u.id;
};
const officeOf = (db: Db, district: string) => {
  const u = db.select().from(units).where(eq(units.name, `Phòng Văn hóa và Thông tin huyện ${district}`)).get();
  if (!u) throw new Error(district);
  return u;
};
const childrenOf = (db: Db, parentId: number) => db.select().from(units).where(eq(units.parentId, parentId)).orderBy(units.id).all();

/** The seed dispatch's task of a unit (top level). */
async function ownTask(s: Session): Promise<TaskWithItems> {
  const mine = (await s.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
  const top = mine.find((t) => t.parentTaskId === null && t.directive.subject.includes('Ăng-ghen'));
  if (!top) throw new Error('no task');
  return (await s.get(`/api/tasks/${top.id}`)).json<TaskWithItems>();
}

/** A directive with deadlines, addressed to one unit, published by staff. */
async function publishTo(staff: Session, unit: number, label: string) {
  const d = (
    await staff.post('/api/directives', {
      subject: 'Tuyên truyền Ngày Pháp luật Việt Nam',
      issued: { year: 2020, month: 11, day: 18 },
      recipients: [{ label, unitId: unit }],
      parts: [{ title: 'Tuyên truyền trên loa truyền thanh', deadline: '2020-12-05' }, { title: 'Treo băng rôn, khẩu hiệu' }],
      dueDate: '2020-12-10',
    })
  ).json<{ id: number; version: number }>();
  const res = await staff.post(`/api/directives/${d.id}/publish`, { version: d.version });
  if (res.statusCode !== 200) throw new Error(res.body);
  return d.id;
}

async function addUser(db: Db, username: string, unit: number) {
  db.insert(users)
    .values({ username, fullName: username, role: 'unit', unitId: unit, isHead: true, passwordHash: await hashPassword(PASSWORD, 1024), createdAt: '2020-11-01T00:00:00.000Z' })
    .run();
}

describe('delegation', () => {
  it('creates one sub-task per unit with the chosen items, adds later items without duplicates, and audits it', async () => {
    const { db, login } = await testApp();
    const office = officeOf(db, 'Bình Gia');
    const [centre, s1, s2] = childrenOf(db, office.id);
    const vhtt = await login('vhtt.binhgia');
    const task = await ownTask(vhtt);
    const picked = task.items.filter((i) => ['1.1', '3.1'].includes(i.partKey));

    const targets = (await vhtt.get(`/api/tasks/${task.id}/delegation-targets`)).json<DelegationTargets>();
    expect(targets.groups.map((g) => g.kind)).toEqual(['district_culture_centre', 'commune_radio']);
    expect(targets.groups[0]!.units.map((u) => u.id)).toEqual([centre!.id]);
    expect(targets.groups[1]!.units).toHaveLength(childrenOf(db, office.id).length - 1);

    const res = await vhtt.post(`/api/tasks/${task.id}/delegate`, { itemIds: picked.map((i) => i.id), unitIds: [centre!.id, s1!.id, s2!.id], note: 'Tuyên truyền trên loa', deadline: '2020-11-30' });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json<DelegateResult>();
    expect(result).toMatchObject({ created: 3, extended: 0, unchanged: 0 });
    expect(result.rollup.subtasks[0]!.unit.id).toBe(centre!.id);
    expect(result.rollup.subtasks.map((s) => s.unit.id).sort()).toEqual([centre!.id, s1!.id, s2!.id].sort());
    const subs = db.select().from(tasks).where(eq(tasks.parentTaskId, task.id)).all();
    expect(subs).toHaveLength(3);
    for (const s of subs) {
      expect(s).toMatchObject({ directiveId: task.directive.id, source: 'delegated', delegationNote: 'Tuyên truyền trên loa', deadline: '2020-11-30', itemsTotal: 2, itemsDone: 0, receivedAt: null });
      const items = db.select().from(taskItems).where(eq(taskItems.taskId, s.id)).orderBy(taskItems.position).all();
      expect(items.map((i) => [i.parentItemId, i.partKey, i.title])).toEqual(picked.map((i) => [i.id, i.partKey, i.title]));
    }
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'task.delegate')).all().filter((a) => (a.after as { parentTaskId: number }).parentTaskId === task.id);
    expect(audit.map((a) => a.entityId).sort()).toEqual(subs.map((s) => s.id).sort());
    expect(audit[0]).toMatchObject({ actorId: expect.any(Number), directiveId: task.directive.id, after: { itemIds: picked.map((i) => i.id), note: 'Tuyên truyền trên loa', deadline: '2020-11-30' } });

    // The centre sees its sub-task like any task, with who passed it on.
    const seen = (await vhtt.get(`/api/tasks/${task.id}`)).json<TaskWithItems>();
    expect(seen.subtaskCount).toBe(3);
    expect(seen.items.find((i) => i.partKey === '1.1')?.delegated).toEqual({ done: 0, total: 3 });
    expect(seen.items.find((i) => i.partKey === '1.2')?.delegated).toBeNull();
    // The delegating task itself is untouched.
    expect(seen).toMatchObject({ receivedAt: null, itemsDone: 0, itemsTotal: 6 });

    // Again, with one item already held and one new: only the new one is added.
    const more = picked.map((i) => i.id).concat(task.items.find((i) => i.partKey === '2.1')!.id);
    const again = (await vhtt.post(`/api/tasks/${task.id}/delegate`, { itemIds: more, unitIds: [s1!.id] })).json<DelegateResult>();
    expect(again).toMatchObject({ created: 0, extended: 1, unchanged: 0 });
    const s1Task = subs.find((s) => s.unitId === s1!.id)!;
    const s1Items = db.select().from(taskItems).where(eq(taskItems.taskId, s1Task.id)).orderBy(taskItems.position).all();
    expect(s1Items.map((i) => i.partKey)).toEqual(['1.1', '3.1', '2.1']);
    expect(s1Items.map((i) => i.position)).toEqual([0, 1, 2]);
    expect(db.select().from(tasks).where(eq(tasks.id, s1Task.id)).get()).toMatchObject({ itemsTotal: 3, delegationNote: 'Tuyên truyền trên loa', deadline: '2020-11-30' });
    expect((await vhtt.post(`/api/tasks/${task.id}/delegate`, { itemIds: more, unitIds: [s1!.id] })).json<DelegateResult>()).toMatchObject({ unchanged: 1 });
    expect(db.select().from(tasks).where(eq(tasks.parentTaskId, task.id)).all()).toHaveLength(3);
  });

  it('refuses a deadline later than the task’s own, units not under the caller, items of another task, and other users', async () => {
    const { db, login } = await testApp();
    const staff = await login('staff');
    const office = officeOf(db, 'Bình Gia');
    const directiveId = await publishTo(staff, office.id, 'Phòng VH-TT Bình Gia');
    const vhtt = await login('vhtt.binhgia');
    const task = (await vhtt.get(`/api/directives/${directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items[0]!;
    expect(task.deadline).toBe('2020-12-10');
    const [centre] = childrenOf(db, office.id);
    const body = { itemIds: [task.items[0]!.id], unitIds: [centre!.id] };

    const late = await vhtt.post(`/api/tasks/${task.id}/delegate`, { ...body, deadline: '2020-12-11' });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ code: 'DEADLINE_AFTER_OWN', fields: [{ path: 'deadline' }] });

    const tdStation = unitId(db, 'DTT-05995');
    for (const stranger of [tdStation, office.id, office.parentId!, unitId(db, 'BLS'), officeOf(db, 'Tràng Định').id]) {
      const res = await vhtt.post(`/api/tasks/${task.id}/delegate`, { ...body, unitIds: [centre!.id, stranger] });
      expect(res.statusCode, String(stranger)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'NOT_SUBORDINATE', fields: [{ path: 'unitIds' }] });
    }
    const seedTask = await ownTask(vhtt);
    const foreignItem = await vhtt.post(`/api/tasks/${task.id}/delegate`, { ...body, itemIds: [seedTask.items[0]!.id] });
    expect(foreignItem.json()).toMatchObject({ code: 'UNKNOWN_ITEM' });
    expect((await vhtt.post(`/api/tasks/${task.id}/delegate`, { ...body, itemIds: [] })).json()).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'itemIds' }] });
    expect((await vhtt.post(`/api/tasks/${task.id}/delegate`, { ...body, deadline: '2020-13-01' })).statusCode).toBe(400);
    expect((await staff.post(`/api/tasks/${task.id}/delegate`, body)).statusCode).toBe(403);
    expect((await (await login('leader')).post(`/api/tasks/${task.id}/delegate`, body)).statusCode).toBe(403);
    expect((await (await login('vhtt.trangdinh')).post(`/api/tasks/${task.id}/delegate`, body)).statusCode).toBe(404);
    expect(db.select().from(tasks).where(eq(tasks.parentTaskId, task.id)).all()).toHaveLength(0);

    // On time: the sub-task's deadline, and its items' deadlines capped by it.
    const ok = await vhtt.post(`/api/tasks/${task.id}/delegate`, { itemIds: task.items.map((i) => i.id), unitIds: [centre!.id], deadline: '2020-12-01' });
    expect(ok.statusCode, ok.body).toBe(200);
    const sub = db.select().from(tasks).where(eq(tasks.parentTaskId, task.id)).get()!;
    expect(sub.deadline).toBe('2020-12-01');
    expect(db.select().from(taskItems).where(eq(taskItems.taskId, sub.id)).all().map((i) => i.deadline)).toEqual(['2020-12-01', '2020-12-01']);
    // No deadline given: the task's own.
    await vhtt.post(`/api/tasks/${task.id}/delegate`, { itemIds: [task.items[0]!.id], unitIds: [childrenOf(db, office.id)[1]!.id] });
    const second = db.select().from(tasks).where(and(eq(tasks.parentTaskId, task.id), eq(tasks.unitId, childrenOf(db, office.id)[1]!.id))).get()!;
    expect(second.deadline).toBe('2020-12-10');
    expect(db.select().from(taskItems).where(eq(taskItems.taskId, second.id)).get()?.deadline).toBe('2020-12-05');
  });

  it('keeps sub-tasks from siblings, and a sub-unit from its parent’s task and other sub-units’ tasks', async () => {
    const { db, login } = await testApp();
    const vhtt = await login('vhtt.trangdinh');
    const task = await ownTask(vhtt);
    const rollup = (await vhtt.get(`/api/tasks/${task.id}/subtasks`)).json<Rollup>();
    expect(rollup.subtasks).toHaveLength(23);
    const station = rollup.subtasks.find((s) => s.unit.id === unitId(db, 'DTT-05995'))!;
    const centre = rollup.subtasks.find((s) => s.unit.id === unitId(db, 'TTVH-180'))!;
    const other = rollup.subtasks.find((s) => s.unit.kind === 'commune_radio' && s.taskId !== station.taskId)!;

    // Another district's office: none of it exists.
    const sibling = await login('vhtt.binhgia');
    for (const id of [station.taskId, centre.taskId, task.id]) {
      expect((await sibling.get(`/api/tasks/${id}`)).statusCode).toBe(404);
      expect((await sibling.get(`/api/tasks/${id}/subtasks`)).statusCode).toBe(404);
      expect((await sibling.get(`/api/tasks/${id}/comments`)).statusCode).toBe(404);
    }
    expect((await sibling.get('/api/tasks')).json<{ items: TaskSummary[] }>().items.map((t) => t.unit.name)).toEqual(['Phòng Văn hóa và Thông tin huyện Bình Gia']);

    // Thất Khê's station: its own sub-task only.
    const tk = await login('dtt.thatkhe');
    const mine = (await tk.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
    expect(mine.map((t) => t.id)).toEqual([station.taskId]);
    const own = (await tk.get(`/api/tasks/${station.taskId}`)).json<TaskWithItems>();
    expect(own).toMatchObject({ source: 'delegated', parentTaskId: task.id, delegation: { from: { name: 'Phòng Văn hóa và Thông tin huyện Tràng Định' }, note: expect.stringContaining('Đài Truyền thanh') } });
    for (const id of [task.id, centre.taskId, other.taskId]) {
      expect((await tk.get(`/api/tasks/${id}`)).statusCode, String(id)).toBe(404);
      expect((await tk.get(`/api/tasks/${id}/subtasks`)).statusCode).toBe(404);
      expect((await tk.post(`/api/tasks/${id}/acknowledge`)).statusCode).toBe(404);
      expect((await tk.get(`/api/tasks/${id}/delegation-targets`)).statusCode).toBe(404);
    }
    // It sees the directive, and there only its own task.
    expect((await tk.get(`/api/directives/${task.directive.id}`)).statusCode).toBe(200);
    expect((await tk.get(`/api/directives/${task.directive.id}/tasks`)).json<{ items: TaskWithItems[] }>().items.map((t) => t.id)).toEqual([station.taskId]);
    // The delegating office reads its sub-tasks but does not work on them.
    const item = own.items[0]!;
    expect((await vhtt.get(`/api/tasks/${station.taskId}`)).statusCode).toBe(200);
    expect((await vhtt.patch(`/api/tasks/${station.taskId}/items/${item.id}`, { status: 'done', version: item.version })).statusCode).toBe(403);
    expect((await vhtt.post(`/api/tasks/${station.taskId}/acknowledge`)).statusCode).toBe(403);
    // …and its own lists stay its own.
    expect((await vhtt.get('/api/tasks')).json<{ items: TaskSummary[] }>().items.map((t) => t.id)).toEqual([task.id]);
    expect((await vhtt.get(`/api/directives/${task.directive.id}/tasks`)).json<{ items: TaskWithItems[] }>().items.map((t) => t.id)).toEqual([task.id]);
  });

  it('rolls sub-units’ progress up: states, items done, "n of m" per item, activities', async () => {
    const { db, login } = await testApp();
    const vhtt = await login('vhtt.trangdinh');
    const task = await ownTask(vhtt);
    const item21 = task.items.find((i) => i.partKey === '2.1')!;
    // The seed: Thất Khê finished 2.1; two activities logged.
    expect(item21.delegated).toEqual({ done: 1, total: 23 });
    expect(task.subtaskCount).toBe(23);

    const tt = await login('tt.trangdinh');
    const centreTask = (await tt.get('/api/tasks')).json<{ items: TaskSummary[] }>().items[0]!;
    const centre = (await tt.get(`/api/tasks/${centreTask.id}`)).json<TaskWithItems>();
    for (const i of centre.items) {
      const res = await tt.patch(`/api/tasks/${centre.id}/items/${i.id}`, i.partKey === '3.1' ? { status: 'not_applicable', reason: 'Trung tâm không có cấp dưới', version: i.version } : { status: 'done', version: i.version });
      expect(res.statusCode, res.body).toBe(200);
    }

    const r = (await vhtt.get(`/api/tasks/${task.id}/subtasks`)).json<Rollup>();
    expect(r.totals).toMatchObject({ subtasks: 23, received: 2, completed: 1, overdue: 0 });
    const row = r.subtasks.find((s) => s.taskId === centre.id)!;
    expect(row).toMatchObject({ unit: { kind: 'district_culture_centre' }, itemsDone: 3, itemsTotal: 3, state: 'done', activities: { count: 1, reach: 5000 } });
    expect(row.activities.byForm).toEqual([{ form: 'pano_bang_ron', count: 1, reach: 5000, quantities: [{ measure: 'cái', quantity: 12 }] }]);
    expect(r.subtasks[0]!.unit.kind).toBe('district_culture_centre');
    expect(r.subtasks.filter((s) => s.activities.count > 0)).toHaveLength(2);
    expect(r.totals.delegated).toMatchObject({ count: 2, reach: 8000 });
    expect(r.totals.own.count).toBe(0);
    expect(r.totals.all.count).toBe(2);
    const byKey = new Map(r.items.map((i) => [i.partKey, i]));
    expect(byKey.get('1.1')).toMatchObject({ delegated: { done: 1, total: 23 }, activityCount: 1, status: 'not_started' });
    expect(byKey.get('2.1')).toMatchObject({ delegated: { done: 2, total: 23 }, activityCount: 1 });
    expect(byKey.get('3.1')).toMatchObject({ delegated: { done: 1, total: 23 } });
    expect(byKey.get('1.2')).toMatchObject({ delegated: null, subtasks: [], activityCount: 0 });
    expect(byKey.get('2.1')!.subtasks).toHaveLength(23);

    // Finished by sub-units is not finished: the office marks its own item.
    const own = (await vhtt.get(`/api/tasks/${task.id}`)).json<TaskWithItems>();
    expect(own.items.find((i) => i.partKey === '1.1')).toMatchObject({ status: 'not_started', delegated: { done: 1, total: 23 } });
    expect(own.itemsDone).toBe(0);

    // A deleted activity no longer counts.
    db.update(activities).set({ deletedAt: '2020-11-20T03:00:00.000Z' }).where(eq(activities.taskId, centre.id)).run();
    expect((await vhtt.get(`/api/tasks/${task.id}/subtasks`)).json<Rollup>().totals.delegated.count).toBe(1);

    // The department reads the roll-up and opens a sub-task from it.
    for (const who of ['staff', 'leader']) {
      const s = await login(who);
      const seen = (await s.get(`/api/tasks/${task.id}/subtasks`)).json<Rollup>();
      expect(seen.subtasks).toHaveLength(23);
      expect((await s.get(`/api/tasks/${centre.id}`)).json<TaskWithItems>()).toMatchObject({ itemsDone: 3, parentTaskId: task.id });
    }
    // The sub-unit's own (empty) roll-up is its to read; the parent's is not.
    expect((await tt.get(`/api/tasks/${centre.id}/subtasks`)).json<Rollup>().subtasks).toHaveLength(0);
    expect((await tt.get(`/api/tasks/${task.id}/subtasks`)).statusCode).toBe(404);
  });

  it('passes work further down a chain, each level seeing only what is below it', async () => {
    const { db, login } = await testApp();
    const staff = await login('staff');
    const ubnd = unitId(db, 'UBND-180');
    const office = officeOf(db, 'Tràng Định');
    const station = unitId(db, 'DTT-05995');
    const neighbour = unitId(db, 'DTT-05998');
    await addUser(db, 'ubnd.trangdinh', ubnd);
    const directiveId = await publishTo(staff, ubnd, 'UBND huyện Tràng Định');
    const top = await login('ubnd.trangdinh');
    const topTask = (await top.get(`/api/directives/${directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items[0]!;

    // UBND huyện → its Phòng VH-TT (a child) and directly a commune station (a grandchild).
    const targets = (await top.get(`/api/tasks/${topTask.id}/delegation-targets`)).json<DelegationTargets>();
    const all = targets.groups.flatMap((g) => g.units);
    expect(all.find((u) => u.id === office.id)).toMatchObject({ parentId: ubnd });
    expect(all.find((u) => u.id === neighbour)).toMatchObject({ parentId: office.id });
    let res = await top.post(`/api/tasks/${topTask.id}/delegate`, { itemIds: topTask.items.map((i) => i.id), unitIds: [office.id, neighbour] });
    expect(res.statusCode, res.body).toBe(200);

    // The office passes one item of its sub-task on to Thất Khê.
    const vhtt = await login('vhtt.trangdinh');
    const officeTask = (await vhtt.get(`/api/directives/${directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items[0]!;
    expect(officeTask).toMatchObject({ source: 'delegated', parentTaskId: topTask.id, deadline: '2020-12-10', delegation: { from: { id: ubnd } } });
    expect((await vhtt.post(`/api/tasks/${officeTask.id}/acknowledge`)).statusCode).toBe(200);
    res = await vhtt.post(`/api/tasks/${officeTask.id}/delegate`, { itemIds: [officeTask.items[0]!.id], unitIds: [station], deadline: '2020-12-03' });
    expect(res.statusCode, res.body).toBe(200);
    // Not later than its own (the sub-task's) deadline.
    expect((await vhtt.post(`/api/tasks/${officeTask.id}/delegate`, { itemIds: [officeTask.items[0]!.id], unitIds: [station], deadline: '2020-12-11' })).statusCode).toBe(400);

    const tk = await login('dtt.thatkhe');
    const leaf = (await tk.get(`/api/directives/${directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items[0]!;
    expect(leaf).toMatchObject({ parentTaskId: officeTask.id, deadline: '2020-12-03', itemsTotal: 1 });
    const leafItem = leaf.items[0]!;
    expect(db.select().from(taskItems).where(eq(taskItems.id, leafItem.id)).get()?.parentItemId).toBe(officeTask.items[0]!.id);
    // The station logs an activity (written directly: the activities service is another module) and finishes.
    const tkUser = db.select().from(users).where(eq(users.username, 'dtt.thatkhe')).get()!;
    const act = db
      .insert(activities)
      .values({ unitId: station, taskId: leaf.id, dateFrom: '2020-11-20', form: 'truyen_thanh_co_so', title: 'Phát tin', quantity: 4, measure: 'tin/bài', reach: 1000, links: [], createdById: tkUser.id, createdAt: 'x', updatedAt: 'x' })
      .returning()
      .get();
    db.insert(activityItems).values({ activityId: act.id, taskItemId: leafItem.id }).run();
    expect((await tk.patch(`/api/tasks/${leaf.id}/items/${leafItem.id}`, { status: 'done', version: leafItem.version })).statusCode).toBe(200);

    // UBND sees all three levels; its roll-up counts the station's activity under the office's row.
    for (const id of [topTask.id, officeTask.id, leaf.id]) expect((await top.get(`/api/tasks/${id}`)).statusCode).toBe(200);
    const r = (await top.get(`/api/tasks/${topTask.id}/subtasks`)).json<Rollup>();
    expect(r.subtasks.map((s) => s.unit.id).sort()).toEqual([office.id, neighbour].sort());
    expect(r.subtasks.find((s) => s.unit.id === office.id)).toMatchObject({ subtaskCount: 1, activities: { count: 1, reach: 1000 }, itemsDone: 0 });
    expect(r.items[0]).toMatchObject({ delegated: { done: 0, total: 2 }, activityCount: 1 });
    expect(r.totals.delegated.count).toBe(1);
    // The office: its sub-task and the station's, not UBND's task nor the neighbour's.
    const officeRollup = (await vhtt.get(`/api/tasks/${officeTask.id}/subtasks`)).json<Rollup>();
    expect(officeRollup.items[0]).toMatchObject({ delegated: { done: 1, total: 1 }, activityCount: 1 });
    expect((await vhtt.get(`/api/tasks/${leaf.id}`)).statusCode).toBe(200);
    const neighbourTask = db.select().from(tasks).where(and(eq(tasks.parentTaskId, topTask.id), eq(tasks.unitId, neighbour))).get()!;
    for (const id of [topTask.id, neighbourTask.id]) expect((await vhtt.get(`/api/tasks/${id}`)).statusCode).toBe(404);
    // The station: only its own.
    for (const id of [topTask.id, officeTask.id, neighbourTask.id]) expect((await tk.get(`/api/tasks/${id}`)).statusCode).toBe(404);
    // The office may not pass on what it was not given, nor above itself.
    expect((await vhtt.post(`/api/tasks/${officeTask.id}/delegate`, { itemIds: [topTask.items[1]!.id], unitIds: [station] })).json()).toMatchObject({ code: 'UNKNOWN_ITEM' });
    expect((await vhtt.post(`/api/tasks/${officeTask.id}/delegate`, { itemIds: [officeTask.items[0]!.id], unitIds: [ubnd] })).json()).toMatchObject({ code: 'NOT_SUBORDINATE' });
  });

  it('leaves the dashboard matrix and the department’s lists and counts as they were', async () => {
    const { db, login } = await testApp();
    const staff = await login('staff');
    const d = (await staff.get('/api/dashboard')).json<Dashboard>();
    expect(d.units).toHaveLength(14);
    expect(d.cells).toHaveLength(14);
    expect(d.totals).toMatchObject({ tasks: 14, notReceived: 14 });
    expect(d.units.some((u) => u.kind === 'commune_radio' || u.kind === 'district_culture_centre')).toBe(false);
    expect((await staff.get('/api/tasks')).json<{ items: TaskSummary[] }>().items).toHaveLength(14);
    const directiveId = d.directives[0]!.id;
    expect((await staff.get(`/api/directives/${directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items).toHaveLength(14);
    expect((await staff.get('/api/directives')).json<{ items: { taskCount: number; receivedCount: number }[] }>().items[0]).toMatchObject({ taskCount: 14, receivedCount: 0 });
    // …with 23 more tasks underneath.
    expect(db.select().from(tasks).where(isNotNull(tasks.parentTaskId)).all()).toHaveLength(23);
    expect(db.select().from(tasks).where(isNull(tasks.parentTaskId)).all()).toHaveLength(14);
  });

  it('seeds the demo: Tràng Định’s office passed 3 items to 23 units, two of which logged an activity', async () => {
    const { db } = await testApp();
    const office = officeOf(db, 'Tràng Định');
    const parent = db.select().from(tasks).where(and(eq(tasks.unitId, office.id), isNull(tasks.parentTaskId))).get()!;
    expect(parent).toMatchObject({ itemsTotal: 6, itemsDone: 0, receivedAt: null, completedAt: null });
    const subs = db.select().from(tasks).where(eq(tasks.parentTaskId, parent.id)).all();
    expect(subs).toHaveLength(23);
    const kinds = subs.map((s) => db.select().from(units).where(eq(units.id, s.unitId)).get()!.kind);
    expect(kinds.filter((k) => k === 'district_culture_centre')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'commune_radio')).toHaveLength(22);
    for (const s of subs) expect(s).toMatchObject({ source: 'delegated', itemsTotal: 3 });
    const withActivities = new Set(db.select({ taskId: activities.taskId }).from(activities).all().map((a) => a.taskId));
    expect(withActivities.size).toBe(2);
    expect(subs.filter((s) => withActivities.has(s.id)).map((s) => s.unitId).sort()).toEqual([unitId(db, 'TTVH-180'), unitId(db, 'DTT-05995')].sort());
    expect(db.select().from(users).where(eq(users.username, 'tt.trangdinh')).get()).toMatchObject({ role: 'unit', isHead: true, unitId: unitId(db, 'TTVH-180') });
    expect(db.select().from(users).where(eq(users.username, 'dtt.thatkhe')).get()).toMatchObject({ role: 'unit', isHead: true, unitId: unitId(db, 'DTT-05995') });
  });
});
