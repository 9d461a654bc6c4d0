import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Holiday, ManualReminderResult, Notification, NotificationPage, ReminderLogEntry } from '@dondoc/schemas';
import { auditLog, users } from '../../db/schema/index';
import { addReportRequest, mailsOf, notesOf, passOn, reminderFixture, restart, setDeadline } from './test-fixtures';

describe('manual đôn đốc', () => {
  it('is for department staff and admins only', async () => {
    const f = await reminderFixture({ day: '2021-03-15' });
    for (const who of ['baolangson', 'leader']) {
      const s = await f.login(who);
      const res = await s.post('/api/reminders', { taskIds: [f.tasks.bls], message: 'Đề nghị khẩn trương' });
      expect(res.statusCode, who).toBe(403);
    }
    expect(notesOf(f.db, f.people.head)).toEqual([]);
  });

  it('notifies the unit’s people, emails those who take email, logs and audits — once per double click', async () => {
    const f = await reminderFixture({ day: '2021-03-15' });
    setDeadline(f.db, f.tasks.bls, '2021-03-10');
    const staff = await f.login('staff');
    const body = { taskIds: [f.tasks.bls], message: 'Đề nghị Báo Lạng Sơn khẩn trương hoàn thành, báo cáo kết quả về Sở trước ngày 17/3/2021.' };

    const first = await staff.post('/api/reminders', body);
    expect(first.statusCode).toBe(200);
    // Báo Lạng Sơn's four people: the head, the demo reporter and the fixture's two.
    expect(first.json<ManualReminderResult>()).toEqual({ subjects: 1, notifications: 4, emails: 1, skipped: 0, unitsWithNothingLate: [] });
    const note = notesOf(f.db, f.people.reporter)[0]!;
    expect(note).toMatchObject({ kind: 'reminder.manual', title: 'Đôn đốc: Văn bản số …/STTTT-TTBCXB', link: `/tasks/${f.tasks.bls}` });
    expect(note.body).toContain(body.message);
    expect(note.body).toContain('đã quá hạn 3 ngày làm việc');
    expect(note.body).toContain('(Hoàng Thu Trang)');
    expect(notesOf(f.db, f.people.quiet)).toHaveLength(1);
    expect(mailsOf(f.db, f.people.quiet)).toEqual([]);
    await f.app.reminders.idle();
    expect(mailsOf(f.db, f.people.reporter).map((m) => m.status)).toEqual(['logged']);

    // A double click: nothing more.
    const second = await staff.post('/api/reminders', body);
    expect(second.json<ManualReminderResult>()).toMatchObject({ subjects: 0, notifications: 0, skipped: 1 });
    expect(notesOf(f.db, f.people.reporter)).toHaveLength(1);
    // A minute later it is a new đôn đốc.
    f.clock.advance(61_000);
    expect((await staff.post('/api/reminders', body)).json<ManualReminderResult>().subjects).toBe(1);
    expect(notesOf(f.db, f.people.reporter)).toHaveLength(2);

    const log = (await staff.get(`/api/reminders/log?subjectType=task&subjectId=${f.tasks.bls}`)).json<{ items: ReminderLogEntry[] }>().items;
    expect(log.map((l) => [l.stage, l.day, l.recipients])).toEqual([
      ['manual', '2021-03-15', 4],
      ['manual', '2021-03-15', 4],
    ]);
    const audit = f.db.select().from(auditLog).where(eq(auditLog.action, 'reminder.manual')).all();
    expect(audit).toHaveLength(2);
    expect(audit[0]!.after).toMatchObject({ message: body.message, tasks: [f.tasks.bls], units: [f.units.bls] });
  });

  it('reminds late units of their late tasks and reports, and says which units have nothing late', async () => {
    const f = await reminderFixture({ day: '2021-03-15' });
    setDeadline(f.db, f.tasks.bls, '2021-03-10');
    setDeadline(f.db, f.tasks.dpt, '2021-03-31');
    const { reportIds } = addReportRequest(f.db, { title: 'Báo cáo tháng 3', deadline: '2021-03-12', responsibleId: null, createdById: f.people.staff, units: [{ unitId: f.units.bls, status: 'returned' }] });
    const staff = await f.login('staff');
    const res = await staff.post('/api/reminders', { unitIds: [f.units.bls, f.units.dpt], message: 'Đề nghị các đơn vị khẩn trương hoàn thành.' });
    expect(res.json<ManualReminderResult>()).toEqual({ subjects: 2, notifications: 4, emails: 1, skipped: 0, unitsWithNothingLate: [f.units.dpt] });
    const note = notesOf(f.db, f.people.head)[0]!;
    expect(note.title).toBe('Đôn đốc: 2 việc chưa hoàn thành');
    expect(note.body).toContain('Báo cáo “Báo cáo tháng 3” của Báo Lạng Sơn');
    expect(notesOf(f.db, f.people.dptHead)).toEqual([]);
    const log = (await staff.get(`/api/reminders/log?subjectType=report&subjectId=${reportIds[0]}`)).json<{ items: ReminderLogEntry[] }>().items;
    expect(log.map((l) => l.stage)).toEqual(['manual']);

    expect((await staff.post('/api/reminders', { message: 'x' })).statusCode).toBe(400);
    expect((await staff.post('/api/reminders', { taskIds: [999_999], message: 'x' })).statusCode).toBe(404);
    const bls = await f.login('baolangson');
    expect((await bls.get(`/api/reminders/log?subjectType=task&subjectId=${f.tasks.bls}`)).statusCode).toBe(403);
  });
});

