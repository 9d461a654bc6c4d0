import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Directive, IntakeResult, PublishPreview, TaskWithItems } from '@dondoc/schemas';
import { testApp } from '../../../test/helpers';

const SEED_TXT = fs.readFileSync(new URL('../../../../../../shared/fixtures/directives/01-langson-stttt-2020-11-engels.txt', import.meta.url), 'utf8');
const FIXTURE_02 = fs.readFileSync(new URL('../../../../../../shared/fixtures/directives/02-langson-stttt-2020-12-scoped-deadlines.txt', import.meta.url), 'utf8');

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipart(filename: string, bytes: Buffer, type = 'application/octet-stream') {
  const boundary = `----dondoc${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('intake API', () => {
  it('reads pasted text into a draft whose preview is the 14 tasks of the seed, and flags the duplicate', async () => {
    const { login } = await testApp();
    const staff = await login('staff');
    const res = await staff.post('/api/intake/text', { text: SEED_TXT });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<IntakeResult>();
    expect(r.source).toMatchObject({ kind: 'text', fileId: null });
    expect(r.parsed).toMatchObject({ symbol: 'STTTT-TTBCXB', recipients: ['Báo Lạng Sơn', 'Đài Phát thanh và Truyền hình tỉnh', 'Phòng Văn hóa và Thông tin các huyện, thành phố'] });
    expect(r.resolution.filter((x) => x.path.startsWith('recipients')).map((x) => x.status)).toEqual(['matched', 'matched', 'matched']);
    // The demo data already holds this dispatch.
    expect(r.duplicates).toHaveLength(1);
    const preview = (await staff.post('/api/intake/preview', r.draft)).json<PublishPreview>();
    expect(preview.tasks.map((t) => t.items.length).sort((a, b) => a - b)).toEqual([1, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6]);
  });

  it('stores an uploaded original with its draft and lets whoever sees the directive download it', async () => {
    const { app, login } = await testApp();
    const staff = await login('staff');
    const bytes = Buffer.from(FIXTURE_02, 'utf8');
    const up = await app.inject({ method: 'POST', url: '/api/intake/file', ...withCookie(multipart('công văn 02.txt', bytes, 'text/plain'), staff.cookie) });
    expect(up.statusCode, up.body).toBe(200);
    const r = up.json<IntakeResult>();
    expect(r.source).toMatchObject({ kind: 'txt', name: 'công văn 02.txt', size: bytes.length });
    expect(r.draft.sourceFileId).toBe(r.source.fileId);
    const saved = await staff.post('/api/directives', r.draft);
    expect(saved.statusCode, saved.body).toBe(201);
    const d = saved.json<Directive>();
    expect(d.source).toMatchObject({ fileId: r.source.fileId, name: 'công văn 02.txt', kind: 'txt' });

    const dl = await staff.get(`/api/directives/${d.id}/source`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-disposition']).toContain("filename*=UTF-8''c%C3%B4ng%20v%C4%83n%2002.txt");
    expect(dl.rawPayload.equals(bytes)).toBe(true);
    // A unit that has no task from this draft cannot fetch it; a second draft cannot steal the file.
    expect((await (await login('baolangson')).get(`/api/directives/${d.id}/source`)).statusCode).toBe(404);
    expect((await staff.post('/api/directives', r.draft)).json()).toMatchObject({ code: 'UNKNOWN_FILE' });
  });

  it('refuses what it cannot read, with a Vietnamese message, and stores nothing', async () => {
    const { app, login, config } = await testApp();
    const staff = await login('staff');
    const send = (name: string, bytes: Buffer, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: '/api/intake/file', ...withCookie(multipart(name, bytes), staff.cookie, headers) });
    const png = await send('anh.pdf', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(png.statusCode).toBe(415);
    expect(png.json()).toMatchObject({ code: 'UNSUPPORTED_TYPE' });
    expect(png.json().message).toMatch(/docx|pdf/);
    const empty = await send('trong.txt', Buffer.alloc(0));
    expect(empty.json()).toMatchObject({ code: 'EMPTY_FILE' });
    const big = await send('lon.txt', Buffer.alloc(10 * 1024 * 1024 + 10, 0x61));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'TOO_LARGE' });
    const declared = await app.inject({ method: 'POST', url: '/api/intake/file', headers: { cookie: staff.cookie, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) }, payload: 'x' });
    expect(declared.statusCode).toBe(413);
    expect(fs.existsSync(`${config.dataDir}/files`) ? fs.readdirSync(`${config.dataDir}/files`) : []).toEqual([]);
  });

  it('is for department staff only', async () => {
    const { login } = await testApp();
    for (const who of ['baolangson', 'leader']) {
      const s = await login(who);
      expect((await s.post('/api/intake/text', { text: SEED_TXT })).statusCode, who).toBe(403);
      expect((await s.post('/api/intake/preview', { subject: 'thử' })).statusCode, who).toBe(403);
    }
    const staff = await login('staff');
    expect((await staff.post('/api/intake/text', { text: '' })).json()).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'text' }] });
  });

  it('lets a unit download the original of a directive it received', async () => {
    const { app, login } = await testApp();
    const staff = await login('staff');
    const up = (await app.inject({ method: 'POST', url: '/api/intake/file', ...withCookie(multipart('02.txt', Buffer.from(FIXTURE_02)), staff.cookie) })).json<IntakeResult>();
    const d = (await staff.post('/api/directives', up.draft)).json<Directive>();
    const pub = await staff.post(`/api/directives/${d.id}/publish`, { version: d.version });
    expect(pub.statusCode, pub.body).toBe(200);
    const bls = await login('baolangson');
    const tasks = (await bls.get(`/api/directives/${d.id}/tasks`)).json<{ items: TaskWithItems[] }>().items;
    expect(tasks).toHaveLength(1);
    expect((await bls.get(`/api/directives/${d.id}/source`)).statusCode).toBe(200);
  });
});

function withCookie(m: { payload: Buffer; headers: Record<string, string> }, cookie: string, extra: Record<string, string> = {}) {
  return { payload: m.payload, headers: { ...m.headers, cookie, ...extra } };
}
