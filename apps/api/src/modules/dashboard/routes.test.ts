import { describe, expect, it } from 'vitest';
import type { Dashboard, TaskWithItems } from '@dondoc/schemas';
import { testApp } from '../../../test/helpers';

describe('dashboard API', () => {
  it('shows staff and leaders every unit’s progress and follows a unit’s work', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    let d = (await staff.get('/api/dashboard')).json<Dashboard>();
    expect(d.directives).toHaveLength(1);
    expect(d.units).toHaveLength(14);
    expect(d.totals).toMatchObject({ directives: 1, tasks: 14, done: 0, notReceived: 14 });

    const bls = await login('baolangson');
    const cell = d.cells.find((c) => d.units.find((u) => u.id === c.unitId)?.name === 'Báo Lạng Sơn')!;
    const task = (await bls.get(`/api/tasks/${cell.taskId}`)).json<TaskWithItems>();
    await bls.patch(`/api/tasks/${task.id}/items/${task.items[0]!.id}`, { status: 'done', version: task.items[0]!.version });

    d = (await (await login('leader')).get('/api/dashboard')).json<Dashboard>();
    expect(d.cells.find((c) => c.taskId === cell.taskId)).toMatchObject({ itemsDone: 1, itemsTotal: 5, state: 'in_progress' });
    expect(d.totals).toMatchObject({ notReceived: 13, inProgress: 1 });
    expect((await staff.get('/api/dashboard?from=2021-01-01')).json<Dashboard>().directives).toHaveLength(0);
  });

  it('is closed to unit users', async () => {
    const { login } = await testApp();
    expect((await (await login('vhtt.trangdinh')).get('/api/dashboard')).statusCode).toBe(403);
  });
});
