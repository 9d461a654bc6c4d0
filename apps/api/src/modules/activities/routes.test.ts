import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Activity, ActivityList, EvidenceFile, TaskSummary, TaskWithItems } from '@dondoc/schemas';
import { auditLog } from '../../db/schema/index';
import { testApp } from '../../../test/helpers';

type App = Awaited<ReturnType<typeof testApp>>;
type Session = Awaited<ReturnType<App['login']>>;

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), Buffer.alloc(64, 1)]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A multipart/form-data body with one file field, as a browser sends it; `cut` leaves the closing boundary off. */
function multipart(filename: string, bytes: Buffer, opts: { type?: string; cut?: boolean } = {}) {
  const boundary = `----dondoc${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${opts.type ?? 'application/octet-stream'}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat(opts.cut ? [head, bytes] : [head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (app: App['app'], who: Session, name: string, bytes: Buffer, opts: { cut?: boolean } = {}) => {
  const m = multipart(name, bytes, opts);
  return app.inject({ method: 'POST', url: '/api/evidence', payload: m.payload, headers: { ...m.headers, cookie: who.cookie } });
};

/** Files under DATA_DIR/files and DATA_DIR/tmp, recursively. */
function stored(dataDir: string) {
  const list = (dir: string): string[] =>
    fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name)) : [path.join(dir, e.name)])) : [];
  return { files: list(path.join(dataDir, 'files')), tmp: list(path.join(dataDir, 'tmp')) };
}

async function setUp(opts: Parameters<typeof testApp>[0] = {}) {
  const t = await testApp(opts);
  const staff = await t.login('staff');
  const all = (await staff.get('/api/tasks')).json<{ items: TaskSummary[] }>().items;
  const taskOf = async (unit: string) => (await staff.get(`/api/tasks/${all.find((x) => x.unit.name === unit)!.id}`)).json<TaskWithItems>();
  const bls = await t.login('baolangson');
  const dai = await t.login('daiptth');
  return { ...t, staff, bls, dai, blsTask: await taskOf('Báo Lạng Sơn'), daiTask: await taskOf('Đài Phát thanh và Truyền hình tỉnh') };
}

const sample = (task: TaskWithItems, extra: Record<string, unknown> = {}) => ({
  itemIds: [task.items[0]!.id, task.items[1]!.id],
  dateFrom: '2020-11-20',
  dateTo: '2020-11-28',
  form: 'bao_in',
  title: 'Loạt bài kỷ niệm 200 năm Ngày sinh Ph. Ăng-ghen',
  description: 'Đăng trên trang 2 các số 2710–2716.',
  quantity: 6,
  measure: 'tin/bài',
  reach: 12000,
  links: ['https://baolangson.vn/chinh-tri/ang-ghen-200-nam'],
  ...extra,
});

describe('activities API', () => {
  it('logs, edits, deletes and restores an activity, each step in the audit log', async () => {
    const { db, bls, staff, blsTask, login } = await setUp();
    const created = await bls.post(`/api/tasks/${blsTask.id}/activities`, sample(blsTask));
    expect(created.statusCode, created.body).toBe(201);
    const a = created.json<Activity>();
    expect(a).toMatchObject({
      taskId: blsTask.id,
      unit: { name: 'Báo Lạng Sơn' },
      form: 'bao_in',
      quantity: 6,
      measure: 'tin/bài',
      reach: 12000,
      dateTo: '2020-11-28',
      version: 0,
      deletedAt: null,
      createdBy: { fullName: 'Báo Lạng Sơn' },
    });
    expect(a.items.map((i) => i.id)).toEqual([blsTask.items[0]!.id, blsTask.items[1]!.id]);

    const list = (await bls.get(`/api/tasks/${blsTask.id}/activities`)).json<ActivityList>();
    expect(list.items.map((x) => x.id)).toEqual([a.id]);
    expect(list.totals).toEqual([{ form: 'bao_in', count: 1, reach: 12000, quantities: [{ measure: 'tin/bài', quantity: 6 }] }]);

    const edited = await bls.patch(`/api/activities/${a.id}`, { title: 'Loạt bài về Ph. Ăng-ghen', quantity: 7, itemIds: [blsTask.items[2]!.id], version: 0 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Activity>()).toMatchObject({ title: 'Loạt bài về Ph. Ăng-ghen', quantity: 7, measure: 'tin/bài', version: 1, items: [{ id: blsTask.items[2]!.id }] });

    expect((await bls.del(`/api/activities/${a.id}?version=0`)).statusCode).toBe(409);
    expect((await bls.del(`/api/activities/${a.id}?version=1`)).statusCode).toBe(204);
    expect((await bls.get(`/api/tasks/${blsTask.id}/activities`)).json<ActivityList>().items).toEqual([]);
    expect((await bls.get(`/api/activities/${a.id}`)).statusCode).toBe(404);
    expect((await bls.patch(`/api/activities/${a.id}`, { title: 'x', version: 2 })).statusCode).toBe(404);
    expect((await bls.get('/api/activities?includeDeleted=true')).statusCode).toBe(403);

    // Staff see it among the deleted and bring it back; the unit cannot.
    const withDeleted = (await staff.get('/api/activities?includeDeleted=true')).json<ActivityList>();
    expect(withDeleted.items.find((x) => x.id === a.id)?.deletedAt).toBeTruthy();
    const live = (await staff.get('/api/activities')).json<ActivityList>();
    expect(live.items.some((x) => x.id === a.id)).toBe(false);
    // Listed for restoring, never counted.
    expect(withDeleted.count).toBe(live.count);
    expect(withDeleted.totals).toEqual(live.totals);
    expect((await bls.post(`/api/activities/${a.id}/restore`)).statusCode).toBe(403);
    expect((await (await login('leader')).post(`/api/activities/${a.id}/restore`)).statusCode).toBe(403);
    const restored = await staff.post(`/api/activities/${a.id}/restore`);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json<Activity>()).toMatchObject({ deletedAt: null, version: 3, title: 'Loạt bài về Ph. Ăng-ghen' });
    expect((await staff.post(`/api/activities/${a.id}/restore`)).json()).toMatchObject({ code: 'NOT_DELETED' });
    expect((await bls.get(`/api/tasks/${blsTask.id}/activities`)).json<ActivityList>().items).toHaveLength(1);

    const audit = db.select().from(auditLog).where(and(eq(auditLog.entityType, 'activity'), eq(auditLog.entityId, a.id))).orderBy(auditLog.id).all();
    expect(audit.map((e) => e.action)).toEqual(['activity.create', 'activity.update', 'activity.delete', 'activity.restore']);
    expect(audit.every((e) => e.entityId === a.id && e.unitId === a.unit.id && e.directiveId === a.directive.id)).toBe(true);
    expect(audit[1]).toMatchObject({
      before: { title: 'Loạt bài kỷ niệm 200 năm Ngày sinh Ph. Ăng-ghen', quantity: 6, itemIds: [blsTask.items[0]!.id, blsTask.items[1]!.id] },
      after: { title: 'Loạt bài về Ph. Ăng-ghen', quantity: 7, itemIds: [blsTask.items[2]!.id] },
    });
    expect(audit[2]!.before).toMatchObject({ title: 'Loạt bài về Ph. Ăng-ghen' });
    expect(audit[2]!.after).toMatchObject({ deletedAt: expect.any(String) });
  });

  it('answers 409 to the second of two edits made on the same version', async () => {
    const { bls, blsTask } = await setUp();
    const a = (await bls.post(`/api/tasks/${blsTask.id}/activities`, sample(blsTask))).json<Activity>();
    expect((await bls.patch(`/api/activities/${a.id}`, { reach: 15000, version: 0 })).statusCode).toBe(200);
    const second = await bls.patch(`/api/activities/${a.id}`, { reach: 9000, version: 0 });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/tải lại/) });
    expect((await bls.get(`/api/activities/${a.id}`)).json<Activity>().reach).toBe(15000);
  });

  it('refuses bad input with field paths and Vietnamese messages', async () => {
    const { bls, blsTask, daiTask } = await setUp();
    const url = `/api/tasks/${blsTask.id}/activities`;
    const empty = await bls.post(url, {});
    expect(empty.statusCode).toBe(400);
    const paths = empty.json<{ fields: { path: string }[] }>().fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['itemIds', 'dateFrom', 'form', 'title']));
    expect(empty.json().message).toMatch(/^Dữ liệu không hợp lệ/);

    const field = async (body: Record<string, unknown>) => (await bls.post(url, sample(blsTask, body))).json<{ code: string; fields: { path: string; message: string }[] }>();
    expect((await field({ links: ['https://baolangson.vn/a', 'javascript:alert(1)'] })).fields).toEqual([
      { path: 'links.1', message: 'Đường dẫn phải là địa chỉ web bắt đầu bằng http:// hoặc https://' },
    ]);
    expect((await field({ links: ['ftp://example.com/x'] })).fields[0]?.path).toBe('links.0');
    expect((await field({ dateTo: '2020-11-01' })).fields).toEqual([{ path: 'dateTo', message: 'Ngày kết thúc không được trước ngày bắt đầu' }]);
    expect((await field({ dateFrom: '2020-02-30' })).fields[0]).toMatchObject({ path: 'dateFrom', message: 'Ngày không hợp lệ' });
    expect((await field({ measure: null })).fields).toEqual([{ path: 'measure', message: expect.stringMatching(/đơn vị tính/) }]);
    expect((await field({ form: 'tivi' })).fields).toEqual([{ path: 'form', message: 'Vui lòng chọn hình thức hoạt động trong danh sách' }]);
    expect((await field({ reach: -1 })).fields[0]).toMatchObject({ path: 'reach', message: 'Số người tiếp cận không được âm' });
    expect((await field({ title: '   ' })).fields[0]).toMatchObject({ path: 'title', message: 'Vui lòng nhập tên hoạt động' });
    expect((await field({ itemIds: [] })).fields[0]).toMatchObject({ path: 'itemIds', message: 'Vui lòng chọn ít nhất một nội dung công việc' });
    // An item of another unit's task: refused by the service, with its position.
    const foreign = await field({ itemIds: [blsTask.items[0]!.id, daiTask.items[0]!.id] });
    expect(foreign).toMatchObject({ code: 'UNKNOWN_ITEM', fields: [{ path: 'itemIds.1' }] });

    // The cross-field rules hold for a patch too, against the stored values.
    const a = (await bls.post(url, sample(blsTask))).json<Activity>();
    const patch = await bls.patch(`/api/activities/${a.id}`, { dateFrom: '2020-12-01', version: 0 });
    expect(patch.statusCode).toBe(400);
    expect(patch.json()).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'dateTo' }] });
    expect((await bls.patch(`/api/activities/${a.id}`, { title: 'x' })).json()).toMatchObject({ fields: [{ path: 'version' }] });
  });

  it('keeps each unit to its own tasks: another unit’s task and activities are 404, the department only reads', async () => {
    const { bls, dai, staff, blsTask, daiTask, login } = await setUp();
    const a = (await bls.post(`/api/tasks/${blsTask.id}/activities`, sample(blsTask))).json<Activity>();
    const attempts: [string, () => Promise<{ statusCode: number }>, number][] = [
      ['log on a foreign task', () => bls.post(`/api/tasks/${daiTask.id}/activities`, sample(daiTask)), 404],
      ['read a foreign task’s activities', () => dai.get(`/api/tasks/${blsTask.id}/activities`), 404],
      ['read a foreign activity', () => dai.get(`/api/activities/${a.id}`), 404],
      ['edit a foreign activity', () => dai.patch(`/api/activities/${a.id}`, { title: 'giả mạo', version: 0 }), 404],
      ['delete a foreign activity', () => dai.del(`/api/activities/${a.id}`), 404],
      ['restore as a unit', () => dai.post(`/api/activities/${a.id}/restore`), 403],
      ['staff log on a unit’s task', () => staff.post(`/api/tasks/${blsTask.id}/activities`, sample(blsTask)), 403],
      ['staff edit a unit’s activity', () => staff.patch(`/api/activities/${a.id}`, { title: 'sửa hộ', version: 0 }), 403],
      ['staff delete a unit’s activity', () => staff.del(`/api/activities/${a.id}`), 403],
    ];
    for (const [what, call, status] of attempts) expect((await call()).statusCode, what).toBe(status);
    expect((await dai.get('/api/activities')).json<ActivityList>()).toMatchObject({ items: [], count: 0, totals: [], directives: [] });
    expect((await dai.get(`/api/activities?directiveId=${a.directive.id}`)).json<ActivityList>().items).toEqual([]);
    // The department and the leader read it, unchanged.
    const leader = await login('leader');
    for (const who of [staff, leader]) {
      expect((await who.get(`/api/tasks/${blsTask.id}/activities`)).json<ActivityList>().items).toHaveLength(1);
      expect((await who.get(`/api/activities/${a.id}`)).json<Activity>()).toMatchObject({ title: a.title, version: 0 });
    }
  });

  it('lists a unit’s history with period, form and directive filters and totals per form; staff see all units', async () => {
    const { bls, dai, staff, blsTask, daiTask } = await setUp();
    // The demo data holds activities of other units (Tràng Định's sub-units).
    const seeded = (await staff.get('/api/activities')).json<ActivityList>();
    const log = (who: Session, task: TaskWithItems, body: Record<string, unknown>) => who.post(`/api/tasks/${task.id}/activities`, sample(task, body));
    await log(bls, blsTask, { dateFrom: '2020-11-10', dateTo: null, quantity: 3, reach: 1000 });
    await log(bls, blsTask, { dateFrom: '2020-11-25', dateTo: '2020-12-02', quantity: 4, measure: 'tin / bài', reach: 500 });
    await log(bls, blsTask, { dateFrom: '2020-12-05', dateTo: null, form: 'bao_dien_tu', quantity: 10, measure: 'tin/bài', reach: null });
    await log(bls, blsTask, { dateFrom: '2020-12-06', dateTo: null, form: 'bao_dien_tu', quantity: 2, measure: 'lượt xem', reach: 300 });
    await log(dai, daiTask, { dateFrom: '2020-11-28', dateTo: null, form: 'truyen_hinh', quantity: 30, measure: 'phút phát sóng', reach: 50000 });

    const all = (await bls.get('/api/activities')).json<ActivityList>();
    expect(all.count).toBe(4);
    expect(all.items.map((x) => x.dateFrom)).toEqual(['2020-12-06', '2020-12-05', '2020-11-25', '2020-11-10']);
    expect(all.totals).toEqual([
      { form: 'bao_in', count: 2, reach: 1500, quantities: [{ measure: 'tin/bài', quantity: 7 }] },
      { form: 'bao_dien_tu', count: 2, reach: 300, quantities: [{ measure: 'tin/bài', quantity: 10 }, { measure: 'lượt xem', quantity: 2 }] },
    ]);
    expect(all.directives).toHaveLength(1);

    // The period takes ranges that overlap it.
    const nov = (await bls.get('/api/activities?from=2020-11-20&to=2020-11-30')).json<ActivityList>();
    expect(nov.items.map((x) => x.dateFrom)).toEqual(['2020-11-25']);
    const dec = (await bls.get('/api/activities?from=2020-12-01&to=2020-12-31&form=bao_in')).json<ActivityList>();
    expect(dec.items.map((x) => x.dateFrom)).toEqual(['2020-11-25']);
    expect((await bls.get(`/api/activities?directiveId=${all.directives[0]!.id}`)).json<ActivityList>().count).toBe(4);
    expect((await bls.get('/api/activities?directiveId=999999')).json<ActivityList>().count).toBe(0);
    expect((await bls.get('/api/activities?from=2020-12-10&to=2020-12-01')).statusCode).toBe(400);
    expect((await bls.get('/api/activities?form=tivi')).json()).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'query.form' }] });

    const staffAll = (await staff.get('/api/activities')).json<ActivityList>();
    expect(staffAll.count).toBe(seeded.count + 5);
    const forms = staffAll.totals.map((x) => x.form);
    expect(forms).toEqual(expect.arrayContaining(['bao_in', 'bao_dien_tu', 'truyen_hinh']));
    expect(forms.indexOf('bao_in')).toBeLessThan(forms.indexOf('truyen_hinh'));
    expect((await staff.get(`/api/activities?unitId=${daiTask.unit.id}`)).json<ActivityList>().count).toBe(1);
  });
});

describe('evidence files', () => {
  it('stores an upload by content, attaches it to an activity and lets only those who see the task download it', async () => {
    const { app, bls, dai, staff, blsTask, config } = await setUp();
    const up = await upload(app, bls, 'Ảnh hội nghị số 1.png', PNG);
    expect(up.statusCode, up.body).toBe(201);
    const png = up.json<EvidenceFile>();
    expect(png).toMatchObject({ name: 'Ảnh hội nghị số 1.png', mime: 'image/png', size: PNG.length });
    expect(stored(config.dataDir)).toMatchObject({ files: [expect.stringMatching(/files\/[0-9a-f]{2}\/[0-9a-f]{62}$/)], tmp: [] });

    // Before it is attached: the uploading unit only.
    expect((await bls.get(`/api/evidence/${png.id}`)).statusCode).toBe(200);
    expect((await dai.get(`/api/evidence/${png.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/evidence/${png.id}`)).statusCode).toBe(404);

    // Unit B cannot attach unit A's file, by id or otherwise.
    const stolen = await dai.post(`/api/tasks/${(await dai.get('/api/tasks')).json<{ items: TaskSummary[] }>().items[0]!.id}/activities`, {
      ...sample(blsTask),
      itemIds: [(await dai.get(`/api/tasks/${(await dai.get('/api/tasks')).json<{ items: TaskSummary[] }>().items[0]!.id}`)).json<TaskWithItems>().items[0]!.id],
      evidenceIds: [png.id],
    });
    expect(stolen.json()).toMatchObject({ code: 'UNKNOWN_FILE', fields: [{ path: 'evidenceIds.0' }] });

    const a = (await bls.post(`/api/tasks/${blsTask.id}/activities`, sample(blsTask, { evidenceIds: [png.id] }))).json<Activity>();
    expect(a.evidence).toEqual([png]);
    // Attached once only.
    expect((await bls.post(`/api/tasks/${blsTask.id}/activities`, sample(blsTask, { evidenceIds: [png.id] }))).json()).toMatchObject({ code: 'UNKNOWN_FILE' });

    const dl = await bls.get(`/api/evidence/${png.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="Anh hoi nghi so 1.png"; filename*=UTF-8''${encodeURIComponent('Ảnh hội nghị số 1.png')}`,
    );
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.rawPayload.equals(PNG)).toBe(true);
    expect((await staff.get(`/api/evidence/${png.id}`)).statusCode).toBe(200);
    expect((await dai.get(`/api/evidence/${png.id}`)).statusCode).toBe(404);
    // Guessing: other ids, the content hash, anything not a plain id.
    const sha = path.relative(path.join(config.dataDir, 'files'), stored(config.dataDir).files[0]!).replace('/', '');
    for (const guess of [String(png.id + 1), sha, `${png.id}.png`, '0', '-1', `${png.id}%2F..`]) {
      expect((await dai.get(`/api/evidence/${guess}`)).statusCode, guess).toBe(404);
    }
    expect((await bls.get(`/api/evidence/${sha}`)).statusCode).toBe(404);

    // Taking the file off the activity hands it back to the unit's unattached uploads.
    const off = await bls.patch(`/api/activities/${a.id}`, { evidenceIds: [], version: a.version });
    expect(off.json<Activity>().evidence).toEqual([]);
    expect((await staff.get(`/api/evidence/${png.id}`)).statusCode).toBe(404);
    expect((await bls.get(`/api/evidence/${png.id}`)).statusCode).toBe(200);

    // A deleted activity's files: the department only.
    const b = (await bls.post(`/api/tasks/${blsTask.id}/activities`, sample(blsTask, { evidenceIds: [png.id] }))).json<Activity>();
    await bls.del(`/api/activities/${b.id}`);
    expect((await bls.get(`/api/evidence/${png.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/evidence/${png.id}`)).statusCode).toBe(200);
  });

  it('decides the type by content: a .jpg holding a PDF is a PDF, a program or a zip named .png is refused', async () => {
    const { app, bls, staff, config } = await setUp();
    const pdf = await upload(app, bls, 'anh-chup.jpg', PDF);
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({ name: 'anh-chup.pdf', mime: 'application/pdf' });
    const dl = await bls.get(`/api/evidence/${pdf.json<EvidenceFile>().id}`);
    expect(dl.headers['content-type']).toBe('application/pdf');
    const docx = await upload(app, bls, 'bao-cao.docx', Buffer.from(zipSync({ '[Content_Types].xml': new Uint8Array([60]), 'word/document.xml': new Uint8Array([60]) })));
    expect(docx.json()).toMatchObject({ name: 'bao-cao.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const before = stored(config.dataDir).files.length;

    const exe = await upload(app, bls, 'anh.png', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(1024)]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({ code: 'UNSUPPORTED_TYPE', message: expect.stringMatching(/^Không nhận tệp "anh.png": chỉ nhận tệp PDF/) });
    const zip = await upload(app, bls, 'anh.png', Buffer.from(zipSync({ 'setup.exe': new Uint8Array([77, 90]) })));
    expect(zip.statusCode).toBe(415);
    expect((await upload(app, bls, 'trong.txt', Buffer.alloc(0))).json()).toMatchObject({ code: 'EMPTY_FILE' });
    expect(stored(config.dataDir)).toMatchObject({ tmp: [] });
    expect(stored(config.dataDir).files).toHaveLength(before);

    // Only a unit's people upload evidence.
    expect((await upload(app, staff, 'a.pdf', PDF)).statusCode).toBe(403);
  });

  it('refuses a file over 20 MB (413) and an interrupted upload, leaving no file and no temporary file', async () => {
    const { app, bls, db, config } = await setUp();
    const rows = () => db.$client.prepare('select count(*) as n from evidence_files').get() as { n: number };
    const big = Buffer.concat([PNG, Buffer.alloc(20 * 1024 * 1024 + 1 - PNG.length)]);
    const res = await upload(app, bls, 'video-lon.png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/^Tệp lớn hơn 20 MB/) });
    expect(stored(config.dataDir)).toEqual({ files: [], tmp: [] });

    // Declared too large: refused before the body is read.
    const declared = await app.inject({
      method: 'POST',
      url: '/api/evidence',
      headers: { cookie: bls.cookie, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) },
      payload: 'x',
    });
    expect(declared.statusCode).toBe(413);

    const cut = await upload(app, bls, 'anh.png', Buffer.concat([PNG, Buffer.alloc(256 * 1024, 7)]), { cut: true });
    expect(cut.statusCode).toBe(400);
    expect(cut.json()).toMatchObject({ code: 'UPLOAD_INTERRUPTED', message: expect.stringMatching(/gián đoạn/) });
    expect(stored(config.dataDir)).toEqual({ files: [], tmp: [] });
    expect(rows().n).toBe(0);

    // Exactly at the limit is fine.
    const atLimit = await upload(app, bls, 'anh.png', Buffer.concat([PNG, Buffer.alloc(20 * 1024 * 1024 - PNG.length)]));
    expect(atLimit.statusCode, atLimit.body).toBe(201);
    expect(stored(config.dataDir)).toMatchObject({ tmp: [] });
  });

  it('follows EVIDENCE_MAX_MB', async () => {
    const { app, bls } = await setUp({ env: { EVIDENCE_MAX_MB: '1' } });
    const res = await upload(app, bls, 'anh.png', Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]));
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toMatch(/^Tệp lớn hơn 1 MB/);
  });
});