describe('notifications', () => {
  it('are each person’s own: another’s cannot be read, listed or marked (404)', async () => {
    const f = await reminderFixture({ day: '2021-03-01' });
    setDeadline(f.db, f.tasks.bls, '2021-03-05');
    setDeadline(f.db, f.tasks.dpt, '2021-03-05');
    await passOn(f, '2021-03-02');
    const bls = await f.login('baolangson');
    const dpt = await f.login('daiptth');
    const mine = (await bls.get('/api/notifications')).json<NotificationPage>();
    const theirs = (await dpt.get('/api/notifications')).json<NotificationPage>();
    expect(mine.items).toHaveLength(1);
    expect(theirs.items).toHaveLength(1);
    expect(mine.items[0]!.link).toBe(`/tasks/${f.tasks.bls}`);

    const other = theirs.items[0]!.id;
    expect((await bls.post(`/api/notifications/${other}/read`)).statusCode).toBe(404);
    expect((await bls.post('/api/notifications/999999/read')).statusCode).toBe(404);
    expect((await bls.post('/api/notifications/read-all')).json()).toEqual({ updated: 1 });
    expect((await dpt.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });
    expect((await bls.get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });

    const read = await dpt.post(`/api/notifications/${other}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json<Notification>().readAt).toBe(f.clock.now().toISOString());
    expect((await dpt.get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
  });

  it('page newest first', async () => {
    const f = await reminderFixture({ day: '2021-03-01' });
    setDeadline(f.db, f.tasks.bls, '2021-03-05');
    for (const day of ['2021-03-02', '2021-03-05', '2021-03-09', '2021-03-11']) await passOn(f, day);
    const bls = await f.login('baolangson');
    const p1 = (await bls.get('/api/notifications?limit=3')).json<NotificationPage>();
    expect(p1.items.map((n) => n.kind)).toEqual(['reminder.overdue', 'reminder.overdue', 'reminder.due']);
    const p2 = (await bls.get(`/api/notifications?limit=3&before=${p1.nextBefore}`)).json<NotificationPage>();
    expect(p2).toMatchObject({ items: [{ kind: 'reminder.before' }], nextBefore: null });
    await bls.post(`/api/notifications/${p1.items[0]!.id}/read`);
    expect((await bls.get('/api/notifications?unread=true')).json<NotificationPage>().items).toHaveLength(3);
  });

  it('preferences: a person sets their email and turns email off', async () => {
    const f = await reminderFixture();
    const bls = await f.login('baolangson');
    expect((await bls.get('/api/me/preferences')).json()).toEqual({ email: null, emailOff: false });
    expect((await bls.put('/api/me/preferences', { email: 'not-an-email', emailOff: false })).statusCode).toBe(400);
    const res = await bls.put('/api/me/preferences', { email: ' toasoan@baolangson.vn ', emailOff: true });
    expect(res.json()).toEqual({ email: 'toasoan@baolangson.vn', emailOff: true });
    expect(f.db.select({ email: users.email, off: users.emailOff }).from(users).where(eq(users.id, f.people.head)).get()).toEqual({ email: 'toasoan@baolangson.vn', off: true });
    expect((await bls.put('/api/me/preferences', { email: '', emailOff: false })).json()).toEqual({ email: null, emailOff: false });
    expect(f.db.select().from(auditLog).where(and(eq(auditLog.action, 'user.preferences'), eq(auditLog.entityId, f.people.head))).all()).toHaveLength(2);
  });
});

describe('holidays', () => {
  it('lists the built-in table and lets administrators alone change it, audited', async () => {
    const f = await reminderFixture();
    const staff = await f.login('staff');
    const admin = await f.login('admin');
    const y2021 = (await staff.get('/api/holidays?year=2021')).json<{ items: Holiday[] }>().items;
    expect(y2021.find((h) => h.date === '2021-02-12')).toMatchObject({ kind: 'off', source: 'builtin', name: 'Tết Nguyên đán (mùng 1 Tết)' });
    expect(y2021.every((h) => h.date.startsWith('2021-'))).toBe(true);

    expect((await staff.put('/api/holidays/2024-05-04', { kind: 'work', name: 'Làm bù cho 29/4' })).statusCode).toBe(403);
    expect((await staff.del('/api/holidays/2021-02-12')).statusCode).toBe(403);
    const put = await admin.put('/api/holidays/2024-05-04', { kind: 'work', name: 'Làm bù cho 29/4' });
    expect(put.statusCode).toBe(200);
    expect(put.json<Holiday>()).toMatchObject({ date: '2024-05-04', kind: 'work', source: 'admin' });
    // An administrator's change to a built-in day is theirs from then on.
    expect((await admin.put('/api/holidays/2021-09-03', { kind: 'off', name: 'Quốc khánh (nghỉ thêm)' })).json<Holiday>().source).toBe('admin');
    expect((await admin.del('/api/holidays/2021-02-16')).statusCode).toBe(204);
    expect((await admin.del('/api/holidays/2021-02-16')).statusCode).toBe(404);
    expect((await admin.put('/api/holidays/2021-02-30', { kind: 'off', name: 'x' })).statusCode).toBe(400);
    expect(f.db.select().from(auditLog).where(eq(auditLog.entityType, 'holiday')).all().map((a) => a.action)).toEqual(['holiday.set', 'holiday.set', 'holiday.delete']);

    // A restart does not bring the deleted day back, nor undo the administrator's change.
    const { app } = await restart(f);
    await app.ready();
    await app.close();
    const after = (await staff.get('/api/holidays?year=2021')).json<{ items: Holiday[] }>().items;
    expect(after.some((h) => h.date === '2021-02-16')).toBe(false);
    expect(after.find((h) => h.date === '2021-09-03')).toMatchObject({ source: 'admin', name: 'Quốc khánh (nghỉ thêm)' });
  });
});

describe('the contract', () => {
  it('documents every reminder route in OpenAPI', async () => {
    const f = await reminderFixture();
    const doc = (await f.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{ paths: Record<string, unknown> }>();
    for (const p of ['/api/notifications', '/api/notifications/unread-count', '/api/notifications/{id}/read', '/api/notifications/read-all', '/api/me/preferences', '/api/reminders', '/api/reminders/log', '/api/holidays', '/api/holidays/{date}']) {
      expect(doc.paths, p).toHaveProperty([p]);
    }
  });
});
