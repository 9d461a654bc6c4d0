import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { TaskSummary, TaskWithItems, Unit, UnitEvent, UnitHistory } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { auditLog, taskItems, taskTransfers, tasks, unitGroupMembers, units, users } from '../../db/schema/index';
import { actorFor, fakeClock, testApp } from '../../../test/helpers';
import { updateItem } from '../tasks/service';

type App = Awaited<ReturnType<typeof testApp>>;
type Session = Awaited<ReturnType<App['login']>>;

const NQ = 'Nghị quyết 1672/NQ-UBTVQH15';

const unitByCode = (db: Db, code: string) => {
  const u = db.select().from(units).where(eq(units.code, code)).get();
  if (!u) throw new Error(code);
  return u;
};
const unitByName = (db: Db, name: string) => {
  const u = db.select().from(units).where(eq(units.name, name)).get();
  if (!u) throw new Error(name);
  return u;
};
const groupsOf = (db: Db, unitId: number) =>
  db.select({ g: unitGroupMembers.groupId }).from(unitGroupMembers).where(eq(unitGroupMembers.unitId, unitId)).orderBy(unitGroupMembers.groupId).all().map((r) => r.g);

/** A directive dated `day`, addressed to one unit, published by staff. */
async function publishTo(staff: Session, unitId: number, day: { year: number; month: number; day: number }) {
  const d = (
    await staff.post('/api/directives', {
      subject: 'Tuyên truyền Ngày Pháp luật Việt Nam',
      issued: day,
      recipients: [{ label: 'Báo Lạng Sơn', unitId }],
      parts: [{ title: 'Đăng tin, bài tuyên truyền' }],
    })
  ).json<{ id: number; version: number }>();
  const res = await staff.post(`/api/directives/${d.id}/publish`, { version: d.version });
  if (res.statusCode !== 200) throw new Error(res.body);
  return d.id;
}

