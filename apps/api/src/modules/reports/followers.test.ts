import { describe, expect, it } from 'vitest';
import type { FollowerList, ReportRequest } from '@dondoc/schemas';
import { actorFor, testApp } from '../../../test/helpers';
import { unitIdOf } from './test-setup';

describe('who follows a request up', () => {
  it('lists the department staff for staff, and refuses units and leaders', async () => {
    const { login } = await testApp();
    const res = await (await login('staff')).get('/api/report-requests/followers');
    expect(res.statusCode).toBe(200);
    const names = res.json<FollowerList>().items.map((p) => p.fullName);
    expect(names).toContain('Hoàng Thu Trang');
    expect(names).toContain('Quản trị hệ thống');
    // Neither the leader nor any unit's people follow requests up.
    expect(names).not.toContain('Lê Hải Yến');
    expect(names).not.toContain('Báo Lạng Sơn');
    expect((await (await login('baolangson')).get('/api/report-requests/followers')).statusCode).toBe(403);
    expect((await (await login('leader')).get('/api/report-requests/followers')).statusCode).toBe(403);
  });

  it('names the chosen staff member on the request, the creator when none is chosen, and refuses a unit user', async () => {
    const { db, login } = await testApp();
    const staff = await login('staff');
    const people = (await staff.get('/api/report-requests/followers')).json<FollowerList>().items;
    const admin = people.find((p) => p.fullName === 'Quản trị hệ thống')!;
    const base = { title: 'Báo cáo chuyên đề', kind: 'thematic', deadline: '2021-01-15', recipients: [{ kind: 'unit', unitId: unitIdOf(db, 'BLS') }], outline: [{ title: 'Kết quả' }] };
    const chosen = (await staff.post('/api/report-requests', { ...base, responsibleId: admin.id })).json<ReportRequest>();
    expect(chosen.responsible).toMatchObject({ id: admin.id, fullName: 'Quản trị hệ thống' });
    const mine = (await staff.post('/api/report-requests', base)).json<ReportRequest>();
    expect(mine.responsible?.fullName).toBe('Hoàng Thu Trang');
    const unitUserId = actorFor(db, 'baolangson').userId;
    const bad = await staff.post('/api/report-requests', { ...base, responsibleId: unitUserId });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'UNKNOWN_USER' });
  });
});
