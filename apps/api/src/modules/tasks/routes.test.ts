import { describe, expect, it } from 'vitest';
import type { TaskSummary, TaskWithItems } from '@dondoc/schemas';
import { fakeClock, testApp } from '../../../test/helpers';

async function setup() {
  const t = await testApp();
  const staff = await t.login('staff');
  const all = (await staff.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
  const taskOf = (name: string) => {
    const found = all.find((x) => x.unit.name === name);
    if (!found) throw new Error(name);
    return found;
  };
  return { ...t, staff, all, bls: taskOf('Báo Lạng Sơn'), dai: taskOf('Đài Phát thanh và Truyền hình tỉnh') };
}

describe('tasks API', () => {
  it('lists only the caller unit’s tasks, and all of them for staff', async () => {
    const { login, all, bls } = await setup();
    expect(all).toHaveLength(14);
    const unit = await login('baolangson');
    const mine = (await unit.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
    expect(mine.map((t) => t.id)).toEqual([bls.id]);
    expect(mine[0]).toMatchObject({ itemsTotal: 5, itemsDone: 0, state: 'not_received' });
  });

  it('answers 404 to a unit that reads, acknowledges or changes another unit’s task', async () => {
    const { login, dai } = await setup();
    const bls = await login('baolangson');
    const other = (await (await login('daiptth')).get(`/api/tasks/${dai.id}`)).json<TaskWithItems>();
    const item = other.items[0]!;
    expect((await bls.get(`/api/tasks/${dai.id}`)).statusCode).toBe(404);
    expect((await bls.post(`/api/tasks/${dai.id}/acknowledge`)).statusCode).toBe(404);
    const patch = await bls.patch(`/api/tasks/${dai.id}/items/${item.id}`, { status: 'done', version: item.version });
    expect(patch.statusCode).toBe(404);
    expect(patch.json()).toMatchObject({ code: 'NOT_FOUND' });
    // The other unit's item is untouched.
    const after = (await (await login('daiptth')).get(`/api/tasks/${dai.id}`)).json<TaskWithItems>();
    expect(after.items[0]).toMatchObject({ status: 'not_started', version: item.version });
    expect(after.receivedAt).toBeNull();
    // Its directive's task list shows a unit only its own task.
    const list = (await bls.get(`/api/directives/${dai.directive.id}/tasks`)).json<{ items: TaskWithItems[] }>().items;
    expect(list.map((t) => t.unit.name)).toEqual(['Báo Lạng Sơn']);
  });

  it('lets the unit acknowledge and complete items, and the counts follow', async () => {
    const { login, bls, staff } = await setup();
    const unit = await login('baolangson');
    const ack = await unit.post(`/api/tasks/${bls.id}/acknowledge`);
    expect(ack.statusCode).toBe(200);
    expect(ack.json<TaskWithItems>().receivedAt).toBe('2020-11-20T02:00:00.000Z');
    const task = ack.json<TaskWithItems>();
    for (const [i, item] of task.items.entries()) {
      const body = i === 4 ? { status: 'not_applicable', reason: 'Không có chuyên mục phù hợp', version: item.version } : { status: 'done', note: 'Đã đăng 3 bài', version: item.version };
      const res = await unit.patch(`/api/tasks/${bls.id}/items/${item.id}`, body);
      expect(res.statusCode, res.body).toBe(200);
    }
    const seen = (await staff.get(`/api/tasks/${bls.id}`)).json<TaskWithItems>();
    expect(seen).toMatchObject({ itemsDone: 5, itemsTotal: 5, state: 'done' });
    expect(seen.items[0]).toMatchObject({ status: 'done', note: 'Đã đăng 3 bài', updatedBy: 'Báo Lạng Sơn' });
    expect(seen.items[4]).toMatchObject({ status: 'not_applicable', reason: 'Không có chuyên mục phù hợp' });
    // Re-opening an item re-opens the task.
    const reopened = await unit.patch(`/api/tasks/${bls.id}/items/${seen.items[0]!.id}`, { status: 'in_progress', version: seen.items[0]!.version });
    expect(reopened.statusCode).toBe(200);
    expect((await staff.get(`/api/tasks/${bls.id}`)).json<TaskWithItems>()).toMatchObject({ itemsDone: 4, state: 'in_progress', completedAt: null });
  });

  it('answers 409 to the second of two edits made from the same version', async () => {
    const { login, bls } = await setup();
    const a = await login('baolangson');
    const item = (await a.get(`/api/tasks/${bls.id}`)).json<TaskWithItems>().items[0]!;
    const first = await a.patch(`/api/tasks/${bls.id}/items/${item.id}`, { note: 'Bản của người thứ nhất', version: item.version });
    const second = await a.patch(`/api/tasks/${bls.id}/items/${item.id}`, { note: 'Bản của người thứ hai', version: item.version });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'CONFLICT' });
    expect((await a.get(`/api/tasks/${bls.id}`)).json<TaskWithItems>().items[0]!.note).toBe('Bản của người thứ nhất');
  });

  it('refuses writes from the leader and from staff, but lets them read', async () => {
    const { login, bls, staff } = await setup();
    const leader = await login('leader');
    const item = (await leader.get(`/api/tasks/${bls.id}`)).json<TaskWithItems>().items[0]!;
    expect((await leader.patch(`/api/tasks/${bls.id}/items/${item.id}`, { status: 'done', version: 0 })).statusCode).toBe(403);
    expect((await leader.post(`/api/tasks/${bls.id}/acknowledge`)).statusCode).toBe(403);
    expect((await staff.patch(`/api/tasks/${bls.id}/items/${item.id}`, { status: 'done', version: 0 })).statusCode).toBe(403);
  });

  it('names the bad field in Vietnamese on a bad body', async () => {
    const { app, login, bls } = await setup();
    const unit = await login('baolangson');
    const item = (await unit.get(`/api/tasks/${bls.id}`)).json<TaskWithItems>().items[0]!;
    const badStatus = await unit.patch(`/api/tasks/${bls.id}/items/${item.id}`, { status: 'xong', version: item.version });
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json()).toMatchObject({ code: 'VALIDATION', fields: [expect.objectContaining({ path: 'status' })] });
    const noReason = await unit.patch(`/api/tasks/${bls.id}/items/${item.id}`, { status: 'not_applicable', version: item.version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields[0]).toMatchObject({ path: 'reason', message: expect.stringContaining('lý do') });
    const noVersion = await unit.patch(`/api/tasks/${bls.id}/items/${item.id}`, { status: 'done' });
    expect(noVersion.json().fields[0].path).toBe('version');
    expect((await unit.get('/api/tasks/abc')).statusCode).toBe(400);
    expect((await unit.get('/api/tasks?filter=nope')).statusCode).toBe(400);
    const badJson = await app.inject({
      method: 'PATCH',
      url: `/api/tasks/${bls.id}/items/${item.id}`,
      headers: { cookie: unit.cookie, 'content-type': 'application/json' },
      payload: '{"status":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.body).not.toMatch(/at .*\.js/);
  });

  it('shows a task overdue once its deadline passes, soonest deadline first', async () => {
    const clock = fakeClock('2020-12-01T02:00:00.000Z');
    const t = await testApp({ clock });
    const staff = await t.login('staff');
    const directive = {
      subject: 'Tuyên truyền Ngày Pháp luật Việt Nam',
      issued: { year: 2020, month: 11, day: 25 },
      recipients: [{ label: 'Báo Lạng Sơn', unitId: (await staff.get('/api/units?q=Báo Lạng Sơn')).json().items[0].id }],
      parts: [{ title: 'Đăng tin, bài', deadline: '2020-12-05' }],
    };
    const created = (await staff.post('/api/directives', directive)).json();
    expect((await staff.post(`/api/directives/${created.id}/publish`, { version: created.version })).statusCode).toBe(200);
    const unit = await t.login('baolangson');
    let mine = (await unit.get('/api/tasks?filter=open')).json<{ items: TaskSummary[] }>().items;
    expect(mine[0]).toMatchObject({ deadline: '2020-12-05', state: 'not_received' });
    clock.set('2020-12-06T02:00:00.000Z');
    // Five days on, the 12-hour session has expired: the user logs in again.
    expect((await unit.get('/api/tasks')).statusCode).toBe(401);
    mine = (await (await t.login('baolangson')).get('/api/tasks?filter=overdue')).json<{ items: TaskSummary[] }>().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ state: 'overdue' });
  });
});
