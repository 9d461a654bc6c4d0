import { describe, expect, it } from 'vitest';
import type { Directive, DirectiveSummary, PublishPreview, TaskWithItems } from '@dondoc/schemas';
import { testApp } from '../../../test/helpers';

async function ids(s: { get: (u: string) => Promise<{ json: () => unknown }> }) {
  const units = ((await s.get('/api/units')).json() as { items: { id: number; code: string }[] }).items;
  const groups = ((await s.get('/api/unit-groups')).json() as { items: { id: number; code: string }[] }).items;
  const u = (code: string) => units.find((x) => x.code === code)!.id;
  const g = (code: string) => groups.find((x) => x.code === code)!.id;
  return { u, g };
}

describe('directives API', () => {
  it('lets staff draft, preview, edit and publish a directive to a group, with an audit trail', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    const { u, g } = await ids(staff);
    const body = {
      number: '170/STTTT-TTBCXB',
      symbol: 'STTTT-TTBCXB',
      issued: { year: 2020, month: 11, day: 25 },
      subject: 'tuyên truyền Ngày Pháp luật',
      recipients: [{ label: 'Báo Lạng Sơn', unitId: u('BLS') }, { label: 'Phòng Văn hóa và Thông tin các huyện, thành phố', groupId: g('VHTT-ALL') }],
      parts: [
        { label: '1', title: 'Đăng tin, bài', addressees: [{ label: 'Báo Lạng Sơn', unitId: u('BLS') }] },
        { label: '2', title: 'Treo băng rôn', deadline: '2020-12-10' },
      ],
      cc: [{ name: 'Trung tâm CNTT&TT', purpose: 'đăng tải', unitId: u('STTTT-CNTT') }],
    };
    const created = await staff.post('/api/directives', body);
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json<Directive>();
    expect(d).toMatchObject({ status: 'draft', version: 0 });
    expect(d.parts.map((p) => p.key)).toEqual(['1', '2']);

    const preview = (await staff.get(`/api/directives/${d.id}/preview`)).json<PublishPreview>();
    expect(preview.tasks).toHaveLength(13);
    expect(preview.tasks[0]).toMatchObject({ unit: { name: 'Báo Lạng Sơn' }, items: [{ partKey: '1' }, { partKey: '2' }] });

    const edited = await staff.put(`/api/directives/${d.id}`, { ...body, subject: 'tuyên truyền Ngày Pháp luật Việt Nam', version: d.version });
    expect(edited.statusCode).toBe(200);
    const stale = await staff.put(`/api/directives/${d.id}`, { ...body, version: d.version });
    expect(stale.statusCode).toBe(409);

    const published = await staff.post(`/api/directives/${d.id}/publish`, { version: edited.json<Directive>().version });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().taskCount).toBe(13);
    expect((await staff.put(`/api/directives/${d.id}`, { ...body, version: 2 })).json()).toMatchObject({ code: 'ALREADY_PUBLISHED' });

    const tasks = (await staff.get(`/api/directives/${d.id}/tasks`)).json<{ items: TaskWithItems[] }>().items;
    expect(tasks.find((t) => t.unit.name === 'Báo Lạng Sơn')).toMatchObject({ itemsTotal: 2, deadline: '2020-12-10' });
    expect(tasks.find((t) => t.unit.name.includes('Tràng Định'))?.items.map((i) => i.partKey)).toEqual(['2']);
    expect(tasks.find((t) => t.unit.name.startsWith('Trung tâm Công nghệ'))?.items[0]?.title).toContain('170/STTTT-TTBCXB');

    const audit = (await staff.get(`/api/directives/${d.id}/audit`)).json<{ items: { action: string; actor: { username: string } }[] }>().items;
    expect(audit.map((a) => a.action)).toEqual(['directive.publish', 'directive.update', 'directive.create']);
    expect(audit[0]?.actor.username).toBe('staff');
  });

  it('keeps other units’ directives out of a unit’s sight and keeps the leader and units from writing', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    const { u } = await ids(staff);
    const d = (await staff.post('/api/directives', { subject: 'chỉ gửi Đài', recipients: [{ label: 'Đài', unitId: u('DPTTH') }], parts: [{ title: 'Phát sóng' }] })).json<Directive>();
    await staff.post(`/api/directives/${d.id}/publish`, { version: d.version });

    const bls = await login('baolangson');
    const visible = (await bls.get('/api/directives')).json<{ items: DirectiveSummary[] }>().items;
    expect(visible.map((x) => x.id)).toEqual([1]);
    expect(visible[0]).toMatchObject({ taskCount: 1 });
    for (const url of [`/api/directives/${d.id}`, `/api/directives/${d.id}/tasks`]) expect((await bls.get(url)).statusCode).toBe(404);
    expect((await bls.get(`/api/directives/${d.id}/audit`)).statusCode).toBe(403);

    const leader = await login('leader');
    expect((await leader.get(`/api/directives/${d.id}`)).statusCode).toBe(200);
    expect((await leader.post('/api/directives', { subject: 'thử' })).statusCode).toBe(403);
    expect((await bls.post('/api/directives', { subject: 'thử' })).statusCode).toBe(403);
    expect((await bls.post(`/api/directives/${d.id}/publish`, { version: 1 })).statusCode).toBe(403);
    expect((await leader.del(`/api/directives/${d.id}`)).statusCode).toBe(403);
  });

  it('names bad fields and refuses to publish without recipients or with an unpicked recipient', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    const bad = await staff.post('/api/directives', { subject: 'x', parts: [{ title: '' }], dueDate: '2020-02-31' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['dueDate', 'parts.0.title', 'subject']);
    const unknownUnit = await staff.post('/api/directives', {
      subject: 'đơn vị lạ',
      recipients: [{ label: 'Ma', unitId: 99999 }, { label: 'Có thật', unitId: 1 }, { label: 'Nhóm ma', groupId: 99999 }],
    });
    expect(unknownUnit.json()).toMatchObject({ code: 'UNKNOWN_UNIT', fields: [{ path: 'recipients.0' }, { path: 'recipients.2' }] });

    const d = (await staff.post('/api/directives', { subject: 'chưa chọn đơn vị', recipients: [{ label: 'Ban Tuyên giáo' }], parts: [{ title: 'Làm việc' }] })).json<Directive>();
    const res = await staff.post(`/api/directives/${d.id}/publish`, { version: d.version });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'NOT_READY_TO_PUBLISH', fields: [{ path: 'recipients.0', message: expect.stringContaining('Ban Tuyên giáo') }] });
    expect((await staff.get(`/api/directives/${d.id}`)).json<Directive>().status).toBe('draft');
    expect((await staff.get('/api/directives/999')).statusCode).toBe(404);
    expect((await staff.del(`/api/directives/${d.id}`)).statusCode).toBe(204);
    expect((await staff.del('/api/directives/1')).json()).toMatchObject({ code: 'ALREADY_PUBLISHED' });
  });
});
