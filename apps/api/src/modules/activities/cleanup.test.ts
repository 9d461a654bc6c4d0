import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Activity, EvidenceFile, TaskSummary, TaskWithItems } from '@dondoc/schemas';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { Db } from '../../db/client';
import { auditLog, evidenceFiles, storedFiles, users } from '../../db/schema/index';
import { fakeClock, testApp } from '../../../test/helpers';
import { fileStore } from '../intake/storage';
import { scheduleEvidenceSweep, sweepEvidence, type SweepLog } from './cleanup';

type App = Awaited<ReturnType<typeof testApp>>;
type Session = Awaited<ReturnType<App['login']>>;

const HOUR = 3600_000;
/** A PNG signature and header, then filler: `fill` makes each one's content (and hash) distinct. */
const png = (fill: number) => Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), Buffer.alloc(64, fill)]);

function upload(app: App['app'], who: Session, name: string, bytes: Buffer) {
  const boundary = `----dondoc${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app
    .inject({ method: 'POST', url: '/api/evidence', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: who.cookie } })
    .then((res) => {
      if (res.statusCode !== 201) throw new Error(`upload ${name}: ${res.statusCode} ${res.body}`);
      return res.json<EvidenceFile>();
    });
}

const silent: SweepLog = { info: () => {}, debug: () => {}, warn: () => {}, error: () => {} };
const rowOf = (db: Db, id: number) => db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id)).get();

async function setUp(env: Record<string, string> = {}) {
  const clock = fakeClock('2020-11-20T02:00:00.000Z');
  // Sessions outlive the hours the clock is moved on by.
  const t = await testApp({ clock, env: { SESSION_TTL_HOURS: '240', ...env } });
  const bls = await t.login('baolangson');
  const mine = (await bls.get('/api/tasks')).json<{ items: TaskSummary[] }>().items[0]!;
  const task = (await bls.get(`/api/tasks/${mine.id}`)).json<TaskWithItems>();
  const files = fileStore(t.config.dataDir);
  const blob = (f: EvidenceFile) => files.pathOf(rowOf(t.db, f.id)!.sha256);
  const sweep = () => sweepEvidence({ db: t.db, clock, files, dataDir: t.config.dataDir, orphanMs: t.config.evidenceOrphanMs, log: silent });
  return { ...t, clock, bls, task, files, blob, sweep };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sweeping unattached evidence', () => {
  it('removes a file left unattached past the limit, row and bytes, and keeps younger, attached and shared ones', async () => {
    const { app, db, clock, bls, task, blob, sweep } = await setUp();
    const old = await upload(app, bls, 'bo-quen.png', png(1));
    const attached = await upload(app, bls, 'da-gan.png', png(2));
    const sharedOld = await upload(app, bls, 'chung-1.png', png(3));
    const withDirective = await upload(app, bls, 'giong-van-ban.png', png(4));
    const created = await bls.post(`/api/tasks/${task.id}/activities`, {
      itemIds: [task.items[0]!.id],
      dateFrom: '2020-11-20',
      form: 'bao_in',
      title: 'Bài viết kỷ niệm',
      links: [],
      evidenceIds: [attached.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    // A directive's original with the same bytes as one stale evidence file.
    const staffId = db.select({ id: users.id }).from(users).where(eq(users.username, 'staff')).get()!.id;
    const sha4 = rowOf(db, withDirective.id)!.sha256;
    db.insert(storedFiles).values({ sha256: sha4, name: 'cv.pdf', mime: 'application/pdf', size: 1, kind: 'pdf', uploadedById: staffId, createdAt: clock.now().toISOString() }).run();

    clock.advance(20 * HOUR);
    const young = await upload(app, bls, 'moi.png', png(5));
    // Same content as sharedOld, uploaded later: one blob, two rows.
    const sharedYoung = await upload(app, bls, 'chung-2.png', png(3));
    expect(blob(sharedYoung)).toBe(blob(sharedOld));
    const oldBlob = blob(old);
    const sharedBlob = blob(sharedOld);
    const directiveBlob = blob(withDirective);

    clock.advance(5 * HOUR);
    const result = sweep();

    expect(result).toEqual({ files: 3, blobs: 1, tmp: 0 });
    expect(rowOf(db, old.id)).toBeUndefined();
    expect(fs.existsSync(oldBlob)).toBe(false);
    expect(rowOf(db, sharedOld.id)).toBeUndefined();
    expect(rowOf(db, withDirective.id)).toBeUndefined();
    expect(fs.existsSync(sharedBlob), 'a blob another evidence file uses').toBe(true);
    expect(fs.existsSync(directiveBlob), 'a blob a directive original uses').toBe(true);
    expect(rowOf(db, young.id)).toBeDefined();
    expect(fs.existsSync(blob(young))).toBe(true);
    expect(rowOf(db, attached.id)?.activityId).toBe(created.json<Activity>().id);
    expect(fs.existsSync(blob(attached))).toBe(true);

    expect((await bls.get(`/api/evidence/${old.id}`)).statusCode).toBe(404);
    expect((await bls.get(`/api/evidence/${sharedOld.id}`)).statusCode).toBe(404);
    expect((await bls.get(`/api/evidence/${sharedYoung.id}`)).statusCode).toBe(200);
    expect((await bls.get(`/api/evidence/${attached.id}`)).statusCode).toBe(200);
    // The swept id can no longer be attached either.
    const late = await bls.post(`/api/tasks/${task.id}/activities`, { itemIds: [task.items[0]!.id], dateFrom: '2020-11-21', form: 'bao_in', title: 'Muộn', links: [], evidenceIds: [old.id] });
    expect(late.json()).toMatchObject({ code: 'UNKNOWN_FILE' });

    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'evidence.sweep')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, entityType: 'evidence_file', at: clock.now().toISOString() });
    expect(audit[0]!.after).toMatchObject({ files: 3, blobs: 1, ids: [old.id, sharedOld.id, withDirective.id].sort((a, b) => a - b) });

    // Nothing left to do: no second audit entry.
    expect(sweep()).toEqual({ files: 0, blobs: 0, tmp: 0 });
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'evidence.sweep')).all()).toHaveLength(1);
  });

  it('counts a file taken off an activity as unattached, and follows EVIDENCE_ORPHAN_HOURS', async () => {
    const { app, db, clock, bls, task, blob, sweep, config } = await setUp({ EVIDENCE_ORPHAN_HOURS: '2' });
    expect(config.evidenceOrphanMs).toBe(2 * HOUR);
    const f = await upload(app, bls, 'anh.png', png(7));
    const a = (
      await bls.post(`/api/tasks/${task.id}/activities`, { itemIds: [task.items[0]!.id], dateFrom: '2020-11-20', form: 'bao_in', title: 'Bài', links: [], evidenceIds: [f.id] })
    ).json<Activity>();
    const file = blob(f);
    clock.advance(1 * HOUR);
    expect(sweep().files).toBe(0);
    clock.advance(2 * HOUR);
    expect(sweep().files, 'still attached').toBe(0);
    expect((await bls.patch(`/api/activities/${a.id}`, { evidenceIds: [], version: a.version })).statusCode).toBe(200);
    expect(sweep()).toMatchObject({ files: 1, blobs: 1 });
    expect(rowOf(db, f.id)).toBeUndefined();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('removes temporary files a crash left over an hour ago, not those of uploads in progress', async () => {
    const { clock, config, sweep } = await setUp();
    const tmp = path.join(config.dataDir, 'tmp');
    fs.mkdirSync(tmp, { recursive: true });
    const stale = path.join(tmp, 'evidence-stale');
    const fresh = path.join(tmp, 'evidence-fresh');
    fs.writeFileSync(stale, 'x');
    fs.writeFileSync(fresh, 'y');
    const at = (ms: number) => new Date(clock.now().getTime() - ms);
    fs.utimesSync(stale, at(2 * HOUR), at(2 * HOUR));
    fs.utimesSync(fresh, at(10 * 60_000), at(10 * 60_000));
    expect(sweep()).toEqual({ files: 0, blobs: 0, tmp: 1 });
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });

  it('runs when the app starts and stops when it closes', async () => {
    const { app, db, clock, bls, config } = await setUp();
    const f = await upload(app, bls, 'bo-quen.png', png(9));
    clock.advance(25 * HOUR);
    await app.close();
    // A restart over the same database and folder (as server.ts does after migrating).
    const again = await buildApp({ db, clock, config });
    await again.ready();
    expect(rowOf(db, f.id)).toBeUndefined();
    await again.close();
  });

  it('sweeps on a timer, logs what it removed, never throws and stops when asked', async () => {
    const { app, db, clock, bls, files, config } = await setUp();
    await upload(app, bls, 'bo-quen.png', png(11));
    // The app's own hourly sweep is on a real timer and does not fire here; only this one is faked.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const log = { info: vi.fn(), debug: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const stop = scheduleEvidenceSweep({ db, clock, files, dataDir: config.dataDir, orphanMs: config.evidenceOrphanMs, log }, HOUR);
    expect(log.debug).toHaveBeenCalledTimes(1);
    clock.advance(25 * HOUR);
    vi.advanceTimersByTime(HOUR);
    expect(log.info).toHaveBeenCalledWith({ sweep: { files: 1, blobs: 1, tmp: 0 } }, expect.stringContaining('removed 1 unattached evidence file'));
    stop();
    vi.advanceTimersByTime(5 * HOUR);
    expect(log.info).toHaveBeenCalledTimes(1);
    expect(log.debug).toHaveBeenCalledTimes(1);

    const broken = { transaction: () => { throw new Error('database is locked'); } } as unknown as Db;
    const stopBroken = scheduleEvidenceSweep({ db: broken, clock, files, dataDir: config.dataDir, orphanMs: HOUR, log }, HOUR);
    expect(log.error).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(HOUR);
    expect(log.error).toHaveBeenCalledTimes(2);
    stopBroken();
  });
});

describe('EVIDENCE_ORPHAN_HOURS', () => {
  it('defaults to 24 hours and refuses zero or nonsense', () => {
    const base = { DATA_DIR: '/tmp/unused', SESSION_SECRET: 'x'.repeat(32) };
    expect(loadConfig(base).evidenceOrphanMs).toBe(24 * HOUR);
    expect(loadConfig({ ...base, EVIDENCE_ORPHAN_HOURS: '0.5' }).evidenceOrphanMs).toBe(HOUR / 2);
    expect(() => loadConfig({ ...base, EVIDENCE_ORPHAN_HOURS: '0' })).toThrow(/EVIDENCE_ORPHAN_HOURS/);
    expect(() => loadConfig({ ...base, EVIDENCE_ORPHAN_HOURS: 'một ngày' })).toThrow(/EVIDENCE_ORPHAN_HOURS/);
  });
});
