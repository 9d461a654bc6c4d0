import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index';
import { fakeClock, PASSWORD, testApp } from '../../../test/helpers';
import { moveUsers } from '../org/events';

describe('auth API', () => {
  it('logs in with a HttpOnly SameSite session cookie and never returns the password', async () => {
    const { app } = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'baolangson', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'dondoc_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.body).not.toContain(PASSWORD);
    expect(res.body).not.toMatch(/scrypt|passwordHash/);
    expect(res.json().user).toMatchObject({ username: 'baolangson', role: 'unit', unit: { name: 'Báo Lạng Sơn' } });
  });

  it('answers 401 with the same message for a wrong password and an unknown user', async () => {
    const { app } = await testApp();
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'staff', password: 'sai-mat-khau' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'sai-mat-khau' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng' });
    expect(wrong.cookies).toHaveLength(0);
  });

  it('refuses anonymous callers, and ends the session at logout and at expiry', async () => {
    const clock = fakeClock();
    const { app, login } = await testApp({ clock });
    expect((await app.inject({ method: 'GET', url: '/api/tasks' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/tasks', headers: { cookie: 'dondoc_session=forged.value' } })).statusCode).toBe(401);
    const s = await login('staff');
    expect((await s.get('/api/auth/me')).statusCode).toBe(200);
    expect((await s.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);

    const s2 = await login('staff');
    clock.advance(11 * 3600_000);
    expect((await s2.get('/api/auth/me')).statusCode).toBe(200);
    clock.advance(2 * 3600_000);
    expect((await s2.get('/api/auth/me')).json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a session from the next request once its account is locked, though it was just used', async () => {
    const clock = fakeClock();
    const { db, login } = await testApp({ clock });
    const s = await login('baolangson');
    expect((await s.get('/api/tasks')).statusCode).toBe(200);
    const unitId = db.select({ unitId: users.unitId }).from(users).where(eq(users.username, 'baolangson')).get()?.unitId as number;
    // A dissolved unit's accounts are locked (what a directory change does, org/events.ts).
    db.transaction((tx) => moveUsers(tx, null, clock.now().toISOString(), unitId, null));
    expect((await s.get('/api/tasks')).json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('rate-limits repeated logins', async () => {
    const { app } = await testApp({ env: { LOGIN_MAX_PER_MINUTE: '3' } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      codes.push((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'staff', password: 'sai' } })).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    const limited = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'staff', password: PASSWORD } });
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('validates the login body', async () => {
    const { app } = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { path: string }) => f.path).sort()).toEqual(['password', 'username']);
  });

  it('serves health and the OpenAPI document', async () => {
    const { app } = await testApp();
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const doc = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toContain('/api/directives/{id}/publish');
  });
});
