import { describe, expect, it } from 'vitest';
import type { Comment, TaskSummary } from '@dondoc/schemas';
import { testApp } from '../../../test/helpers';

describe('task comments', () => {
  it('lets the leader and the unit comment on a task, and keeps other units out', async () => {
    const { login } = await testApp();
    const leader = await login('leader');
    const bls = await login('baolangson');
    const task = (await bls.get('/api/tasks')).json<{ items: TaskSummary[] }>().items[0]!;

    const c = await leader.post(`/api/tasks/${task.id}/comments`, { body: 'Đề nghị đẩy nhanh tiến độ.' });
    expect(c.statusCode).toBe(201);
    expect(c.json<Comment>()).toMatchObject({ author: { fullName: 'Lê Hải Yến', role: 'leader' } });
    expect((await bls.post(`/api/tasks/${task.id}/comments`, { body: 'Đã tiếp thu.' })).statusCode).toBe(201);
    const list = (await bls.get(`/api/tasks/${task.id}/comments`)).json<{ items: Comment[] }>().items;
    expect(list.map((x) => x.body)).toEqual(['Đề nghị đẩy nhanh tiến độ.', 'Đã tiếp thu.']);

    const dai = await login('daiptth');
    expect((await dai.get(`/api/tasks/${task.id}/comments`)).statusCode).toBe(404);
    expect((await dai.post(`/api/tasks/${task.id}/comments`, { body: 'xem trộm' })).statusCode).toBe(404);
    const empty = await leader.post(`/api/tasks/${task.id}/comments`, { body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields[0]).toMatchObject({ path: 'body' });
  });
});
