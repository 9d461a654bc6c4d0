import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { OrgChangeInput, OrgChangePreview } from '@dondoc/schemas';
import type { Conn, Db } from '../../db/client';
import { auditLog, orgChanges, taskTransfers, tasks, unitEventLinks, unitEvents, units, users } from '../../db/schema/index';
import { hashPassword } from '../auth/password';
import { PASSWORD, testApp } from '../../../test/helpers';

type App = Awaited<ReturnType<typeof testApp>>;
type Session = Awaited<ReturnType<App['login']>>;

const unit = (db: Conn, code: string) => {
  const u = db.select().from(units).where(eq(units.code, code)).get();
  if (!u) throw new Error(code);
  return u;
};
const n = (db: Db, table: typeof orgChanges | typeof unitEvents | typeof taskTransfers | typeof units | typeof auditLog) => db.select({ n: count() }).from(table).get()?.n ?? 0;
const footprint = (db: Db) => ({
  units: n(db, units),
  changes: n(db, orgChanges),
  events: n(db, unitEvents),
  transfers: n(db, taskTransfers),
  audit: n(db, auditLog),
  taskUnits: db.select({ id: tasks.id, unitId: tasks.unitId }).from(tasks).orderBy(tasks.id).all(),
  userUnits: db.select({ id: users.id, unitId: users.unitId, active: users.active }).from(users).orderBy(users.id).all(),
});

