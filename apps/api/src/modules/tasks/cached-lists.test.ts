import { describe, expect, it } from 'vitest';
import type { TaskSummary, TaskWithItems } from '@dondoc/schemas';
import { dataVersion } from '../../lib/data-version';
import { testApp } from '../../../test/helpers';

const items = (res: { json: <T>() => T }) => res.json<{ items: TaskSummary[] }>().items;

describe('lists kept per version of the data', () => {
  it('show a write at the next read, to the unit and to the department', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    const bls = await login('baolangson');
    const before = items(await bls.get('/api/tasks?filter=open'));
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ state: 'not_received', itemsDone: 0 });
    const directiveId = before[0]!.directive.id;
    const seen = (await staff.get(`/api/directives/${directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items;
    expect(seen.find((t) => t.unit.name === 'Báo Lạng Sơn')?.receivedAt).toBeNull();

    await bls.post(`/api/tasks/${before[0]!.id}/complete`);
    expect(items(await bls.get('/api/tasks?filter=open'))).toHaveLength(0);
    expect(items(await bls.get('/api/tasks?filter=done'))[0]).toMatchObject({ state: 'done', itemsDone: 5 });
    const after = (await staff.get(`/api/directives/${directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items;
    expect(after.find((t) => t.unit.name === 'Báo Lạng Sơn')).toMatchObject({ state: 'done', itemsDone: 5 });
  });

  it('never serve one unit the list kept for another', async () => {
    const { login } = await testApp();
    const bls = await login('baolangson');
    const dai = await login('daiptth');
    expect(items(await bls.get('/api/tasks')).map((t) => t.unit.name)).toEqual(['Báo Lạng Sơn']);
    expect(items(await dai.get('/api/tasks')).map((t) => t.unit.name)).toEqual(['Đài Phát thanh và Truyền hình tỉnh']);
    const directiveId = items(await bls.get('/api/tasks'))[0]!.directive.id;
    const mine = (await bls.get(`/api/directives/${directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items;
    const theirs = (await dai.get(`/api/directives/${directiveId}/tasks`)).json<{ items: TaskWithItems[] }>().items;
    expect(mine.map((t) => t.unit.name)).toEqual(['Báo Lạng Sơn']);
    expect(theirs.map((t) => t.unit.name)).toEqual(['Đài Phát thanh và Truyền hình tỉnh']);
  });

  it('move to a new version at midnight in Vietnam, when open tasks may turn overdue without any write', async () => {
    const { db, clock } = await testApp();
    clock.set('2020-11-30T16:59:00.000Z');
    const evening = dataVersion(db, clock);
    clock.set('2020-11-30T17:01:00.000Z');
    const morning = dataVersion(db, clock);
    expect(evening.today).toBe('2020-11-30');
    expect(morning.today).toBe('2020-12-01');
    expect(morning.version).not.toBe(evening.version);
  });
});
