import { describe, expect, it } from 'vitest';
import type { Unit, UnitEvent, UnitGroup } from '@dondoc/schemas';
import { testApp } from '../../../test/helpers';

describe('directory API', () => {
  it('holds the 2020 directory of Lạng Sơn with its groups', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    const units = (await staff.get('/api/units')).json<{ items: Unit[] }>().items;
    const count = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect(count('district_culture_office')).toBe(11);
    expect(count('district_culture_centre')).toBe(11);
    // 11 district committees and the 200 commune committees.
    expect(count('people_committee')).toBe(211);
    expect(count('commune_radio')).toBe(200);
    expect(units.find((u) => u.shortName === 'Trung tâm CNTT&TT')?.name).toBe('Trung tâm Công nghệ thông tin và Truyền thông');
    const td = units.find((u) => u.name === 'Phòng Văn hóa và Thông tin huyện Tràng Định')!;
    expect(units.filter((u) => u.parentId === td.id && u.kind === 'commune_radio')).toHaveLength(22);
    expect(units.filter((u) => u.parentId === td.parentId && u.kind === 'people_committee')).toHaveLength(22);
    // Accent-insensitive search.
    expect((await staff.get('/api/units?q=trang dinh&kind=district_culture_office')).json<{ items: Unit[] }>().items.map((u) => u.id)).toEqual([td.id]);
    const groups = (await staff.get('/api/unit-groups')).json<{ items: UnitGroup[] }>().items;
    expect(groups.find((x) => x.name === 'Phòng Văn hóa và Thông tin các huyện, thành phố')?.memberIds).toHaveLength(11);
  });

  it('lets an admin add, rename and retire units and edit groups; nobody else', async () => {
    const { login } = await testApp();
    const admin = await login('admin');
    const staff = await login('staff');
    const body = { code: 'CTTDT', name: 'Cổng Thông tin điện tử tỉnh', kind: 'other', aliases: ['Cổng TTĐT tỉnh'] };
    expect((await staff.post('/api/units', body)).statusCode).toBe(403);
    const created = await admin.post('/api/units', body);
    expect(created.statusCode).toBe(201);
    const u = created.json<Unit>();
    expect((await admin.post('/api/units', body)).json()).toMatchObject({ code: 'DUPLICATE_CODE' });
    const renamed = await admin.patch(`/api/units/${u.id}`, { name: 'Cổng Thông tin điện tử tỉnh Lạng Sơn', aliases: ['Cổng TTĐT'], version: u.version });
    expect(renamed.json<Unit>()).toMatchObject({ name: 'Cổng Thông tin điện tử tỉnh Lạng Sơn', aliases: ['Cổng TTĐT'], version: 1 });
    expect((await admin.patch(`/api/units/${u.id}`, { name: 'Tên khác', version: 0 })).statusCode).toBe(409);
    const retired = await admin.post(`/api/units/${u.id}/retire`, { validTo: '2025-07-01', version: 1 });
    expect(retired.json<Unit>().validTo).toBe('2025-07-01');
    expect((await admin.get('/api/units')).json<{ items: Unit[] }>().items.some((x) => x.id === u.id)).toBe(false);
    expect((await admin.get('/api/units?includeRetired=true')).json<{ items: Unit[] }>().items.some((x) => x.id === u.id)).toBe(true);

    const g = (await admin.post('/api/unit-groups', { code: 'MEDIA', name: 'Cơ quan báo chí tỉnh', memberIds: [u.id] })).json<UnitGroup>();
    const updated = await admin.patch(`/api/unit-groups/${g.id}`, { aliases: ['Các cơ quan báo chí'], memberIds: [u.id, 6], version: g.version });
    expect(updated.json<UnitGroup>()).toMatchObject({ aliases: ['Các cơ quan báo chí'], memberIds: [6, u.id] });
    expect((await staff.patch(`/api/unit-groups/${g.id}`, { name: 'x y', version: 1 })).statusCode).toBe(403);
    expect((await admin.patch(`/api/unit-groups/${g.id}`, { memberIds: [424242], version: 1 })).json()).toMatchObject({ code: 'UNKNOWN_UNIT' });
  });

  it('records a retirement as an event, with its legal basis or none stated', async () => {
    const { login } = await testApp();
    const admin = await login('admin');
    const a = (await admin.post('/api/units', { code: 'A1', name: 'Đơn vị A', kind: 'other' })).json<Unit>();
    const b = (await admin.post('/api/units', { code: 'B1', name: 'Đơn vị B', kind: 'other' })).json<Unit>();
    expect((await admin.post(`/api/units/${a.id}/retire`, { validTo: '2025-07-01', legalBasis: 'Quyết định 99/QĐ-UBND', version: a.version })).statusCode).toBe(200);
    expect((await admin.post(`/api/units/${b.id}/retire`, { validTo: '2025-06-01', version: b.version })).statusCode).toBe(200);
    const events = (await admin.get('/api/unit-events')).json<{ items: UnitEvent[] }>().items;
    expect(events.map((e) => [e.kind, e.effectiveOn, e.legalBasis, e.predecessors.map((p) => p.id), e.successors, e.tasksMoved])).toEqual([
      ['retire', '2025-07-01', 'Quyết định 99/QĐ-UBND', [a.id], [], 0],
      ['retire', '2025-06-01', '(không ghi)', [b.id], [], 0],
    ]);
    // A refused retirement records nothing.
    expect((await admin.post(`/api/units/${a.id}/retire`, { validTo: '2025-08-01', version: a.version + 1 })).statusCode).toBe(409);
    expect((await admin.get('/api/unit-events')).json<{ items: UnitEvent[] }>().items).toHaveLength(2);
  });

  it('validates unit input', async () => {
    const { login } = await testApp();
    const admin = await login('admin');
    const res = await admin.post('/api/units', { code: 'có dấu', name: 'X', kind: 'planet' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['code', 'kind', 'name']);
    expect((await admin.post('/api/units', { code: 'A1', name: 'Đơn vị A', kind: 'other', parentId: 99999 })).json()).toMatchObject({ code: 'INVALID_PARENT' });
  });
});