async function setup() {
  const app = await testApp();
  const admin = await app.login('admin');
  const change = (await admin.get('/api/org-changes/sample')).json<{ change: OrgChangeInput }>().change;
  const preview = async (choices: { splits?: Record<string, string>; tasks?: Record<string, string> } = {}) => {
    const res = await admin.post('/api/org-changes/preview', { change, choices: { splits: {}, tasks: {}, ...choices } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<OrgChangePreview>();
  };
  return { ...app, admin, change, preview };
}

const picks = (p: OrgChangePreview, code = 'STTTT-TTBCXB') => Object.fromEntries(p.moves.filter((m) => m.choice === 'abolished').map((m) => [String(m.taskId), code]));

/** A directive addressed to one unit, published by staff: an open task for it. */
async function publishTo(staff: Session, unitId: number) {
  const d = (
    await staff.post('/api/directives', {
      subject: 'Tuyên truyền Ngày Pháp luật Việt Nam',
      issued: { year: 2020, month: 11, day: 18 },
      recipients: [{ label: 'Đài Truyền thanh xã Kiên Mộc', unitId }],
      parts: [{ title: 'Tuyên truyền trên loa truyền thanh', deadline: '2020-12-05' }],
      dueDate: '2020-12-10',
    })
  ).json<{ id: number; version: number }>();
  expect((await staff.post(`/api/directives/${d.id}/publish`, { version: d.version })).statusCode).toBe(200);
  return d.id;
}

describe('importable directory changes: choices and refusals', () => {
  it('blocks a change naming a former commune the directory lacks, or the same commune twice', async () => {
    const { change, preview, admin } = await setup();
    const broken = structuredClone(change);
    broken.communes[0]?.predecessors.push({ code: '99999', name: 'Xã Không Có', district: 'Huyện Tràng Định', partial: false });
    broken.communes.push({ name: 'Xã Thất Khê', type: 'Xã', predecessors: [{ code: '99998', name: 'Xã Cũng Không Có', district: null, partial: false }] });
    const res = await admin.post('/api/org-changes/preview', { change: broken });
    const p = res.json<OrgChangePreview>();
    expect(p.problems).toEqual([
      { code: 'DUPLICATE_COMMUNE', message: 'Xã, phường mới «Xã Thất Khê» có hai lần trong tệp' },
      { code: 'PREDECESSOR_NOT_FOUND', message: '«xã Thất Khê»: không tìm thấy xã cũ Xã Không Có (mã 99999) trong danh mục' },
      { code: 'PREDECESSOR_NOT_FOUND', message: '«Xã Thất Khê»: không tìm thấy xã cũ Xã Cũng Không Có (mã 99998) trong danh mục' },
    ]);
    expect(p.counts).toMatchObject({ predecessors: 196, predecessorsFound: 194 });
    expect((await admin.post('/api/org-changes/apply', { change: broken, choices: { splits: {}, tasks: {} }, token: p.token })).json()).toMatchObject({ code: 'CHANGE_HAS_PROBLEMS' });
    expect((await preview()).problems).toEqual([]);
  });

  it('refuses an apply with choices missing (400 CHOICES_MISSING, listed) and writes nothing', async () => {
    const { db, admin, change, preview } = await setup();
    const p = await preview();
    const before = footprint(db);
    const res = await admin.post('/api/org-changes/apply', { change, choices: { splits: {}, tasks: {} }, token: p.token });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; message: string; fields: { path: string; message: string }[] }>();
    expect(body.code).toBe('CHOICES_MISSING');
    expect(body.message).toMatch(/^Còn 12 lựa chọn chưa thực hiện: Chọn đơn vị nhận nhiệm vụ/);
    expect(body.fields.map((f) => f.path).sort()).toEqual(p.moves.filter((m) => m.choice === 'abolished').map((m) => `choices.tasks.${m.taskId}`).sort());
    expect(body.fields.find((f) => f.path === `choices.tasks.${p.moves.find((m) => m.from.code === 'VHTT-180')?.taskId}`)?.message).toContain('Phòng Văn hóa và Thông tin huyện Tràng Định');
    // One pick short is still refused.
    const all = picks(p);
    const [firstId] = Object.keys(all);
    const oneShort = Object.fromEntries(Object.entries(all).filter(([id]) => id !== firstId));
    const partial = await admin.post('/api/org-changes/apply', { change, choices: { splits: {}, tasks: oneShort }, token: p.token });
    expect(partial.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual([`choices.tasks.${firstId}`]);
    expect(footprint(db)).toEqual(before);
  });

  it('refuses a stale preview (409 STALE_PREVIEW) when the directory or the open work changed since, and writes nothing', async () => {
    const { db, admin, change, preview, login } = await setup();
    const p = await preview();
    const choices = { splits: {}, tasks: picks(p) };
    // Work arrives for a commune the change retires after the admin looked.
    await publishTo(await login('staff'), unit(db, 'DTT-06046').id);
    const before = footprint(db);
    const res = await admin.post('/api/org-changes/apply', { change, choices, token: p.token });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ code: 'STALE_PREVIEW', message: 'Danh mục hoặc công việc đã thay đổi sau khi xem trước; vui lòng xem trước lại' });
    expect(footprint(db)).toEqual(before);

    // A unit edited since the preview makes it stale as well.
    const fresh = await preview({ tasks: choices.tasks });
    expect(fresh.counts.tasksMoved).toBe(p.counts.tasksMoved + 1);
    const station = unit(db, 'DTT-06043');
    expect((await admin.patch(`/api/units/${station.id}`, { shortName: 'Đài TT Quốc Việt (cũ)', version: station.version })).statusCode).toBe(200);
    expect((await admin.post('/api/org-changes/apply', { change, choices, token: fresh.token })).statusCode).toBe(409);
    const latest = await preview({ tasks: choices.tasks });
    expect((await admin.post('/api/org-changes/apply', { change, choices, token: latest.token })).statusCode).toBe(201);
  });

  it('asks where a split commune’s open work goes, checks every pick, and moves work and accounts to the commune chosen', async () => {
    const { db, admin, change, preview, login } = await setup();
    const kienMoc = unit(db, 'DTT-06625');
    await publishTo(await login('staff'), kienMoc.id);
    db.insert(users).values({ username: 'dtt.kienmoc', fullName: 'Đài TT Kiên Mộc', role: 'unit', unitId: kienMoc.id, isHead: true, passwordHash: await hashPassword(PASSWORD, 1024), createdAt: '2020-11-01T00:00:00.000Z' }).run();
    const task = db.select().from(tasks).where(eq(tasks.unitId, kienMoc.id)).get();

    const p = await preview();
    expect(p.splits.find((s) => s.code === '06625')).toEqual({ code: '06625', name: 'Xã Kiên Mộc', district: 'Huyện Đình Lập', options: ['xã Châu Sơn', 'xã Kiên Mộc'], suggested: 'xã Kiên Mộc', chosen: null, needed: true });
    expect(p.splits.find((s) => s.code === '06622')?.needed).toBe(false);
    const move = p.moves.find((m) => m.taskId === task?.id);
    expect(move).toMatchObject({ choice: 'split', to: null, from: { code: 'DTT-06625' }, itemsDone: 0, itemsTotal: 1, deadline: '2020-12-10' });
    expect(move?.options.map((o) => o.code)).toEqual(['DTT-XA-CHAU-SON', 'DTT-XA-KIEN-MOC']);
    expect(p.users.find((u) => u.username === 'dtt.kienmoc')?.to).toBeNull();
    expect(p.counts.tasksNeedingChoice).toBe(13);

    // Without the split pick the apply lists exactly that.
    const missing = await admin.post('/api/org-changes/apply', { change, choices: { splits: {}, tasks: picks(p) }, token: p.token });
    expect(missing.json()).toMatchObject({ code: 'CHOICES_MISSING', fields: [{ path: 'choices.splits.06625', message: 'Chọn xã, phường mới nhận công việc và tài khoản của Xã Kiên Mộc (mã 06625)' }] });

    // Picks that cannot be: a commune that takes no part of it, a unit the change retires, a code nobody has.
    const vhttBinhGia = p.moves.find((m) => m.from.code === 'VHTT-181')?.taskId as number;
    const vhttVanLang = p.moves.find((m) => m.from.code === 'VHTT-182')?.taskId as number;
    const wrong = await preview({ splits: { '06625': 'xã Thất Khê' }, tasks: { ...picks(p), [vhttBinhGia]: 'VHTT-183', [vhttVanLang]: 'KHONG-CO' } });
    expect(wrong.problems).toEqual([
      { code: 'INVALID_SPLIT_CHOICE', message: 'Xã cũ Xã Kiên Mộc (mã 06625): «xã Thất Khê» không phải xã, phường mới nhận phần của xã này («xã Châu Sơn», «xã Kiên Mộc»)' },
      { code: 'INVALID_TASK_CHOICE', message: expect.stringContaining('đơn vị mã «VHTT-183» cũng ngừng hoạt động theo thay đổi này') },
      { code: 'INVALID_TASK_CHOICE', message: expect.stringContaining('đơn vị mã «KHONG-CO» không có trong danh mục') },
    ]);
    const refused = await admin.post('/api/org-changes/apply', { change, choices: { splits: { '06625': 'xã Thất Khê' }, tasks: picks(p) }, token: p.token });
    expect(refused.json()).toMatchObject({ code: 'CHANGE_HAS_PROBLEMS' });

    // Châu Sơn takes Kiên Mộc's open work; a kept commune station (not in the file) may take an abolished unit's task.
    const choices = { splits: { '06625': 'xã Châu Sơn' }, tasks: { ...picks(p), [vhttBinhGia]: 'DTT-06007' } };
    const ok = await preview(choices);
    expect(ok.problems).toEqual([]);
    expect(ok.counts.tasksNeedingChoice).toBe(0);
    expect(ok.moves.find((m) => m.taskId === task?.id)?.to?.code).toBe('DTT-XA-CHAU-SON');
    expect(ok.users.find((u) => u.username === 'dtt.kienmoc')?.to?.code).toBe('DTT-XA-CHAU-SON');
    const res = await admin.post('/api/org-changes/apply', { change, choices, token: ok.token });
    expect(res.statusCode, res.body).toBe(201);

    const chauSon = unit(db, 'DTT-XA-CHAU-SON');
    expect(db.select().from(tasks).where(eq(tasks.id, task?.id ?? -1)).get()?.unitId).toBe(chauSon.id);
    expect(db.select().from(users).where(eq(users.username, 'dtt.kienmoc')).get()).toMatchObject({ unitId: chauSon.id, active: true });
    expect(db.select().from(tasks).where(eq(tasks.id, vhttBinhGia)).get()?.unitId).toBe(unit(db, 'DTT-06007').id);
    // The transfer points at the split event, which links Kiên Mộc to both its successors.
    const transfer = db.select().from(taskTransfers).where(eq(taskTransfers.taskId, task?.id ?? -1)).get();
    const links = db.select().from(unitEventLinks).where(eq(unitEventLinks.eventId, transfer?.eventId ?? -1)).all();
    expect(db.select().from(unitEvents).where(eq(unitEvents.id, transfer?.eventId ?? -1)).get()?.kind).toBe('split');
    expect(links.map((l) => [l.fromUnitId, l.toUnitId, l.partial])).toEqual([
      [kienMoc.id, chauSon.id, true],
      [kienMoc.id, unit(db, 'DTT-XA-KIEN-MOC').id, true],
    ]);
  });
});
