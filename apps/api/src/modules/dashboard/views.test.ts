import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DashboardDrill, DashboardHeadline, DashboardMatrix, DashboardOptions, TaskWithItems, UnitScorecard } from '@dondoc/schemas';
import { tasks, units } from '../../db/schema/index';
import { fakeClock, testApp } from '../../../test/helpers';

const DEPARTMENT_VIEWS = [
  '/api/dashboard/headline',
  '/api/dashboard/matrix',
  '/api/dashboard/scorecards',
  '/api/dashboard/charts',
  '/api/dashboard/options',
  '/api/dashboard/version',
  '/api/dashboard/drill?metric=tasks',
];

describe('dashboard views over HTTP', () => {
  it('refuses the signed out, and unit users the department’s views and other units’ figures', async () => {
    const { app, db, login } = await testApp();
    const unitId = (code: string) => db.select({ id: units.id }).from(units).where(eq(units.code, code)).get()?.id as number;
    const bls = unitId('BLS');
    const own = unitId('VHTT-180');
    for (const url of [...DEPARTMENT_VIEWS, `/api/dashboard/scorecards/${own}`]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    const unit = await login('vhtt.trangdinh');
    for (const url of DEPARTMENT_VIEWS) expect((await unit.get(url)).statusCode, url).toBe(403);
    // Another unit's figures are not found, whether the unit exists or not.
    for (const url of [`/api/dashboard/scorecards/${bls}`, '/api/dashboard/scorecards/999999', `/api/dashboard/drill?metric=tasks&unitId=${bls}`, `/api/dashboard/drill?metric=reports&unitId=${bls}`]) {
      const res = await unit.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('Báo Lạng Sơn');
    }
    const card = await unit.get(`/api/dashboard/scorecards/${own}`);
    expect(card.statusCode).toBe(200);
    expect(card.json<UnitScorecard>()).toMatchObject({ unit: { id: own }, tasks: { total: 1, open: 1 }, reports: { requested: 1 } });
    const mine = (await unit.get(`/api/dashboard/drill?metric=tasks&unitId=${own}`)).json<DashboardDrill>();
    expect(mine).toMatchObject({ kind: 'tasks', total: 1 });
    expect(mine.rows.every((r) => 'unit' in r && r.unit.id === own)).toBe(true);

    const leader = await login('leader');
    for (const url of [...DEPARTMENT_VIEWS, `/api/dashboard/scorecards/${bls}`]) expect((await leader.get(url)).statusCode, url).toBe(200);
    const opts = (await leader.get('/api/dashboard/options')).json<DashboardOptions>();
    expect(opts.districts).toHaveLength(11);
    expect(opts.issued).toEqual({ first: '2020-11-01', last: '2020-11-01' });
  });

  it('validates filters', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    for (const url of ['/api/dashboard/headline?kind=xa', '/api/dashboard/matrix?limit=1000', '/api/dashboard/matrix?sort=size', '/api/dashboard/headline?from=2021-13-01', '/api/dashboard/drill?metric=everything', '/api/dashboard/charts?bucket=day']) {
      expect((await staff.get(url)).statusCode, url).toBe(400);
    }
  });

  it('answers a poll with the current version by 304, and with new figures once a unit reports', async () => {
    const { app, login } = await testApp();
    const staff = await login('staff');
    const first = await staff.get('/api/dashboard/headline');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const before = first.json<DashboardHeadline>();
    expect(before).toMatchObject({ directives: 1, tasks: { total: 14, open: 14, notReceived: 14 }, items: { done: 0 } });
    const poll = await app.inject({ method: 'GET', url: '/api/dashboard/headline', headers: { cookie: staff.cookie, 'if-none-match': etag } });
    expect(poll.statusCode).toBe(304);
    expect(poll.body).toBe('');
    // Another view of the same version has its own validator.
    const matrix = await staff.get('/api/dashboard/matrix');
    expect(matrix.headers.etag).not.toBe(etag);
    expect(matrix.json<DashboardMatrix>().rows).toHaveLength(14);
    const version = (await staff.get('/api/dashboard/version')).json<{ version: string }>().version;

    // A leader's export writes an audit entry but changes no figure: the views stay valid.
    const leader = await login('leader');
    expect((await leader.post('/api/exports', { kind: 'units', format: 'csv' })).statusCode).toBe(202);
    expect((await staff.get('/api/dashboard/version')).json<{ version: string }>().version).toBe(version);
    const still = await app.inject({ method: 'GET', url: '/api/dashboard/headline', headers: { cookie: staff.cookie, 'if-none-match': etag } });
    expect(still.statusCode).toBe(304);

    const bls = await login('baolangson');
    const task = (await bls.get('/api/tasks')).json<{ items: { id: number }[] }>().items[0] as { id: number };
    const full = (await bls.get(`/api/tasks/${task.id}`)).json<TaskWithItems>();
    expect((await bls.patch(`/api/tasks/${task.id}/items/${full.items[0]?.id}`, { status: 'done', version: full.items[0]?.version })).statusCode).toBe(200);

    expect((await staff.get('/api/dashboard/version')).json<{ version: string }>().version).not.toBe(version);
    const after = await app.inject({ method: 'GET', url: '/api/dashboard/headline', headers: { cookie: staff.cookie, 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json<DashboardHeadline>()).toMatchObject({ tasks: { open: 14, notReceived: 13 }, items: { done: 1 } });
    const cells = (await staff.get('/api/dashboard/matrix')).json<DashboardMatrix>().rows.find((r) => r.shortName === 'Báo Lạng Sơn');
    expect(cells?.cells).toBe('P');
  });

  it('moves to a new version overnight, when open tasks may have become overdue without any write', async () => {
    const clock = fakeClock('2020-11-20T02:00:00.000Z');
    const { app, db, login } = await testApp({ clock, env: { SESSION_TTL_HOURS: '720' } });
    db.update(tasks).set({ deadline: '2020-11-30' }).run();
    const staff = await login('staff');
    const first = await staff.get('/api/dashboard/headline');
    expect(first.json<DashboardHeadline>().tasks.overdue).toBe(0);
    // 16:59 UTC is 23:59 in Vietnam: the same day.
    clock.set('2020-11-20T16:59:00.000Z');
    const same = await app.inject({ method: 'GET', url: '/api/dashboard/headline', headers: { cookie: staff.cookie, 'if-none-match': first.headers.etag as string } });
    expect(same.statusCode).toBe(304);
    clock.set('2020-12-15T02:00:00.000Z');
    const later = await app.inject({ method: 'GET', url: '/api/dashboard/headline', headers: { cookie: staff.cookie, 'if-none-match': first.headers.etag as string } });
    expect(later.statusCode).toBe(200);
    expect(later.json<DashboardHeadline>().tasks).toMatchObject({ overdue: 14, open: 0 });
  });
});
