import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ExportJob, SummaryReport } from '@dondoc/schemas';
import { exportJobs, units } from '../../db/schema/index';
import { actorFor, fakeClock, seededDb } from '../../../test/helpers';
import { fileStore } from '../intake/storage';
import { exportService, KEEP_MS } from './jobs';
import { exportsApp, paragraphs, someWork, unitIdOf, unzipText } from './test-setup';

const updateOf = (r: SummaryReport) => ({
  version: r.version,
  number: r.number,
  symbol: r.symbol,
  place: r.place,
  date: r.date,
  subject: r.subject,
  sections: r.sections,
  signer: r.signer,
  recipients: r.recipients,
});

describe('BÁO CÁO drafts API', () => {
  it('lets staff draft and edit, leaders read and download, units nothing', async () => {
    const { app, login } = await exportsApp();
    const staff = await login('staff');
    const created = await staff.post('/api/directives/1/summary-reports');
    expect(created.statusCode).toBe(201);
    const draft = created.json<SummaryReport>();
    expect(draft).toMatchObject({ directiveId: 1, number: null, symbol: 'BC-STTTT', place: 'Lạng Sơn', date: '2020-11-20', version: 0 });
    expect(draft.sections.map((s) => s.key)).toEqual(['mo_dau', 'chi_dao', 'ket_qua_noi_dung', 'ket_qua_don_vi', 'ton_tai', 'de_xuat', 'ket_thuc']);
    expect(draft.figures.rows).toHaveLength(14);

    // The staff member edits the narrative, the number and the signer.
    const sections = draft.sections.map((s) => (s.key === 'de_xuat' ? { ...s, body: 'Đề nghị UBND tỉnh chỉ đạo các huyện tiếp tục tuyên truyền.' } : s));
    const put = await staff.put(`/api/summary-reports/${draft.id}`, { ...updateOf(draft), number: '7', date: '2020-12-02', sections, signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' } });
    expect(put.statusCode).toBe(200);
    const saved = put.json<SummaryReport>();
    expect(saved).toMatchObject({ number: '7', date: '2020-12-02', version: 1, signer: { name: 'Nguyễn Văn A' } });
    // A save based on the old version is refused.
    expect((await staff.put(`/api/summary-reports/${draft.id}`, updateOf(draft))).statusCode).toBe(409);
    expect((await staff.put(`/api/summary-reports/${draft.id}`, { ...updateOf(saved), date: '2020-13-01' })).statusCode).toBe(400);

    const leader = await login('leader');
    expect((await leader.post('/api/directives/1/summary-reports')).statusCode).toBe(403);
    expect((await leader.put(`/api/summary-reports/${draft.id}`, updateOf(saved))).statusCode).toBe(403);
    expect((await leader.get('/api/directives/1/summary-reports')).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await leader.get(`/api/summary-reports/${draft.id}`)).json<SummaryReport>().sections.find((s) => s.key === 'de_xuat')?.body).toBe(
      'Đề nghị UBND tỉnh chỉ đạo các huyện tiếp tục tuyên truyền.',
    );

    const docx = await leader.get(`/api/summary-reports/${draft.id}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toBe(
      `attachment; filename="Bao cao so 07-BC-STTTT ngay 02-12-2020.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20s%E1%BB%91%2007-BC-STTTT%20ng%C3%A0y%2002-12-2020.docx`,
    );
    const ps = paragraphs(unzipText(docx.rawPayload).get('word/document.xml') as string);
    expect(ps).toContain('Số: 07/BC-STTTT');
    expect(ps).toContain('Lạng Sơn, ngày 02 tháng 12 năm 2020');
    expect(ps).toContain('Đề nghị UBND tỉnh chỉ đạo các huyện tiếp tục tuyên truyền.');
    expect(ps).toContain('Nguyễn Văn A');

    const pdf = await leader.get(`/api/summary-reports/${draft.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const print = await leader.get(`/api/summary-reports/${draft.id}/print`);
    expect(print.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(print.headers['content-security-policy']).toContain("default-src 'none'");
    expect(print.body).toContain('Số: 07/BC-STTTT');

    const unit = await login('baolangson');
    for (const url of ['/api/directives/1/summary-reports', `/api/summary-reports/${draft.id}`, `/api/summary-reports/${draft.id}/docx`, `/api/summary-reports/${draft.id}/print`]) {
      expect((await unit.get(url)).statusCode).toBe(403);
    }
    expect((await unit.post('/api/directives/1/summary-reports')).statusCode).toBe(403);
    expect((await staff.get('/api/summary-reports/999')).statusCode).toBe(404);
    expect((await staff.post('/api/directives/999/summary-reports')).statusCode).toBe(404);

    // Signed out: 401 everywhere.
    for (const url of ['/api/directives/1/summary-reports', `/api/summary-reports/${draft.id}/docx`, '/api/exports']) {
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    expect((await app.inject({ method: 'POST', url: '/api/exports', payload: { kind: 'matrix', format: 'xlsx' } })).statusCode).toBe(401);
  });
});

describe('BÁO CÁO draft fields', () => {
  it('names each wrong field for the editor, and a leader’s save changes nothing', async () => {
    const { login } = await exportsApp();
    const staff = await login('staff');
    const draft = (await staff.post('/api/directives/1/summary-reports')).json<SummaryReport>();
    const bad = await staff.put(`/api/summary-reports/${draft.id}`, {
      ...updateOf(draft),
      number: '7/BC',
      subject: ' ',
      signer: { ...draft.signer, title: '' },
      recipients: ['Như trên', ''],
    });
    expect(bad.statusCode).toBe(400);
    const body = bad.json<{ code: string; fields: { path: string; message: string }[] }>();
    expect(body.code).toBe('VALIDATION');
    expect(body.fields.map((f) => f.path).sort()).toEqual(['number', 'recipients.1', 'signer.title', 'subject']);
    expect(body.fields.find((f) => f.path === 'signer.title')?.message).toBe('Vui lòng nhập chức vụ người ký');

    // Sections reordered, one added and one removed, the recipients edited: kept as sent.
    const [first, second, ...rest] = draft.sections;
    const sections = [second!, first!, ...rest.slice(0, -1), { key: 'them_1', title: 'IV. KIẾN NGHỊ', body: 'Đề nghị bổ sung kinh phí.' }];
    const saved = (await staff.put(`/api/summary-reports/${draft.id}`, { ...updateOf(draft), sections, recipients: ['Như trên;', 'Lưu: VT.'] })).json<SummaryReport>();
    expect(saved.sections.map((s) => s.key)).toEqual(sections.map((s) => s.key));
    expect(saved.recipients).toEqual(['Như trên;', 'Lưu: VT.']);

    const leader = await login('leader');
    const refused = await leader.put(`/api/summary-reports/${draft.id}`, { ...updateOf(saved), subject: 'Lãnh đạo sửa' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    const after = (await leader.get(`/api/summary-reports/${draft.id}`)).json<SummaryReport>();
    expect(after).toMatchObject({ version: saved.version, subject: saved.subject });
  });
});

describe('export jobs API', () => {
  it('makes the file, shows it to its owner only and sends it with its Vietnamese name', async () => {
    const { app, login } = await exportsApp();
    const staff = await login('staff');
    const res = await staff.post('/api/exports', { kind: 'units', format: 'csv', params: { from: '2020-01-01', to: '2020-12-31' } });
    expect(res.statusCode).toBe(202);
    const job = res.json<ExportJob>();
    expect(job).toMatchObject({ kind: 'units', format: 'csv', status: 'done', progress: 100, fileName: 'Kết quả theo đơn vị năm 2020.csv' });
    expect(job.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await staff.get(`/api/exports/${job.token}`)).json<ExportJob>()).toEqual(job);
    expect((await staff.get('/api/exports')).json<{ items: ExportJob[] }>().items.map((j) => j.token)).toEqual([job.token]);

    const file = await staff.get(`/api/exports/${job.token}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="Ket qua theo don vi nam 2020.csv"; filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3%20theo%20%C4%91%C6%A1n%20v%E1%BB%8B%20n%C4%83m%202020.csv`);
    expect([...file.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.rawPayload.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text.split('\r\n')[0]).toBe('\uFEFFSTT,Đơn vị,"Huyện, thành phố",Số nhiệm vụ,Hoàn thành đúng hạn,Hoàn thành muộn,Đang thực hiện,Quá hạn,Tỷ lệ đúng hạn (%),Số ngày muộn bình quân,Nội dung đã hoàn thành,Tổng số nội dung,Số hoạt động,Báo cáo được yêu cầu,Báo cáo đã gửi,Báo cáo bị trả lại,Báo cáo quá hạn,Xếp hạng');
    expect(text).toContain('Phòng Văn hóa và Thông tin huyện Tràng Định');

    // Someone else (even the leader) never sees another's job or file.
    const leader = await login('leader');
    expect((await leader.get(`/api/exports/${job.token}`)).statusCode).toBe(404);
    expect((await leader.get(`/api/exports/${job.token}/file`)).statusCode).toBe(404);
    expect((await leader.get('/api/exports')).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await staff.get('/api/exports/not-a-token/file')).statusCode).toBe(404);

    // The BÁO CÁO as a job, and its table of figures as CSV.
    const draft = (await staff.post('/api/directives/1/summary-reports')).json<SummaryReport>();
    const pdf = (await leader.post('/api/exports', { kind: 'summary-report', format: 'pdf', params: { summaryReportId: draft.id } })).json<ExportJob>();
    expect(pdf).toMatchObject({ status: 'done', fileName: 'Báo cáo (chưa lấy số) ngày 20-11-2020.pdf' });
    expect((await leader.get(`/api/exports/${pdf.token}/file`)).headers['content-type']).toBe('application/pdf');
    const csv = (await leader.post('/api/exports', { kind: 'summary-report', format: 'csv', params: { summaryReportId: draft.id } })).json<ExportJob>();
    const table = (await leader.get(`/api/exports/${csv.token}/file`)).rawPayload.toString('utf8');
    expect(table.split('\r\n')[0]).toBe('\uFEFFSTT,Đơn vị,Số nội dung,Nội dung hoàn thành,Tình trạng,Số hoạt động,"Số tin, bài",Báo cáo');

    // Requests that make no sense are refused before anything runs.
    expect((await staff.post('/api/exports', { kind: 'matrix', format: 'docx' })).statusCode).toBe(400);
    expect((await staff.post('/api/exports', { kind: 'summary-report', format: 'docx', params: {} })).statusCode).toBe(400);
    expect((await staff.post('/api/exports', { kind: 'units', format: 'xlsx', params: { from: '2021-01-01', to: '2020-01-01' } })).statusCode).toBe(400);
    expect((await staff.post('/api/exports', { kind: 'units', format: 'xlsx', params: { unitId: 99999 } })).statusCode).toBe(404);
    expect((await staff.post('/api/exports', { kind: 'summary-report', format: 'docx', params: { summaryReportId: 99999 } })).statusCode).toBe(404);
    await app.close();
  });

  it('takes the dashboard filters, strictly, and writes the CSV of what they select', async () => {
    const { db, app, login } = await exportsApp();
    const staff = await login('staff');
    const office = db.select().from(units).where(eq(units.name, 'Phòng Văn hóa và Thông tin huyện Tràng Định')).get();
    const district = office?.districtCode as string;
    const job = (await staff.post('/api/exports', { kind: 'units', format: 'csv', params: { district } })).json<ExportJob>();
    expect(job.status).toBe('done');
    const rows = (await staff.get(`/api/exports/${job.token}/file`)).rawPayload.toString('utf8').trim().split('\r\n').slice(1, -1);
    expect(rows.length).toBeGreaterThan(1);
    // Column 3 is the district: every row names Tràng Định's, and the newspaper is not among them.
    for (const r of rows) expect(r).toContain(`,${office?.districtName},`);
    expect(rows.some((r) => r.includes('Báo Lạng Sơn'))).toBe(false);
    const matrix = (await staff.post('/api/exports', { kind: 'matrix', format: 'csv', params: { district, state: 'not_received' } })).json<ExportJob>();
    const header = (await staff.get(`/api/exports/${matrix.token}/file`)).rawPayload.toString('utf8').split('\r\n')[0] ?? '';
    expect(header).not.toContain('Báo Lạng Sơn');

    for (const params of [{ unitKind: 'ministry' }, { state: 'late' }, { district: '' }, { kind: 'xa' }, { issuer: 'x'.repeat(301) }]) {
      const res = await staff.post('/api/exports', { kind: 'matrix', format: 'xlsx', params });
      expect(res.statusCode, JSON.stringify(params)).toBe(400);
      expect(res.json<{ code: string }>().code).toBe('VALIDATION');
    }
    await app.close();
  });

  it('lets a unit export only its own data', async () => {
    const { db, login } = await exportsApp();
    const unit = await login('vhtt.trangdinh');
    expect((await unit.post('/api/exports', { kind: 'matrix', format: 'xlsx' })).statusCode).toBe(403);
    expect((await unit.post('/api/exports', { kind: 'matrix', format: 'csv' })).statusCode).toBe(403);
    expect((await unit.post('/api/exports', { kind: 'summary-report', format: 'docx', params: { summaryReportId: 1 } })).statusCode).toBe(403);
    const other = unitIdOf(db, 'Báo Lạng Sơn');
    expect((await unit.post('/api/exports', { kind: 'units', format: 'csv', params: { unitId: other } })).statusCode).toBe(403);
    expect((await unit.post('/api/exports', { kind: 'activities', format: 'csv', params: { unitId: other } })).statusCode).toBe(403);

    const own = unitIdOf(db, 'Phòng Văn hóa và Thông tin huyện Tràng Định');
    const job = (await unit.post('/api/exports', { kind: 'units', format: 'csv', params: { unitId: own } })).json<ExportJob>();
    const rows = (await unit.get(`/api/exports/${job.token}/file`)).rawPayload.toString('utf8').trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^1,Phòng Văn hóa và Thông tin huyện Tràng Định,/);
    const row = db.select().from(exportJobs).where(eq(exportJobs.token, job.token)).get();
    expect(row).toMatchObject({ unitId: own, params: { unitId: own } });
  });

  it('limits how many files one user makes a minute', async () => {
    const { login } = await exportsApp();
    const unit = await login('baolangson');
    const other = await login('daiptth');
    const codes: number[] = [];
    for (let i = 0; i < 31; i += 1) codes.push((await unit.post('/api/exports', { kind: 'activities', format: 'csv' })).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 202)).toBe(true);
    expect(codes[30]).toBe(429);
    // Counted per user, not per address.
    expect((await other.post('/api/exports', { kind: 'activities', format: 'csv' })).statusCode).toBe(202);
  });
});

describe('export jobs in the background', () => {
  it('runs large exports after answering, with progress, and cleans up after a week', async () => {
    const clock = fakeClock('2020-11-20T02:00:00.000Z');
    const { db, dir } = await seededDb(clock);
    someWork(db, clock);
    const files = fileStore(dir);
    // Every export counts as large here: it is queued and made after the answer.
    const svc = exportService({ db, clock, files }, { inlineTasks: 0 });
    const staff = actorFor(db, 'staff');
    const seen: number[] = [];
    const job = await svc.create(staff, { kind: 'matrix', format: 'xlsx', params: {} });
    expect(job.status === 'queued' || job.status === 'running').toBe(true);
    expect(job.fileName).toBeNull();
    expect(() => svc.file(staff, job.token)).toThrow(expect.objectContaining({ status: 409, code: 'EXPORT_NOT_READY' }));
    for (let i = 0; i < 1000 && svc.get(staff, job.token).status !== 'done'; i += 1) {
      seen.push(svc.get(staff, job.token).progress);
      await new Promise((r) => setImmediate(r));
    }
    await svc.idle();
    const done = svc.get(staff, job.token);
    expect(done).toMatchObject({ status: 'done', progress: 100, fileName: 'Theo dõi thực hiện văn bản chỉ đạo.xlsx' });
    expect(seen.some((p) => p > 0 && p < 100)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    // Several at once take turns, and all finish.
    const many = await Promise.all(['matrix', 'units', 'activities', 'units'].map((kind) => svc.create(staff, { kind: kind as 'units', format: 'csv', params: {} })));
    expect(many.filter((j) => j.status === 'queued').length).toBeGreaterThanOrEqual(2);
    await svc.idle();
    expect(many.map((j) => svc.get(staff, j.token).status)).toEqual(['done', 'done', 'done', 'done']);
    const path = svc.file(staff, job.token).path;
    expect(fs.existsSync(path)).toBe(true);
    expect(() => svc.get(actorFor(db, 'leader'), job.token)).toThrow(expect.objectContaining({ status: 404 }));

    // A job a restart interrupted is marked failed, with a reason.
    db.update(exportJobs).set({ status: 'running' }).where(eq(exportJobs.token, job.token)).run();
    expect(svc.recover()).toBe(1);
    expect(svc.get(staff, job.token)).toMatchObject({ status: 'failed', error: 'Máy chủ khởi động lại khi đang tạo tệp, vui lòng xuất lại' });
    expect(() => svc.file(staff, job.token)).toThrow(expect.objectContaining({ code: 'EXPORT_FAILED' }));

    // After a week the job and its file go.
    clock.advance(KEEP_MS + 1000);
    expect(svc.sweep()).toBe(1 + 3);
    expect(fs.existsSync(path)).toBe(false);
    expect(() => svc.get(staff, job.token)).toThrow(expect.objectContaining({ status: 404 }));
  });
});
