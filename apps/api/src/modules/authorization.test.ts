import { describe, expect, it } from 'vitest';
import type { Rollup, TaskSummary, TaskWithItems } from '@dondoc/schemas';
import { testApp } from '../../test/helpers';

/**
 * Báo Lạng Sơn's user tries every route against data that is not its own. Each answer must
 * be 403 (a role that may not do this) or 404 (another unit's data, as if it did not exist),
 * or 400 for passing its own work to a unit not under it, and nothing may change.
 */
describe('a unit user attacking every route', () => {
  it('gets 403 or 404 everywhere outside its own unit, and changes nothing', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    const all = (await staff.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
    const foreign = all.find((t) => t.unit.name === 'Đài Phát thanh và Truyền hình tỉnh')!;
    const foreignItem = (await staff.get(`/api/tasks/${foreign.id}`)).json<TaskWithItems>().items[0]!;
    const draft = (await staff.post('/api/directives', { subject: 'bản nháp của Sở' })).json<{ id: number; version: number }>();
    const unitId = (await staff.get('/api/units?q=Báo Lạng Sơn')).json<{ items: { id: number }[] }>().items[0]!.id;
    const own = all.find((t) => t.unit.name === 'Báo Lạng Sơn')!;
    const ownItem = (await staff.get(`/api/tasks/${own.id}`)).json<TaskWithItems>().items[0]!;
    // A sub-task the Tràng Định office passed to one of its stations (seed demo).
    const td = all.find((t) => t.unit.name === 'Phòng Văn hóa và Thông tin huyện Tràng Định')!;
    const sub = (await staff.get(`/api/tasks/${td.id}/subtasks`)).json<Rollup>().subtasks.find((s) => s.unit.kind === 'commune_radio' && !s.receivedAt)!;
    const subItem = (await staff.get(`/api/tasks/${sub.taskId}`)).json<TaskWithItems>().items[0]!;
    const bls = await login('baolangson');
    // Issue 4–6 data: the demo's report request and the radio station's report in it, staff's own
    // notification (the Tràng Định report sent), a unit event, the radio station's unit.
    const request = (await staff.get('/api/report-requests')).json<{ items: { id: number }[] }>().items[0]!;
    const status = (await staff.get(`/api/report-requests/${request.id}/status`)).json<{ rows: { unit: { name: string }; reportId: number }[] }>();
    const foreignReport = status.rows.find((r) => r.unit.name === 'Đài Phát thanh và Truyền hình tỉnh')!.reportId;
    const staffNote = (await staff.get('/api/notifications')).json<{ items: { id: number }[] }>().items[0]!.id;
    const dpt = foreign.unit.id;

    const attempts: [string, () => Promise<{ statusCode: number }>, number][] = [
      ['read a foreign task', () => bls.get(`/api/tasks/${foreign.id}`), 404],
      ['acknowledge a foreign task', () => bls.post(`/api/tasks/${foreign.id}/acknowledge`), 404],
      ['complete a foreign task', () => bls.post(`/api/tasks/${foreign.id}/complete`), 404],
      ['complete another unit’s sub-task', () => bls.post(`/api/tasks/${sub.taskId}/complete`), 404],
      ['change a foreign item', () => bls.patch(`/api/tasks/${foreign.id}/items/${foreignItem.id}`, { status: 'done', version: 0 }), 404],
      ['change a foreign item through its own task id', () => bls.patch(`/api/tasks/${all.find((t) => t.unit.name === 'Báo Lạng Sơn')!.id}/items/${foreignItem.id}`, { status: 'done', version: 0 }), 404],
      ['read foreign comments', () => bls.get(`/api/tasks/${foreign.id}/comments`), 404],
      ['comment on a foreign task', () => bls.post(`/api/tasks/${foreign.id}/comments`, { body: 'x' }), 404],
      ['read a foreign task’s roll-up', () => bls.get(`/api/tasks/${foreign.id}/subtasks`), 404],
      ['list a foreign task’s delegation targets', () => bls.get(`/api/tasks/${foreign.id}/delegation-targets`), 404],
      ['delegate a foreign task', () => bls.post(`/api/tasks/${foreign.id}/delegate`, { itemIds: [foreignItem.id], unitIds: [unitId] }), 404],
      ['delegate its own task to a unit not under it', () => bls.post(`/api/tasks/${own.id}/delegate`, { itemIds: [ownItem.id], unitIds: [foreign.unit.id] }), 400],
      ['delegate a foreign item through its own task id', () => bls.post(`/api/tasks/${own.id}/delegate`, { itemIds: [foreignItem.id], unitIds: [unitId] }), 400],
      ['read another unit’s sub-task', () => bls.get(`/api/tasks/${sub.taskId}`), 404],
      ['read another unit’s sub-task roll-up', () => bls.get(`/api/tasks/${sub.taskId}/subtasks`), 404],
      ['acknowledge another unit’s sub-task', () => bls.post(`/api/tasks/${sub.taskId}/acknowledge`), 404],
      ['change an item of another unit’s sub-task', () => bls.patch(`/api/tasks/${sub.taskId}/items/${subItem.id}`, { status: 'done', version: subItem.version }), 404],
      ['delegate another unit’s sub-task', () => bls.post(`/api/tasks/${sub.taskId}/delegate`, { itemIds: [subItem.id], unitIds: [unitId] }), 404],
      ['comment on another unit’s sub-task', () => bls.post(`/api/tasks/${sub.taskId}/comments`, { body: 'x' }), 404],
      ['read a draft directive', () => bls.get(`/api/directives/${draft.id}`), 404],
      ['read a draft’s tasks', () => bls.get(`/api/directives/${draft.id}/tasks`), 404],
      ['create a directive', () => bls.post('/api/directives', { subject: 'giả mạo' }), 403],
      ['edit a draft', () => bls.put(`/api/directives/${draft.id}`, { subject: 'giả mạo', version: draft.version }), 403],
      ['delete a draft', () => bls.del(`/api/directives/${draft.id}`), 403],
      ['preview a draft', () => bls.get(`/api/directives/${draft.id}/preview`), 403],
      ['publish a draft', () => bls.post(`/api/directives/${draft.id}/publish`, { version: draft.version }), 403],
      ['read an audit trail', () => bls.get('/api/directives/1/audit'), 403],
      ['read the dashboard', () => bls.get('/api/dashboard'), 403],
      ['add a unit', () => bls.post('/api/units', { code: 'X1', name: 'Đơn vị giả', kind: 'other' }), 403],
      ['rename its own unit', () => bls.patch(`/api/units/${unitId}`, { name: 'Báo Lạng Sơn mới', version: 0 }), 403],
      ['retire a unit', () => bls.post(`/api/units/${unitId}/retire`, { validTo: '2021-01-01', version: 0 }), 403],
      ['add a group', () => bls.post('/api/unit-groups', { code: 'G1', name: 'Nhóm giả' }), 403],
      ['edit a group', () => bls.patch('/api/unit-groups/1', { name: 'Nhóm giả', version: 0 }), 403],
      ['rename a unit with an event', () => bls.post(`/api/units/${unitId}/rename`, { name: 'Báo mới', effectiveOn: '2021-01-01', legalBasis: 'Quyết định giả', version: 0 }), 403],
      ['merge units', () => bls.post('/api/unit-events/merge', { predecessorIds: [dpt], successorId: unitId, effectiveOn: '2021-01-01', legalBasis: 'Quyết định giả' }), 403],
      ['preview a directory change', () => bls.get('/api/org-changes/sample'), 403],
      ['list directory changes', () => bls.get('/api/org-changes'), 403],
      ['create a report request', () => bls.post('/api/report-requests', { title: 'Giả', kind: 'ad_hoc', deadline: '2021-01-01', recipients: [] }), 403],
      ['edit a report request', () => bls.patch(`/api/report-requests/${request.id}`, { note: 'giả', version: 0 }), 403],
      ['read a request’s status table', () => bls.get(`/api/report-requests/${request.id}/status`), 403],
      ['read another unit’s report', () => bls.get(`/api/reports/${foreignReport}`), 404],
      ['save another unit’s report', () => bls.put(`/api/reports/${foreignReport}/draft`, { version: 0, narrative: {}, figures: {} }), 404],
      ['submit another unit’s report', () => bls.post(`/api/reports/${foreignReport}/submit`, { version: 0 }), 404],
      ['read another unit’s report versions', () => bls.get(`/api/reports/${foreignReport}/versions`), 404],
      ['accept a report', () => bls.post(`/api/reports/${foreignReport}/accept`, { version: 0 }), 403],
      ['read another person’s notification', () => bls.post(`/api/notifications/${staffNote}/read`), 404],
      ['send a manual reminder', () => bls.post('/api/reminders', { unitIds: [dpt], message: 'Đề nghị khẩn trương' }), 403],
      ['change the holiday table', () => bls.put('/api/holidays/2021-05-03', { kind: 'off', name: 'Giả' }), 403],
      ['read the compliance matrix', () => bls.get('/api/dashboard/matrix'), 403],
      ['read the headline figures', () => bls.get('/api/dashboard/headline'), 403],
      ['read the ranking', () => bls.get('/api/dashboard/scorecards'), 403],
      ['read another unit’s scorecard', () => bls.get(`/api/dashboard/scorecards/${dpt}`), 404],
      ['drill into another unit’s tasks', () => bls.get(`/api/dashboard/drill?metric=tasks&unitId=${dpt}`), 404],
      ['draft a summary report', () => bls.post('/api/directives/1/summary-reports', {}), 403],
      ['export the matrix', () => bls.post('/api/exports', { kind: 'matrix', format: 'xlsx', params: {} }), 403],
      ['export another unit’s table', () => bls.post('/api/exports', { kind: 'units', format: 'csv', params: { unitId: dpt } }), 403],
    ];
    for (const [what, call, status] of attempts) expect((await call()).statusCode, what).toBe(status);

    const after = (await staff.get(`/api/tasks/${foreign.id}`)).json<TaskWithItems>();
    expect(after).toMatchObject({ receivedAt: null, itemsDone: 0 });
    expect((await staff.get(`/api/tasks/${foreign.id}/comments`)).json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await staff.get(`/api/tasks/${foreign.id}/subtasks`)).json<Rollup>().subtasks).toHaveLength(0);
    expect((await staff.get(`/api/tasks/${own.id}/subtasks`)).json<Rollup>().subtasks).toHaveLength(0);
    expect((await staff.get(`/api/tasks/${sub.taskId}`)).json<TaskWithItems>()).toMatchObject({ receivedAt: null, itemsDone: 0 });
    expect((await staff.get(`/api/directives/${draft.id}`)).json()).toMatchObject({ subject: 'bản nháp của Sở', status: 'draft' });
    const audit = (await staff.get('/api/directives/1/audit')).json<{ items: { actor: { username: string } | null }[] }>().items;
    expect(audit.some((a) => a.actor?.username === 'baolangson')).toBe(false);
  });
});
