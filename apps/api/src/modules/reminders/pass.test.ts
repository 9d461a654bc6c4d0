import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobState, notifications } from '../../db/schema/index';
import { runPass } from './pass';
import { LAST_PASS_KEY, lastPassDay } from './scheduler';
import { addReportRequest, keysOf, ledger, mailsOf, morning, notesOf, passOn, reminderFixture, restart, setDeadline } from './test-fixtures';
import { addDays } from './workdays';

const DUE = '2021-03-10';

async function scenario() {
  const f = await reminderFixture({ day: '2021-03-01' });
  setDeadline(f.db, f.tasks.bls, DUE);
  // Đài PT-TH finished its task: nothing is sent about it.
  setDeadline(f.db, f.tasks.dpt, DUE, '2021-03-02T03:00:00.000Z');
  const req = addReportRequest(f.db, {
    title: 'Báo cáo kết quả tuyên truyền quý I năm 2021',
    deadline: DUE,
    responsibleId: f.people.staff,
    createdById: f.people.staff,
    units: [
      { unitId: f.units.bls, status: 'draft' },
      { unitId: f.units.dpt, status: 'submitted' },
      { unitId: f.units.cntt, status: 'accepted' },
    ],
  });
  return { ...f, report: req.reportIds[0]!, submitted: req.reportIds[1]!, accepted: req.reportIds[2]! };
}