describe('renaming a unit', () => {
  it('keeps the old name for directives dated before the change, and lists it in the history', async () => {
    const { db, login } = await testApp();
    const admin = await login('admin');
    const staff = await login('staff');
    const bls = unitByCode(db, 'BLS');
    const res = await admin.post(`/api/units/${bls.id}/rename`, {
      name: 'Báo Lạng Sơn điện tử',
      shortName: 'Báo LS điện tử',
      effectiveOn: '2021-01-01',
      legalBasis: 'Quyết định 45/QĐ-UBND',
      note: 'Đổi tên theo quy hoạch báo chí',
      version: bls.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Unit>()).toMatchObject({ id: bls.id, name: 'Báo Lạng Sơn điện tử', shortName: 'Báo LS điện tử', version: bls.version + 1, validTo: null });

    const later = await publishTo(staff, bls.id, { year: 2021, month: 2, day: 1 });
    const unit = await login('baolangson');
    const mine = (await unit.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
    const seedTask = mine.find((t) => t.directive.id !== later)!;
    const laterTask = mine.find((t) => t.directive.id === later)!;
    expect(seedTask).toMatchObject({ unit: { id: bls.id, name: 'Báo Lạng Sơn điện tử' }, unitNameThen: 'Báo Lạng Sơn', transferredFrom: null });
    expect(laterTask).toMatchObject({ unit: { id: bls.id, name: 'Báo Lạng Sơn điện tử' }, unitNameThen: null, transferredFrom: null });
    expect((await unit.get(`/api/tasks/${seedTask.id}`)).json<TaskWithItems>().unitNameThen).toBe('Báo Lạng Sơn');
    const directiveTasks = (await staff.get(`/api/directives/${seedTask.directive.id}/tasks`)).json<{ items: TaskWithItems[] }>().items;
    expect(directiveTasks.filter((t) => t.unitNameThen !== null).map((t) => [t.unit.id, t.unitNameThen])).toEqual([[bls.id, 'Báo Lạng Sơn']]);
    expect((await staff.get(`/api/directives/${later}/tasks`)).json<{ items: TaskWithItems[] }>().items.map((t) => t.unitNameThen)).toEqual([null]);

    const history = (await unit.get(`/api/units/${bls.id}/history`)).json<UnitHistory>();
    expect(history.unit).toEqual({ id: bls.id, code: 'BLS', name: 'Báo Lạng Sơn điện tử', shortName: 'Báo LS điện tử', kind: 'newspaper', validFrom: '2020-01-01', validTo: null });
    expect(history.formerNames).toEqual([{ name: 'Báo Lạng Sơn', shortName: 'Báo Lạng Sơn', validTo: '2021-01-01' }]);
    // The old name stays a way to find the unit (a directive pasted later may still use it).
    expect(db.select().from(units).where(eq(units.id, bls.id)).get()?.aliases).toContain('Báo Lạng Sơn');
    expect(history.events).toHaveLength(1);
    expect(history.events[0]).toMatchObject({
      kind: 'rename',
      effectiveOn: '2021-01-01',
      legalBasis: 'Quyết định 45/QĐ-UBND',
      note: 'Đổi tên theo quy hoạch báo chí',
      changeId: null,
      predecessors: [{ id: bls.id, code: 'BLS', name: 'Báo Lạng Sơn', shortName: 'Báo Lạng Sơn', kind: 'newspaper', partial: false }],
      successors: [{ id: bls.id, code: 'BLS', name: 'Báo Lạng Sơn điện tử', shortName: 'Báo LS điện tử', kind: 'newspaper', partial: false }],
      tasksMoved: 0,
      createdAt: '2020-11-20T02:00:00.000Z',
    });
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'unit.rename')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entityId: bls.id,
      actorId: actorFor(db, 'admin').userId,
      before: { name: 'Báo Lạng Sơn', shortName: 'Báo Lạng Sơn' },
      after: { name: 'Báo Lạng Sơn điện tử', shortName: 'Báo LS điện tử', effectiveOn: '2021-01-01', eventId: history.events[0]!.id },
    });
  });

  it('refuses a stale version, the same name, a date before the unit began or before its last rename, and a retired unit', async () => {
    const { db, login } = await testApp();
    const admin = await login('admin');
    const dai = unitByCode(db, 'DPTTH');
    const body = { name: 'Đài Phát thanh và Truyền hình Lạng Sơn', effectiveOn: '2021-01-01', legalBasis: 'Quyết định 45/QĐ-UBND', version: dai.version };
    expect((await admin.post(`/api/units/${dai.id}/rename`, body)).statusCode).toBe(200);

    const stale = await admin.post(`/api/units/${dai.id}/rename`, { ...body, name: 'Tên khác nữa', effectiveOn: '2022-01-01' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT' });
    const same = await admin.post(`/api/units/${dai.id}/rename`, { ...body, effectiveOn: '2022-01-01', version: dai.version + 1 });
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({ code: 'SAME_NAME', fields: [{ path: 'name' }] });
    const early = await admin.post(`/api/units/${dai.id}/rename`, { ...body, name: 'Tên khác nữa', effectiveOn: '2021-01-01', version: dai.version + 1 });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'BEFORE_LAST_RENAME', fields: [{ path: 'effectiveOn' }] });

    const fresh = (await admin.post('/api/units', { code: 'CTTDT-MOI', name: 'Cổng thông tin mới', kind: 'other', validFrom: '2021-06-01' })).json<Unit>();
    const beforeStart = await admin.post(`/api/units/${fresh.id}/rename`, { ...body, name: 'Cổng thông tin tỉnh', version: fresh.version });
    expect(beforeStart.statusCode).toBe(400);
    expect(beforeStart.json()).toMatchObject({ code: 'BEFORE_VALID_FROM', fields: [{ path: 'effectiveOn' }] });

    const retired = (await admin.post(`/api/units/${fresh.id}/retire`, { validTo: '2022-01-01', version: fresh.version })).json<Unit>();
    const onRetired = await admin.post(`/api/units/${fresh.id}/rename`, { ...body, name: 'Cổng thông tin tỉnh', effectiveOn: '2022-06-01', version: retired.version });
    expect(onRetired.statusCode).toBe(409);
    expect(onRetired.json()).toMatchObject({ code: 'UNIT_RETIRED' });
    expect((await admin.post('/api/units/999999/rename', { ...body, version: 0 })).statusCode).toBe(404);
    // Nothing of the refused attempts was written.
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'unit.rename')).all()).toHaveLength(1);
  });
});

