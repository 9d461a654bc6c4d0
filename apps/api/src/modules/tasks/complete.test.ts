import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { taskWithItems, type TaskSummary, type TaskWithItems } from '@dondoc/schemas';
import { auditLog } from '../../db/schema/index';
import { testApp } from '../../../test/helpers';

async function setup() {
  const t = await testApp();
  const staff = await t.login('staff');
  const all = (await staff.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
  const bls = all.find((x) => x.unit.name === 'Báo Lạng Sơn');
  const dai = all.find((x) => x.unit.name === 'Đài Phát thanh và Truyền hình tỉnh');
  if (!bls || !dai) throw new Error('seed tasks missing');
  return { ...t, staff, all, bls, dai };
}

describe('POST /api/tasks/:id/complete', () => {
  it('marks every open item done in one step, keeps "không áp dụng", and audits it with the task', async () => {
    const { login, db, bls, staff } = await setup();
    const unit = await login('baolangson');
    const task = (await unit.get(`/api/tasks/${bls.id}`)).json<TaskWithItems>();
    const na = task.items[4]!;
    await unit.patch(`/api/tasks/${bls.id}/items/${na.id}`, { status: 'not_applicable', reason: 'Không có chuyên mục phù hợp', version: na.version });

    const res = await unit.post(`/api/tasks/${bls.id}/complete`);
    expect(res.statusCode, res.body).toBe(200);
    const done = res.json<TaskWithItems>();
    // Sent without the serializer's schema pass: it must still be exactly the schema's shape, and
    // the same task the unit reads back.
    expect(taskWithItems.strict().parse(done)).toEqual(done);
    expect(done).toEqual((await unit.get(`/api/tasks/${bls.id}`)).json());
    expect(done).toMatchObject({ itemsDone: 5, itemsTotal: 5, state: 'done' });
    expect(done.receivedAt).not.toBeNull();
    expect(done.items.map((i) => i.status)).toEqual(['done', 'done', 'done', 'done', 'not_applicable']);
    expect(done.items[4]!.reason).toBe('Không có chuyên mục phù hợp');

    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'task.complete')).orderBy(desc(auditLog.id)).get();
    expect(entry).toMatchObject({ entityType: 'task', entityId: bls.id });
    expect((entry?.after as { itemIds: number[] }).itemIds).toHaveLength(4);
    // The department sees it finished.
    expect((await staff.get(`/api/tasks/${bls.id}`)).json<TaskWithItems>().state).toBe('done');

    const again = await unit.post(`/api/tasks/${bls.id}/complete`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ALREADY_DONE' });
  });

  it('answers 404 to another unit and 403 to staff, and changes nothing', async () => {
    const { login, dai, staff } = await setup();
    const bls = await login('baolangson');
    const res = await bls.post(`/api/tasks/${dai.id}/complete`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await staff.post(`/api/tasks/${dai.id}/complete`)).statusCode).toBe(403);
    expect((await (await login('leader')).post(`/api/tasks/${dai.id}/complete`)).statusCode).toBe(403);
    expect((await staff.get(`/api/tasks/${dai.id}`)).json<TaskWithItems>()).toMatchObject({ itemsDone: 0, completedAt: null });
  });
});

describe('GET /api/tasks/export.csv', () => {
  const parse = (body: string) => body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

  it('gives staff every task as CSV with a BOM, Vietnamese headers and one row per task', async () => {
    const { staff, all } = await setup();
    const res = await staff.get('/api/tasks/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="nhiem-vu-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = parse(res.body);
    expect(lines[0]).toBe('"Số, ký hiệu văn bản",Ngày ban hành,Trích yếu,Đơn vị thực hiện,Hạn xử lý,Trạng thái,Số nội dung đã xong,Tổng số nội dung,Ngày tiếp nhận,Ngày hoàn thành');
    expect(lines).toHaveLength(all.length + 1);
    const bls = lines.find((l) => l.includes(',Báo Lạng Sơn,'));
    expect(bls).toMatch(/,Chưa nhận,0,5,,$/);
  });

  it('gives a unit only its own tasks, filtered as asked', async () => {
    const { login } = await setup();
    const unit = await login('baolangson');
    const lines = parse((await unit.get('/api/tasks/export.csv')).body);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Báo Lạng Sơn');
    expect(parse((await unit.get('/api/tasks/export.csv?filter=done')).body)).toHaveLength(1);
    const bad = await unit.get('/api/tasks/export.csv?filter=everything');
    expect(bad.statusCode).toBe(400);
  });
});