describe('the reminder pass', () => {
  it('follows the schedule day by day: before, due, overdue every 2 working days, escalation at 5', async () => {
    const f = await scenario();
    for (let day = '2021-03-01'; day <= '2021-03-19'; day = addDays(day, 1)) await passOn(f, day);

    const expected = ['before@2021-03-05', 'due@2021-03-10', 'overdue@2021-03-12', 'overdue@2021-03-16', 'escalate@2021-03-17', 'overdue@2021-03-18'];
    expect(keysOf(f.db, 'task', f.tasks.bls)).toEqual(expected);
    expect(keysOf(f.db, 'report', f.report)).toEqual(expected);
    // A finished task, a submitted and an accepted report: nothing.
    expect(keysOf(f.db, 'task', f.tasks.dpt)).toEqual([]);
    expect(keysOf(f.db, 'report', f.submitted)).toEqual([]);
    expect(keysOf(f.db, 'report', f.accepted)).toEqual([]);
    expect(notesOf(f.db, f.people.dptHead)).toEqual([]);

    // The unit's people get the unit's track; the head also gets the escalation.
    const kinds = (userId: number) => notesOf(f.db, userId).map((n) => `${n.entityType}:${n.kind}`);
    const track = ['reminder.before', 'reminder.due', 'reminder.overdue', 'reminder.overdue', 'reminder.overdue'];
    expect(kinds(f.people.reporter).filter((k) => k.startsWith('task:'))).toEqual(track.map((k) => `task:${k}`));
    expect(kinds(f.people.head).filter((k) => k.startsWith('task:'))).toEqual(
      ['reminder.before', 'reminder.due', 'reminder.overdue', 'reminder.overdue', 'reminder.escalate', 'reminder.overdue'].map((k) => `task:${k}`),
    );
    // The responsible staff member (the directive's author; the request's follower) only on escalation.
    expect(kinds(f.people.staff).sort()).toEqual(['report:reminder.escalate', 'task:reminder.escalate']);

    // Vietnamese text with the reference, the days, the link.
    const notes = notesOf(f.db, f.people.reporter).filter((n) => n.entityType === 'task');
    expect(notes[0]).toMatchObject({ title: 'Sắp đến hạn: Văn bản số …/STTTT-TTBCXB', link: `/tasks/${f.tasks.bls}` });
    expect(notes[0]!.body).toContain('hạn 10/03/2021, còn 3 ngày làm việc');
    expect(notes[0]!.body).toContain('V/v tuyên truyền thực hiện Nghị quyết');
    expect(notes[2]!.title).toBe('Quá hạn 2 ngày làm việc: Văn bản số …/STTTT-TTBCXB');
    const esc = notesOf(f.db, f.people.staff).find((n) => n.entityType === 'report')!;
    expect(esc.title).toBe('Chậm 5 ngày làm việc: Báo Lạng Sơn — Báo cáo “Báo cáo kết quả tuyên truyền quý I năm 2021”');
    expect(esc.link).toBe(`/reports/${f.report}`);

    // Email: the reporter has one and takes it (logged: no SMTP here); the one who turned it off gets
    // every notification but no email; the head has no address.
    expect(mailsOf(f.db, f.people.reporter)).toHaveLength(10);
    expect(mailsOf(f.db, f.people.reporter).every((m) => m.status === 'logged' && m.subject.startsWith('[Đôn Đốc] '))).toBe(true);
    expect(notesOf(f.db, f.people.quiet)).toHaveLength(10);
    expect(mailsOf(f.db, f.people.quiet)).toEqual([]);
    expect(mailsOf(f.db, f.people.head)).toEqual([]);
    expect(mailsOf(f.db, f.people.staff).map((m) => m.to)).toEqual(['staff@stttt.langson.gov.vn', 'staff@stttt.langson.gov.vn']);
  });

  it('sends nothing twice when the pass runs twice on the same day', async () => {
    const f = await scenario();
    f.clock.set(morning('2021-03-05'));
    const first = await runPass({ db: f.db, clock: f.clock }, '2021-03-04', '2021-03-05');
    const again = await runPass({ db: f.db, clock: f.clock }, '2021-03-04', '2021-03-05');
    expect(first.reminders).toBe(2);
    expect(again.reminders).toBe(0);
    expect(notesOf(f.db, f.people.reporter)).toHaveLength(2);
    // Through the scheduler: the second run of the day does not even scan.
    await passOn(f, '2021-03-10');
    expect(await f.app.reminders.runNow()).toBeNull();
    expect(notesOf(f.db, f.people.reporter)).toHaveLength(4);
  });

  it('sends nothing twice after a restart on the same database, even with its bookmark lost', async () => {
    const f = await scenario();
    await passOn(f, '2021-03-10');
    const before = f.db.select().from(notifications).all().length;
    expect(before).toBeGreaterThan(0);

    const one = await restart(f, { REMINDERS_ENABLED: 'true' });
    await one.app.ready();
    await one.app.reminders.idle();
    await one.app.close();
    expect(f.db.select().from(notifications).all()).toHaveLength(before);

    // Even when job_state no longer says the day was done, the ledger holds.
    f.db.delete(jobState).where(eq(jobState.key, LAST_PASS_KEY)).run();
    const two = await restart(f, { REMINDERS_ENABLED: 'true' });
    await two.app.ready();
    await two.app.reminders.idle();
    await two.app.close();
    expect(f.db.select().from(notifications).all()).toHaveLength(before);
    expect(lastPassDay(f.db)).toBe('2021-03-10');
  });

  it('catches up once after a week of downtime, sending only the latest stage of each subject', async () => {
    const f = await scenario();
    // Another task due in the week the server was down: its 'before' (12/3) and 'due' (17/3) were missed.
    const later = f.db.select().from(notifications).all().length;
    expect(later).toBe(0);
    setDeadline(f.db, f.tasks.dpt, '2021-03-17');
    await passOn(f, '2021-03-04');
    expect(ledger(f.db)).toEqual([]);

    // Down from Friday 5/3 to Thursday 18/3; starts at 08:00.
    f.clock.set(morning('2021-03-18'));
    const { app } = await restart(f, { REMINDERS_ENABLED: 'true' });
    await app.ready();
    await app.reminders.idle();
    // A second start signal (e.g. a second ready) does not run another pass.
    app.reminders.start();
    await app.reminders.idle();

    expect(keysOf(f.db, 'task', f.tasks.bls)).toEqual(['escalate@2021-03-17', 'overdue@2021-03-18']);
    expect(keysOf(f.db, 'report', f.report)).toEqual(['escalate@2021-03-17', 'overdue@2021-03-18']);
    expect(keysOf(f.db, 'task', f.tasks.dpt)).toEqual(['due@2021-03-17']);
    expect(notesOf(f.db, f.people.reporter).map((n) => n.kind)).toEqual(['reminder.overdue', 'reminder.overdue']);
    expect(notesOf(f.db, f.people.reporter)[0]!.title).toBe('Quá hạn 6 ngày làm việc: Văn bản số …/STTTT-TTBCXB');
    expect(notesOf(f.db, f.people.dptHead).map((n) => n.title)).toEqual(['Đến hạn: Văn bản số …/STTTT-TTBCXB']);
    expect(notesOf(f.db, f.people.dptHead)[0]!.body).toContain('đã quá hạn 1 ngày làm việc');
    expect(lastPassDay(f.db)).toBe('2021-03-18');
    await app.close();
  });

  it('starts before the daily time by catching up to yesterday only', async () => {
    const f = await scenario();
    await passOn(f, '2021-03-08');
    // Wednesday 10/3 at 06:00 in Vietnam: the 'due' of today waits for 07:30.
    f.clock.set('2021-03-09T23:00:00.000Z');
    const { app } = await restart(f, { REMINDERS_ENABLED: 'true' });
    await app.ready();
    await app.reminders.idle();
    expect(lastPassDay(f.db)).toBe('2021-03-09');
    expect(keysOf(f.db, 'task', f.tasks.bls)).toEqual([]);
    f.clock.set('2021-03-10T00:30:00.000Z');
    await app.reminders.runNow();
    expect(keysOf(f.db, 'task', f.tasks.bls)).toEqual(['due@2021-03-10']);
    await app.close();
  });

  it('follows the holiday table as administrators change it', async () => {
    const f = await scenario();
    const admin = await f.login('admin');
    // 5/3 declared a day off: 'before' (3 working days before 10/3) moves to 4/3.
    expect((await admin.put('/api/holidays/2021-03-05', { kind: 'off', name: 'Nghỉ hoán đổi' })).statusCode).toBe(200);
    await passOn(f, '2021-03-04');
    expect(keysOf(f.db, 'task', f.tasks.bls)).toEqual(['before@2021-03-04']);
  });
});