describe('merging units', () => {
  it('moves the open task of two commune stations to a new unit and leaves the completed one with its unit', async () => {
    const clock = fakeClock();
    const { db, login } = await testApp({ clock });
    const office = unitByCode(db, 'VHTT-180');
    const thatKhe = unitByCode(db, 'DTT-05995');
    const other = db
      .select()
      .from(units)
      .where(and(eq(units.parentId, office.id), eq(units.kind, 'commune_radio')))
      .orderBy(units.id)
      .all()
      .find((u) => u.id !== thatKhe.id)!;
    const subOf = (unitId: number) => db.select().from(tasks).where(and(eq(tasks.unitId, unitId), eq(tasks.source, 'delegated'))).get()!;
    const openTask = subOf(thatKhe.id);
    const closedTask = subOf(other.id);
    // The other station finishes its sub-task (through the service, as its user would).
    db.insert(users).values({ username: 'dtt.other', fullName: 'Đài TT khác', role: 'unit', unitId: other.id, isHead: true, passwordHash: 'x', createdAt: '2020-11-01T00:00:00.000Z' }).run();
    const otherActor = actorFor(db, 'dtt.other');
    for (const item of db.select().from(taskItems).where(eq(taskItems.taskId, closedTask.id)).all()) {
      updateItem(db, clock, otherActor, closedTask.id, item.id, { status: 'done', version: item.version });
    }
    expect(db.select().from(tasks).where(eq(tasks.id, closedTask.id)).get()?.completedAt).toBe('2020-11-20T02:00:00.000Z');
    expect(groupsOf(db, thatKhe.id)).toHaveLength(1);

    clock.set('2020-12-02T03:00:00.000Z');
    // Signed in before the merger, and already checked once: the same session follows the move.
    const early = await login('dtt.thatkhe');
    expect((await early.get('/api/tasks')).json<{ items: TaskSummary[] }>().items.map((t) => t.unit.id)).toEqual([thatKhe.id]);
    const admin = await login('admin');
    const res = await admin.post('/api/unit-events/merge', {
      predecessorIds: [thatKhe.id, other.id],
      successor: { code: 'DTT-TK-MOI', name: 'Đài Truyền thanh thị trấn Thất Khê mới', kind: 'commune_radio', parentId: office.id },
      effectiveOn: '2020-12-01',
      legalBasis: NQ,
    });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json<{ event: UnitEvent; tasksMoved: number; usersMoved: number }>();
    const successor = unitByCode(db, 'DTT-TK-MOI');
    expect(result).toMatchObject({ tasksMoved: 1, usersMoved: 2 });
    expect(result.event).toEqual({
      id: expect.any(Number),
      kind: 'merge',
      effectiveOn: '2020-12-01',
      legalBasis: NQ,
      note: null,
      changeId: null,
      predecessors: [
        { id: thatKhe.id, code: 'DTT-05995', name: thatKhe.name, shortName: thatKhe.shortName, kind: 'commune_radio', partial: false },
        { id: other.id, code: other.code, name: other.name, shortName: other.shortName, kind: 'commune_radio', partial: false },
      ],
      successors: [{ id: successor.id, code: 'DTT-TK-MOI', name: 'Đài Truyền thanh thị trấn Thất Khê mới', shortName: null, kind: 'commune_radio', partial: false }],
      tasksMoved: 1,
      createdAt: '2020-12-02T03:00:00.000Z',
    });

    // The directory: predecessors retired on the date, out of their groups; the successor starts then and joins them.
    expect(successor).toMatchObject({ validFrom: '2020-12-01', validTo: null, parentId: office.id });
    for (const id of [thatKhe.id, other.id]) {
      expect(db.select().from(units).where(eq(units.id, id)).get()?.validTo).toBe('2020-12-01');
      expect(groupsOf(db, id)).toEqual([]);
    }
    expect(groupsOf(db, successor.id)).toHaveLength(1);
    expect(db.select({ u: users.unitId }).from(users).where(eq(users.username, 'dtt.thatkhe')).get()?.u).toBe(successor.id);

    // The open task moved, with a transfer row and its audit entry; the finished one stayed.
    expect(db.select().from(tasks).where(eq(tasks.id, openTask.id)).get()).toMatchObject({ unitId: successor.id, parentTaskId: openTask.parentTaskId, version: openTask.version + 1 });
    expect(db.select().from(tasks).where(eq(tasks.id, closedTask.id)).get()?.unitId).toBe(other.id);
    expect(db.select().from(taskTransfers).all()).toEqual([
      { id: expect.any(Number), taskId: openTask.id, fromUnitId: thatKhe.id, toUnitId: successor.id, eventId: result.event.id, at: '2020-12-02T03:00:00.000Z' },
    ]);
    const transferAudit = db.select().from(auditLog).where(eq(auditLog.action, 'task.transfer')).all();
    expect(transferAudit).toHaveLength(1);
    expect(transferAudit[0]).toMatchObject({ entityId: openTask.id, directiveId: openTask.directiveId, unitId: successor.id, before: { unitId: thatKhe.id }, after: { unitId: successor.id, eventId: result.event.id } });
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'unit.merge')).all()).toHaveLength(1);

    // The successor's people (the moved users) see and work on it; it says where it came from.
    expect((await early.get('/api/tasks')).json<{ items: TaskSummary[] }>().items.map((t) => t.unit.id)).toEqual([successor.id]);
    const moved = await login('dtt.thatkhe');
    const mine = (await moved.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
    expect(mine.map((t) => [t.id, t.unit.id, t.transferredFrom, t.unitNameThen])).toEqual([[openTask.id, successor.id, { id: thatKhe.id, name: thatKhe.name }, null]]);
    expect((await moved.get(`/api/tasks/${openTask.id}`)).json<TaskWithItems>()).toMatchObject({ unit: { id: successor.id }, transferredFrom: { id: thatKhe.id, name: thatKhe.name } });
    expect((await moved.post(`/api/tasks/${openTask.id}/acknowledge`)).statusCode).toBe(200);
    // The closed work is not theirs; unrelated units still get 404; the delegating office still reads it.
    expect((await moved.get(`/api/tasks/${closedTask.id}`)).statusCode).toBe(404);
    expect((await (await login('baolangson')).get(`/api/tasks/${openTask.id}`)).statusCode).toBe(404);
    expect((await (await login('tt.trangdinh')).get(`/api/tasks/${openTask.id}`)).statusCode).toBe(404);
    expect((await (await login('vhtt.trangdinh')).get(`/api/tasks/${openTask.id}`)).json<TaskWithItems>().transferredFrom).toEqual({ id: thatKhe.id, name: thatKhe.name });

    const list = (await moved.get('/api/unit-events')).json<{ items: UnitEvent[] }>().items;
    expect(list).toEqual([result.event]);
    const history = (await moved.get(`/api/units/${thatKhe.id}/history`)).json<UnitHistory>();
    expect(history).toMatchObject({ unit: { id: thatKhe.id, validTo: '2020-12-01' }, formerNames: [], events: [result.event] });
  });

  it('lets an existing unit absorb others: its delegated sub-tasks stay under the moved task', async () => {
    const { db, login } = await testApp();
    const admin = await login('admin');
    const staff = await login('staff');
    const trangDinh = unitByCode(db, 'VHTT-180');
    const vanLang = unitByName(db, 'Phòng Văn hóa và Thông tin huyện Văn Lãng');
    const tdTask = db.select().from(tasks).where(eq(tasks.unitId, trangDinh.id)).get()!;
    const subs = db.select().from(tasks).where(eq(tasks.parentTaskId, tdTask.id)).orderBy(tasks.id).all();
    expect(subs).toHaveLength(23);
    const groupsBefore = groupsOf(db, vanLang.id);
    const tdChildren = db.select({ id: units.id }).from(units).where(eq(units.parentId, trangDinh.id)).all().map((u) => u.id);
    expect(tdChildren).toHaveLength(23); // its centre and 22 commune stations

    const res = await admin.post('/api/unit-events/merge', { predecessorIds: [vanLang.id, trangDinh.id], successorId: vanLang.id, effectiveOn: '2020-12-01', legalBasis: NQ, note: 'Thí điểm' });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json<{ event: UnitEvent; tasksMoved: number; usersMoved: number }>();
    expect(result).toMatchObject({ tasksMoved: 1, usersMoved: 1 });
    expect(result.event.predecessors.map((u) => u.id)).toEqual([trangDinh.id]);
    expect(result.event.successors.map((u) => u.id)).toEqual([vanLang.id]);
    expect(result.event.note).toBe('Thí điểm');

    expect(db.select().from(units).where(eq(units.id, vanLang.id)).get()?.validTo).toBeNull();
    expect(db.select().from(units).where(eq(units.id, trangDinh.id)).get()?.validTo).toBe('2020-12-01');
    expect(groupsOf(db, vanLang.id)).toEqual(groupsBefore);
    expect(db.select().from(tasks).where(eq(tasks.id, tdTask.id)).get()?.unitId).toBe(vanLang.id);
    // The sub-tasks are still the stations' and still hang under the moved task.
    const after = db.select().from(tasks).where(eq(tasks.parentTaskId, tdTask.id)).orderBy(tasks.id).all();
    expect(after.map((t) => [t.id, t.unitId])).toEqual(subs.map((t) => [t.id, t.unitId]));
    // The units under the retired office now hang under Văn Lãng, so it can delegate to them.
    expect(db.select({ id: units.id }).from(units).where(eq(units.parentId, vanLang.id)).all().map((u) => u.id)).toEqual(expect.arrayContaining(tdChildren));
    expect(db.select({ id: units.id }).from(units).where(eq(units.parentId, trangDinh.id)).all()).toEqual([]);

    // Văn Lãng now holds two tasks of the dispatch; the department's table says where one came from.
    const vlTask = db.select().from(tasks).where(eq(tasks.unitId, vanLang.id)).orderBy(tasks.id).all().find((t) => t.id !== tdTask.id)!;
    const table = (await staff.get(`/api/directives/${tdTask.directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items;
    expect(table.filter((t) => t.unit.id === vanLang.id).map((t) => [t.id, t.transferredFrom])).toEqual(
      [
        [vlTask.id, null],
        [tdTask.id, { id: trangDinh.id, name: 'Phòng Văn hóa và Thông tin huyện Tràng Định' }],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    const vl = await login('vhtt.vanlang');
    expect((await vl.get('/api/tasks')).json<{ items: TaskSummary[] }>().items).toHaveLength(2);
    expect((await vl.get(`/api/tasks/${subs[0]!.id}`)).statusCode).toBe(200);
    expect((await vl.get(`/api/tasks/${tdTask.id}/subtasks`)).statusCode).toBe(200);
    // Tràng Định's user moved with its work.
    const td = await login('vhtt.trangdinh');
    expect((await td.get('/api/tasks')).json<{ items: TaskSummary[] }>().items.map((t) => t.id).sort()).toEqual([vlTask.id, tdTask.id].sort());
  });

  it('answers 400 with codes for unknown or retired units and a wrong successor choice, 409 for a taken code', async () => {
    const { db, login } = await testApp();
    const admin = await login('admin');
    const bls = unitByCode(db, 'BLS');
    const dai = unitByCode(db, 'DPTTH');
    const base = { effectiveOn: '2021-01-01', legalBasis: NQ };
    const post = (body: object) => admin.post('/api/unit-events/merge', { ...base, ...body });

    const unknown = await post({ predecessorIds: [bls.id, 999999], successorId: dai.id });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_UNIT', fields: [{ path: 'predecessorIds.1', message: 'Không tìm thấy đơn vị #999999 trong danh mục' }] });
    const unknownSuccessor = await post({ predecessorIds: [bls.id], successorId: 999999 });
    expect(unknownSuccessor.json()).toMatchObject({ code: 'UNKNOWN_UNIT', fields: [{ path: 'successorId' }] });

    const both = await post({ predecessorIds: [bls.id], successorId: dai.id, successor: { code: 'X1', name: 'Đơn vị mới', kind: 'other' } });
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'successorId' }] });
    const neither = await post({ predecessorIds: [bls.id] });
    expect(neither.statusCode).toBe(400);
    expect(neither.json()).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'successorId' }] });
    const noLegalBasis = await admin.post('/api/unit-events/merge', { predecessorIds: [bls.id], successorId: dai.id, effectiveOn: '2021-01-01' });
    expect(noLegalBasis.json()).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'legalBasis' }] });
    const self = await post({ predecessorIds: [dai.id], successorId: dai.id });
    expect(self.json()).toMatchObject({ code: 'NOTHING_TO_MERGE', fields: [{ path: 'predecessorIds' }] });
    const taken = await post({ predecessorIds: [bls.id], successor: { code: 'DPTTH', name: 'Đơn vị mới', kind: 'other' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'DUPLICATE_CODE' });
    const badParent = await post({ predecessorIds: [bls.id], successor: { code: 'X2', name: 'Đơn vị mới', kind: 'other', parentId: 999999 } });
    expect(badParent.json()).toMatchObject({ code: 'INVALID_PARENT', fields: [{ path: 'successor.parentId' }] });

    const gone = (await admin.post('/api/units', { code: 'OLD', name: 'Đơn vị cũ', kind: 'other' })).json<Unit>();
    await admin.post(`/api/units/${gone.id}/retire`, { validTo: '2020-12-01', version: gone.version });
    const retired = await post({ predecessorIds: [bls.id, gone.id], successorId: dai.id });
    expect(retired.statusCode).toBe(400);
    expect(retired.json()).toMatchObject({ code: 'UNIT_RETIRED', fields: [{ path: 'predecessorIds.1', message: 'Đơn vị cũ đã ngừng hoạt động' }] });
    const retiredSuccessor = await post({ predecessorIds: [bls.id], successorId: gone.id });
    expect(retiredSuccessor.json()).toMatchObject({ code: 'UNIT_RETIRED', fields: [{ path: 'successorId' }] });

    // None of it left a trace: no merge event, no new unit, nothing moved.
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'unit.merge')).all()).toEqual([]);
    expect(db.select().from(units).where(eq(units.code, 'X1')).get()).toBeUndefined();
    expect(db.select().from(units).where(eq(units.id, bls.id)).get()?.validTo).toBeNull();
    expect((await admin.get('/api/unit-events')).json<{ items: UnitEvent[] }>().items.map((e) => e.kind)).toEqual(['retire']);
  });
});

describe('who may change the directory', () => {
  it('refuses every write to staff, leaders and units (403) and to anyone signed out (401); anyone signed in reads', async () => {
    const { app, db, login } = await testApp();
    const bls = unitByCode(db, 'BLS');
    const dai = unitByCode(db, 'DPTTH');
    const writes: [string, object][] = [
      [`/api/units/${bls.id}/rename`, { name: 'Báo Lạng Sơn mới', effectiveOn: '2021-01-01', legalBasis: NQ, version: bls.version }],
      ['/api/unit-events/merge', { predecessorIds: [bls.id], successorId: dai.id, effectiveOn: '2021-01-01', legalBasis: NQ }],
      [`/api/units/${bls.id}/retire`, { validTo: '2021-01-01', legalBasis: NQ, version: bls.version }],
    ];
    for (const username of ['staff', 'leader', 'baolangson']) {
      const s = await login(username);
      for (const [url, body] of writes) {
        const res = await s.post(url, body);
        expect(res.statusCode, `${username} ${url}`).toBe(403);
        expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect((await s.get('/api/unit-events')).statusCode).toBe(200);
      expect((await s.get(`/api/units/${bls.id}/history`)).statusCode).toBe(200);
    }
    for (const [url, body] of writes) expect((await app.inject({ method: 'POST', url, payload: body })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/unit-events' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: `/api/units/${bls.id}/history` })).statusCode).toBe(401);
    expect(db.select().from(units).where(eq(units.id, bls.id)).get()).toMatchObject({ name: 'Báo Lạng Sơn', validTo: null, version: bls.version });
    expect((await (await login('admin')).get('/api/units/999999/history')).statusCode).toBe(404);
  });
});
