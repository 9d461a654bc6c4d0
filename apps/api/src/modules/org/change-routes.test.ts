import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { OrgChangeInput } from '@dondoc/schemas';
import { orgChanges } from '../../db/schema/index';
import { testApp } from '../../../test/helpers';

describe('org change routes', () => {
  it('are for admins only: 403 for staff, leaders and units, 401 signed out, whatever the body', async () => {
    const { app, db, login } = await testApp();
    const admin = await login('admin');
    const change = (await admin.get('/api/org-changes/sample')).json<{ change: OrgChangeInput }>().change;
    const token = (await admin.post('/api/org-changes/preview', { change })).json<{ token: string }>().token;
    const boundary = 'dondocx';
    const upload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ change })}\r\n--${boundary}--\r\n`;
    const calls = [
      { method: 'GET' as const, url: '/api/org-changes' },
      { method: 'GET' as const, url: '/api/org-changes/sample' },
      { method: 'GET' as const, url: '/api/org-changes/template.csv' },
      { method: 'POST' as const, url: '/api/org-changes/preview', payload: { change } },
      { method: 'POST' as const, url: '/api/org-changes/apply', payload: { change, choices: { splits: {}, tasks: {} }, token } },
      // An invalid body is refused for who sends it before what it holds.
      { method: 'POST' as const, url: '/api/org-changes/apply', payload: { nothing: true } },
      { method: 'POST' as const, url: '/api/org-changes/read', payload: upload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } },
    ];
    for (const username of ['staff', 'leader', 'baolangson', 'vhtt.trangdinh']) {
      const s = await login(username);
      for (const c of calls) {
        const res = await app.inject({ method: c.method, url: c.url, headers: { ...c.headers, cookie: s.cookie }, ...(c.payload ? { payload: c.payload } : {}) });
        expect(res.statusCode, `${username} ${c.method} ${c.url}`).toBe(403);
        expect(res.json()).toEqual({ code: 'FORBIDDEN', message: 'Chỉ quản trị viên được nhập thay đổi danh mục đơn vị hành chính' });
      }
    }
    for (const c of calls) {
      const res = await app.inject({ method: c.method, url: c.url, headers: { ...c.headers }, ...(c.payload ? { payload: c.payload } : {}) });
      expect(res.statusCode, `anonymous ${c.method} ${c.url}`).toBe(401);
    }
    expect(db.select({ n: count() }).from(orgChanges).get()?.n).toBe(0);
    // The admin gets through to each.
    expect((await admin.get('/api/org-changes')).json()).toEqual({ items: [] });
    expect((await app.inject({ method: 'POST', url: '/api/org-changes/read', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: admin.cookie }, payload: upload })).statusCode).toBe(200);
  });
});
