import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { OrgChangeInput, OrgChangePreview, Rollup, TaskSummary, TaskWithItems } from '@dondoc/schemas';
import type { Conn, Db } from '../../db/client';
import { auditLog, orgChanges, taskTransfers, tasks, unitEventLinks, unitEvents, unitGroupMembers, unitGroups, units, users } from '../../db/schema/index';
import { hashPassword } from '../auth/password';
import { PASSWORD, testApp } from '../../../test/helpers';
import fixture from '../../seed/data/langson-admin-2025-07.json';
import { moveUsers, recordEvent, renameUnitTx, retireUnitTx, transferOpenTasks } from './events';

type App = Awaited<ReturnType<typeof testApp>>;
type Session = Awaited<ReturnType<App['login']>>;

const ON = '2025-07-01';
const unit = (db: Conn, code: string) => {
  const u = db.select().from(units).where(eq(units.code, code)).get();
  if (!u) throw new Error(code);
  return u;
};
const taskOf = (db: Db, code: string) => {
  const t = db.select().from(tasks).where(eq(tasks.unitId, unit(db, code).id)).orderBy(tasks.id).get();
  if (!t) throw new Error(`no task for ${code}`);
  return t;
};
const rows = (db: Db, table: typeof orgChanges | typeof unitEvents | typeof taskTransfers | typeof units | typeof auditLog) => db.select({ n: count() }).from(table).get()?.n ?? 0;
/** What an apply writes: none of it may change when an apply is refused. */
const footprint = (db: Db) => ({
  units: rows(db, units),
  retired: db.select({ n: count() }).from(units).where(eq(units.validTo, ON)).get()?.n,
  changes: rows(db, orgChanges),
  events: rows(db, unitEvents),
  transfers: rows(db, taskTransfers),
  audit: rows(db, auditLog),
  taskUnits: db.select({ id: tasks.id, unitId: tasks.unitId }).from(tasks).orderBy(tasks.id).all(),
  activeUsers: db.select({ n: count() }).from(users).where(eq(users.active, true)).get()?.n,
});

async function addUser(db: Db, username: string, unitId: number) {
  db.insert(users).values({ username, fullName: username, role: 'unit', unitId, isHead: true, passwordHash: await hashPassword(PASSWORD, 1024), createdAt: '2020-11-01T00:00:00.000Z' }).run();
}

async function sampleOf(admin: Session): Promise<OrgChangeInput> {
  const res = await admin.get('/api/org-changes/sample');
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ change: OrgChangeInput }>().change;
}

