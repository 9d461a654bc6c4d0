import { count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { directives, taskItems, tasks, units } from '../../db/schema/index';
import { actorFor, fakeClock, seededDb } from '../../../test/helpers';
import { directiveFromParse, type ParsedDirective } from '../../seed/from-parse';
import seed from '../../seed/data/seed-directive.json';
import { createDirective, publishDirective } from './service';

describe('publishing the seed dispatch', () => {
  it('splits it into exactly 14 tasks with the parts that apply to each unit', async () => {
    const { db } = await seededDb();
    const rows = db
      .select({ code: units.code, name: units.name, source: tasks.source, n: tasks.itemsTotal, id: tasks.id })
      .from(tasks)
      .innerJoin(units, eq(units.id, tasks.unitId))
      .where(isNull(tasks.parentTaskId))
      .all();
    expect(rows).toHaveLength(14);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('BLS')?.n).toBe(5);
    expect(byCode.get('DPTTH')?.n).toBe(5);
    expect(byCode.get('STTTT-CNTT')).toMatchObject({ n: 1, source: 'cc' });
    const offices = rows.filter((r) => r.code.startsWith('VHTT-'));
    expect(offices).toHaveLength(11);
    for (const o of offices) expect(o.n).toBe(6);

    // Part 3 is addressed to the district offices only: the newspaper must not get it.
    const blsItems = db.select().from(taskItems).where(eq(taskItems.taskId, byCode.get('BLS')!.id)).all();
    expect(blsItems.map((i) => i.partKey)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3']);
    const trangDinh = rows.find((r) => r.name === 'Phòng Văn hóa và Thông tin huyện Tràng Định')!;
    const tdItems = db.select().from(taskItems).where(eq(taskItems.taskId, trangDinh.id)).all();
    expect(tdItems.map((i) => i.partKey)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1']);
    expect(tdItems[5]?.section).toBe('Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố');
    const cnttItems = db.select().from(taskItems).where(eq(taskItems.taskId, byCode.get('STTTT-CNTT')!.id)).all();
    expect(cnttItems[0]?.title).toMatch(/^Đăng tải/);

    // The report clause stays on the directive for the report workflow.
    const d = db.select().from(directives).get();
    expect(d?.report).toEqual({ required: true, deadline: null, onRequest: true, recurrence: null });
  });

  it('refuses to publish twice and writes nothing the second time', async () => {
    const clock = fakeClock();
    const { db } = await seededDb(clock);
    const staff = actorFor(db, 'staff');
    const draft = createDirective(db, clock, staff, directiveFromParse(db, seed as ParsedDirective));
    publishDirective(db, clock, staff, draft.id, draft.version);
    const before = db.select({ n: count() }).from(tasks).get()?.n;
    expect(() => publishDirective(db, clock, staff, draft.id, draft.version + 1)).toThrow(/ban hành/);
    expect(db.select({ n: count() }).from(tasks).get()?.n).toBe(before);
  });

  it('leaves no task behind when a recipient is not picked from the directory', async () => {
    const clock = fakeClock();
    const { db } = await seededDb(clock);
    const staff = actorFor(db, 'staff');
    const input = directiveFromParse(db, { ...(seed as ParsedDirective), recipients: ['Báo Lạng Sơn', 'Ban Không Tồn Tại'] });
    const draft = createDirective(db, clock, staff, input);
    const before = db.select({ n: count() }).from(tasks).get()?.n;
    expect(() => publishDirective(db, clock, staff, draft.id, draft.version)).toThrowError(expect.objectContaining({ code: 'NOT_READY_TO_PUBLISH' }));
    expect(db.select({ n: count() }).from(tasks).get()?.n).toBe(before);
    expect(db.select().from(directives).where(eq(directives.id, draft.id)).get()?.status).toBe('draft');
  });

  it('publishes the seed dispatch within its 50 ms budget', async () => {
    const clock = fakeClock();
    const { db } = await seededDb(clock);
    const staff = actorFor(db, 'staff');
    const draft = createDirective(db, clock, staff, directiveFromParse(db, seed as ParsedDirective));
    const t0 = performance.now();
    const res = publishDirective(db, clock, staff, draft.id, draft.version);
    const ms = performance.now() - t0;
    expect(res.taskCount).toBe(14);
    // Generous bound here; pnpm bench measures the real figure.
    expect(ms).toBeLessThan(500);
  });
});