async function preview(admin: Session, change: OrgChangeInput, choices?: { splits?: Record<string, string>; tasks?: Record<string, string> }) {
  const res = await admin.post('/api/org-changes/preview', { change, choices: { splits: {}, tasks: {}, ...choices } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<OrgChangePreview>();
}

/** Staff's picks for the open tasks of abolished units: Tràng Định's to the new Thất Khê commune, the rest back to the department's press division. */
const pickFor = (p: OrgChangePreview) =>
  Object.fromEntries(
    p.moves
      .filter((m) => m.choice === 'abolished')
      .map((m) => [String(m.taskId), m.from.code === 'VHTT-180' ? 'UBNDX-XA-THAT-KHE' : m.from.code === 'TTVH-180' ? 'DTT-XA-THAT-KHE' : 'STTTT-TTBCXB']),
  );

const DISTRICTS = ['178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189'];
const UNCOVERED = ['05995', '06007', '06295', '06301', '06454', '06574'];

describe('importable directory changes: the 2025 reform of Lạng Sơn', () => {
  it('the 2025 import mapping all 194 former communes: previews on the 2020 demo directory without writing', async () => {
    const { db, login } = await testApp();
    const admin = await login('admin');
    const change = await sampleOf(admin);
    expect(change).toMatchObject({ effectiveOn: ON, legalBasis: 'Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/06/2025', abolishDistricts: true, sourceName: 'langson-admin-2025-07.json' });
    const before = footprint(db);
    const p = await preview(admin, change);

    // Retired: each of the 194 former communes has a radio station and a people's committee (388),
    // plus the district level of the 11 districts, all touched: UBND, Phòng VH-TT, Trung tâm (33) = 421.
    // Moved: the sub-tasks Tràng Định passed to its 22 stations, less the two stations the change
    // does not mention (05995, 06007) = 20, automatically; and the 11 Phòng VH-TT tasks and the
    // Trung tâm's sub-task (12), which staff must hand on. Their 12 accounts are locked.
    expect(p.counts).toEqual({
      communes: 65,
      predecessors: 194,
      predecessorsFound: 194,
      unitsCreated: 130,
      unitsRetired: 421,
      tasksMoved: 32,
      tasksNeedingChoice: 12,
      usersMoved: 0,
      usersDeactivated: 12,
    });
    expect(p.problems).toEqual([]);
    expect(p.token).toMatch(/^[0-9a-f]{64}$/);
    expect((await preview(admin, change)).token).toBe(p.token);

    // Every former commune of the file, matched by code to its two units, each retired toward the new commune's unit of its kind.
    const codes = new Set(fixture.communes.flatMap((c) => c.predecessors.map((x) => x.code)));
    expect(codes.size).toBe(194);
    expect(new Set(p.communes.flatMap((c) => c.predecessors.map((x) => x.code)))).toEqual(codes);
    const retired = new Map(p.retired.map((r) => [r.unit.code, r]));
    for (const c of p.communes) {
      expect(c.units.map((u) => u.kind)).toEqual(['commune_radio', 'people_committee']);
      for (const x of c.predecessors) {
        expect(x.units.map((u) => u.code)).toEqual([`DTT-${x.code}`, `UBNDX-${x.code}`]);
        for (const u of x.units) {
          const r = retired.get(u.code);
          expect(r?.reason).toBe(x.partial ? 'split' : 'merged');
          expect(r?.successors.map((s) => s.code)).toContain(c.units.find((n) => n.kind === u.kind)?.code);
        }
      }
    }
    const reasons = p.retired.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.reason]: (acc[r.reason] ?? 0) + 1 }), {});
    expect(reasons).toEqual({ merged: 384, split: 4, district_abolished: 33 });
    expect(p.retired.filter((r) => r.reason === 'district_abolished').map((r) => r.unit.code).sort()).toEqual(
      DISTRICTS.flatMap((d) => [`UBND-${d}`, `VHTT-${d}`, `TTVH-${d}`]).sort(),
    );

    // 65 new communes (61 xã, 4 phường), two units each, named as the seed names them.
    expect(p.communes.filter((c) => c.type === 'Phường').map((c) => c.name)).toEqual(['phường Tam Thanh', 'phường Lương Văn Tri', 'phường Kỳ Lừa', 'phường Đông Kinh']);
    expect(new Set(p.created.map((u) => u.code)).size).toBe(130);
    expect(p.created.every((u) => u.id === null)).toBe(true);
    expect(p.communes[0]).toMatchObject({
      name: 'xã Thất Khê',
      units: [
        { id: null, code: 'DTT-XA-THAT-KHE', name: 'Đài Truyền thanh xã Thất Khê', shortName: 'Đài TT Thất Khê', kind: 'commune_radio' },
        { id: null, code: 'UBNDX-XA-THAT-KHE', name: 'Ủy ban nhân dân xã Thất Khê', shortName: 'UBND xã Thất Khê', kind: 'people_committee' },
      ],
    });
    expect(p.created.find((u) => u.code === 'UBNDX-PHUONG-TAM-THANH')).toMatchObject({ name: 'Ủy ban nhân dân phường Tam Thanh', shortName: 'UBND phường Tam Thanh' });

    // 06040 is "Thị trấn Thất Khê" in the change but still "Xã Đại Đồng" in the 2020 directory.
    expect(p.communes[0]?.predecessors.find((x) => x.code === '06040')).toMatchObject({ name: 'Thị trấn Thất Khê', nameInDirectory: 'Xã Đại Đồng' });
    expect(p.warnings.filter((w) => w.code === 'NAME_DIFFERS')).toEqual([{ code: 'NAME_DIFFERS', message: 'Mã 06040: tệp ghi «Thị trấn Thất Khê», danh mục ghi «Xã Đại Đồng» — đối chiếu theo mã' }]);
    // The six communes that had merged before 2025 are kept, with a warning each.
    expect(p.uncovered.map((u) => u.code).sort()).toEqual(UNCOVERED.flatMap((c) => [`DTT-${c}`, `UBNDX-${c}`]).sort());
    const uncoveredWarnings = p.warnings.filter((w) => w.code === 'UNCOVERED').map((w) => w.message);
    expect(uncoveredWarnings).toHaveLength(6);
    expect(p.warnings).toHaveLength(7);
    expect(uncoveredWarnings[0]).toBe('Thị trấn Thất Khê (mã 05995, huyện Tràng Định) không có trong tệp: giữ nguyên 2 đơn vị, 1 nhiệm vụ đang mở, 1 tài khoản');

    // The two split communes: in the demo neither has open work or users, so no choice is needed.
    expect(p.splits).toEqual([
      { code: '06622', name: 'Xã Bính Xá', district: 'Huyện Đình Lập', options: ['xã Đình Lập', 'xã Kiên Mộc'], suggested: null, chosen: null, needed: false },
      { code: '06625', name: 'Xã Kiên Mộc', district: 'Huyện Đình Lập', options: ['xã Châu Sơn', 'xã Kiên Mộc'], suggested: 'xã Kiên Mộc', chosen: null, needed: false },
    ]);

    // Tasks of abolished units wait for a pick; the Trung tâm's sub-task stays under Tràng Định's task.
    const abolished = p.moves.filter((m) => m.choice === 'abolished');
    expect(abolished.map((m) => m.from.code).sort()).toEqual([...DISTRICTS.map((d) => `VHTT-${d}`), 'TTVH-180'].sort());
    expect(abolished.every((m) => m.to === null && m.options.length === 0)).toBe(true);
    expect(abolished.find((m) => m.from.code === 'TTVH-180')?.parentTaskId).toBe(taskOf(db, 'VHTT-180').id);
    expect(abolished[0]?.directive.subject).toContain('Ăng-ghen');
    const automatic = p.moves.filter((m) => m.choice === null);
    expect(automatic).toHaveLength(20);
    expect(automatic.find((m) => m.from.code === 'DTT-06040')?.to?.code).toBe('DTT-XA-THAT-KHE');
    expect(automatic.find((m) => m.from.code === 'DTT-05998')?.to?.code).toBe('DTT-XA-DOAN-KET');
    expect(p.users.every((u) => u.to === null)).toBe(true);
    expect(p.users.map((u) => u.username).sort()).toEqual(['tt.trangdinh', ...['tplangson', 'trangdinh', 'binhgia', 'vanlang', 'caoloc', 'vanquan', 'bacson', 'huulung', 'chilang', 'locbinh', 'dinhlap'].map((s) => `vhtt.${s}`)].sort());

    expect(footprint(db)).toEqual(before);
  });

  it('applies the reform in one go: open work follows the successors, closed work stays, accounts move or are locked', async () => {
    const { db, clock, login } = await testApp();
    const admin = await login('admin');
    const change = await sampleOf(admin);
    // History before 2025: Thị trấn Thất Khê (05995) had already merged into code 06040, which took
    // its name. Recorded with the building blocks, so the demo's Thất Khê station account follows.
    const now = clock.now().toISOString();
    db.transaction((tx) => {
      for (const prefix of ['DTT', 'UBNDX']) {
        const from = unit(tx, `${prefix}-05995`);
        const to = unit(tx, `${prefix}-06040`);
        const e = recordEvent(tx, null, now, { kind: 'merge', effectiveOn: '2024-12-01', legalBasis: 'Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025', links: [{ fromUnitId: from.id, toUnitId: to.id }] });
        transferOpenTasks(tx, null, now, { fromUnitId: from.id, toUnitId: to.id, eventId: e });
        moveUsers(tx, null, now, from.id, to.id);
        retireUnitTx(tx, null, now, from.id, '2024-12-01', e);
        renameUnitTx(tx, now, to, { name: from.name, shortName: from.shortName, effectiveOn: '2024-12-01', eventId: e });
      }
    });
    const thatKheSub = db.select().from(tasks).where(eq(tasks.unitId, unit(db, 'DTT-06040').id)).orderBy(tasks.id).all();
    expect(thatKheSub).toHaveLength(2);

    // Chi Lăng's station finishes its sub-task before the change: closed work stays with it.
    await addUser(db, 'dtt.chilang', unit(db, 'DTT-06034').id);
    const chiLang = await login('dtt.chilang');
    const chiLangTask = (await chiLang.get(`/api/tasks/${taskOf(db, 'DTT-06034').id}`)).json<TaskWithItems>();
    for (const item of chiLangTask.items) expect((await chiLang.patch(`/api/tasks/${chiLangTask.id}/items/${item.id}`, { status: 'done', version: item.version })).statusCode).toBe(200);
    expect(taskOf(db, 'DTT-06034').completedAt).not.toBeNull();

    const vhttTrangDinh = await login('vhtt.trangdinh');
    const first = await preview(admin, change);
    expect(first.warnings.some((w) => w.code === 'NAME_DIFFERS')).toBe(false);
    expect(first.uncovered).toHaveLength(10);
    const choices = { splits: { '06625': 'xã Kiên Mộc' }, tasks: pickFor(first) };
    const p = await preview(admin, change, choices);
    expect(p.token).toBe(first.token);
    expect(p.problems).toEqual([]);
    expect(p.counts).toMatchObject({ unitsRetired: 421, tasksMoved: 32, tasksNeedingChoice: 0, usersMoved: 2, usersDeactivated: 12 });
    expect(p.splits.find((s) => s.code === '06625')?.chosen).toBe('xã Kiên Mộc');
    expect(p.retired.find((r) => r.unit.code === 'VHTT-180')?.successors.map((s) => s.code)).toEqual(['UBNDX-XA-THAT-KHE']);

    const officeTask = taskOf(db, 'VHTT-180');
    const centreTask = taskOf(db, 'TTVH-180');
    const res = await admin.post('/api/org-changes/apply', { change, choices, token: p.token });
    expect(res.statusCode, res.body).toBe(201);
    const { id, summary } = res.json<{ id: number; summary: Record<string, number> }>();
    expect(summary).toEqual({ communes: 65, unitsCreated: 130, unitsRetired: 421, tasksMoved: 32, usersMoved: 2, usersDeactivated: 12, events: 167 });

    // Units: 130 new from 1 July 2025 outside the old hierarchy; 421 retired on that day.
    const created = db.select().from(units).where(eq(units.validFrom, ON)).all();
    expect(created).toHaveLength(130);
    expect(created.every((u) => u.parentId === null && u.districtCode === null && u.validTo === null)).toBe(true);
    expect(db.select({ n: count() }).from(units).where(eq(units.validTo, ON)).get()?.n).toBe(421);
    expect(unit(db, 'VHTT-180').validTo).toBe(ON);
    expect(unit(db, 'DTT-06007').validTo).toBeNull();
    const newStation = unit(db, 'DTT-XA-THAT-KHE');
    const newCommittee = unit(db, 'UBNDX-XA-THAT-KHE');

    // Groups: the new units took their predecessors' places; the district-level groups are empty.
    const members = (code: string) =>
      db.select({ unitId: unitGroupMembers.unitId }).from(unitGroupMembers).innerJoin(unitGroups, eq(unitGroups.id, unitGroupMembers.groupId)).where(eq(unitGroups.code, code)).all().map((r) => r.unitId);
    // 200 stations − 05995 (merged in 2024) − 194 retired + 65 new.
    expect(members('DTT-ALL')).toHaveLength(70);
    expect(members('DTT-ALL')).toContain(newStation.id);
    expect(members('UBNDX-ALL')).toHaveLength(70);
    expect(members('UBNDX-ALL')).toContain(newCommittee.id);
    for (const g of ['VHTT-ALL', 'TTVH-ALL', 'UBND-ALL']) expect(members(g)).toEqual([]);

    // Tasks: moved with a transfer row each; the finished one stayed with its (retired) unit.
    const transfers = db.select().from(taskTransfers).innerJoin(unitEvents, eq(unitEvents.id, taskTransfers.eventId)).where(eq(unitEvents.changeId, id)).all();
    expect(transfers).toHaveLength(32);
    expect(db.select().from(tasks).where(eq(tasks.id, officeTask.id)).get()?.unitId).toBe(newCommittee.id);
    expect(db.select().from(tasks).where(eq(tasks.id, centreTask.id)).get()?.unitId).toBe(newStation.id);
    expect(db.select().from(tasks).where(eq(tasks.id, chiLangTask.id)).get()?.unitId).toBe(unit(db, 'DTT-06034').id);
    for (const t of thatKheSub) expect(db.select().from(tasks).where(eq(tasks.id, t.id)).get()).toMatchObject({ unitId: newStation.id, parentTaskId: officeTask.id });
    // The ten other Phòng VH-TT tasks went back to the department's press division, as picked.
    expect(db.select({ n: count() }).from(tasks).where(and(eq(tasks.unitId, unit(db, 'STTTT-TTBCXB').id), isNull(tasks.parentTaskId))).get()?.n).toBe(10);
    const thatKheTransfer = transfers.find((t) => t.task_transfers.taskId === officeTask.id);
    expect(thatKheTransfer?.task_transfers).toMatchObject({ fromUnitId: unit(db, 'VHTT-180').id, toUnitId: newCommittee.id });
    expect(thatKheTransfer?.unit_events).toMatchObject({ kind: 'retire', effectiveOn: ON, legalBasis: change.legalBasis, changeId: id });

    // Events: one merge per new unit, one split per split commune unit, one retire per abolished unit.
    const events = db.select().from(unitEvents).where(eq(unitEvents.changeId, id)).all();
    expect(events.reduce<Record<string, number>>((a, e) => ({ ...a, [e.kind]: (a[e.kind] ?? 0) + 1 }), {})).toEqual({ merge: 130, split: 4, retire: 33 });
    const linksTo = (unitId: number) => db.select().from(unitEventLinks).innerJoin(unitEvents, eq(unitEvents.id, unitEventLinks.eventId)).where(and(eq(unitEventLinks.toUnitId, unitId), eq(unitEvents.kind, 'merge'))).all();
    expect(linksTo(newStation.id).map((l) => [l.unit_event_links.fromUnitId, l.unit_event_links.partial])).toEqual(['06034', '06013', '06040'].map((c) => [unit(db, `DTT-${c}`).id, false]));
    const split = db.select().from(unitEventLinks).innerJoin(unitEvents, eq(unitEvents.id, unitEventLinks.eventId)).where(and(eq(unitEventLinks.fromUnitId, unit(db, 'DTT-06625').id), eq(unitEvents.kind, 'split'))).all();
    expect(split.map((l) => [l.unit_event_links.toUnitId, l.unit_event_links.partial])).toEqual([[unit(db, 'DTT-XA-CHAU-SON').id, true], [unit(db, 'DTT-XA-KIEN-MOC').id, true]]);

    // Tràng Định's delegated chain still rolls up under the task's new holder.
    await addUser(db, 'ubnd.thatkhe', newCommittee.id);
    const holder = await login('ubnd.thatkhe');
    const mine = (await holder.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
    expect(mine.map((t) => t.id)).toEqual([officeTask.id]);
    const rollup = (await holder.get(`/api/tasks/${officeTask.id}/subtasks`)).json<Rollup>();
    expect(rollup.totals).toMatchObject({ subtasks: 23, completed: 1 });
    expect(rollup.totals.delegated.count).toBe(2);
    expect(rollup.items.find((i) => i.partKey === '2.1')?.delegated).toEqual({ done: 2, total: 23 });
    expect(rollup.subtasks.filter((s) => s.unit.id === newStation.id)).toHaveLength(4);

    // The Thất Khê station's account moved with its station and still sees its sub-task; district accounts are locked.
    expect(db.select().from(users).where(eq(users.username, 'dtt.thatkhe')).get()).toMatchObject({ unitId: newStation.id, active: true });
    const thatKhe = await login('dtt.thatkhe');
    const seen = (await thatKhe.get('/api/tasks')).json<{ items: TaskSummary[] }>().items.map((t) => t.id);
    expect(seen).toEqual(expect.arrayContaining(thatKheSub.map((t) => t.id)));
    expect((await thatKhe.get(`/api/tasks/${thatKheSub[0]?.id}`)).statusCode).toBe(200);
    expect(db.select().from(users).where(eq(users.username, 'dtt.chilang')).get()?.unitId).toBe(newStation.id);
    expect((await vhttTrangDinh.get('/api/tasks')).statusCode).toBe(401);
    const locked = db.select({ username: users.username }).from(users).where(eq(users.active, false)).all().map((u) => u.username);
    expect(locked).toHaveLength(12);
    expect(locked).toContain('tt.trangdinh');
    const refused = await admin.post('/api/auth/login', { username: 'vhtt.trangdinh', password: PASSWORD });
    expect(refused.statusCode).toBe(401);

    // Audit, and the list of applied changes.
    const actions = db.select({ action: auditLog.action, n: count() }).from(auditLog).where(inArray(auditLog.action, ['org_change.apply', 'unit.create', 'user.deactivate'])).groupBy(auditLog.action).all();
    expect(Object.fromEntries(actions.map((a) => [a.action, a.n]))).toEqual({ 'org_change.apply': 1, 'unit.create': 130, 'user.deactivate': 12 });
    const list = (await admin.get('/api/org-changes')).json<{ items: unknown[] }>().items;
    expect(list).toEqual([{ id, effectiveOn: ON, legalBasis: 'Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/06/2025', sourceName: 'langson-admin-2025-07.json', summary, appliedAt: now, appliedBy: 'Quản trị hệ thống' }]);

    // Applying it again is refused: its former communes are retired now.
    const again = await preview(admin, change, choices);
    expect(again.problems).toHaveLength(194);
    expect(again.problems[0]).toEqual({ code: 'PREDECESSOR_RETIRED', message: '«xã Thất Khê»: xã cũ Xã Chi Lăng (mã 06034) đã ngừng hoạt động từ ngày 01/07/2025' });
    const before = footprint(db);
    const second = await admin.post('/api/org-changes/apply', { change, choices, token: again.token });
    expect(second.statusCode).toBe(400);
    expect(second.json()).toMatchObject({ code: 'CHANGE_HAS_PROBLEMS' });
    expect(footprint(db)).toEqual(before);
  });
});
