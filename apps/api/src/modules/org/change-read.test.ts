import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { OrgChangeInput } from '@dondoc/schemas';
import { testApp } from '../../../test/helpers';
import { legalBasisFromSource } from './change-read';
import { HEADERS } from './change-table';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed/data/langson-admin-2025-07.json');
const JSON_BYTES = fs.readFileSync(FIXTURE);
type Fixture = { communes: { name: string; type: string; predecessors: { name: string; district: string; code: string; partial?: boolean }[] }[] };
const fixture = JSON.parse(JSON_BYTES.toString('utf8')) as Fixture;
const FIELDS = { effectiveOn: '2025-07-01', legalBasis: 'Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/06/2025' };

/** A multipart/form-data body as a browser sends it: the fields, then the file. */
function form(file: { name: string; bytes: Buffer } | null, fields: Record<string, string> = {}) {
  const boundary = `----dondoc${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** One row per (new commune, former commune), as an official would fill the template. */
const tableRows = () => fixture.communes.flatMap((c) => c.predecessors.map((p) => [c.name, c.type, p.code, p.name, p.district, p.partial ? 'x' : '']));
const csv = (rows: string[][], delim: string, eol: string) => rows.map((r) => r.map((c) => (/[",;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delim)).join(eol) + eol;

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sắp xếp 2025');
  ws.addRow(['DANH SÁCH XÃ, PHƯỜNG SAU SẮP XẾP (kèm theo Nghị quyết 1672/NQ-UBTVQH15)']);
  ws.addRow(['new_name', 'new_type', 'predecessor_code', 'predecessor_name', 'predecessor_district', 'partial']);
  // Codes typed as numbers, as Excel keeps them: the leading zero is gone. "Một phần" as TRUE.
  for (const r of tableRows()) ws.addRow([r[0], r[1], Number(r[2]), r[3], r[4], r[5] ? true : null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function setup() {
  const { app, login } = await testApp();
  const admin = await login('admin');
  const read = (file: { name: string; bytes: Buffer } | null, fields: Record<string, string> = {}) => {
    const f = form(file, fields);
    return app.inject({ method: 'POST', url: '/api/org-changes/read', headers: { ...f.headers, cookie: admin.cookie }, payload: f.payload });
  };
  return { app, admin, read };
}

describe('reading a change from a file', () => {
  it('reads the published JSON, our own JSON, CSV (comma or semicolon, BOM or not) and XLSX of the 2025 reform to the same change', async () => {
    const { admin, read } = await setup();
    const res = await read({ name: 'langson-admin-2025-07.json', bytes: JSON_BYTES });
    expect(res.statusCode, res.body).toBe(200);
    const change = res.json<{ change: OrgChangeInput }>().change;
    expect(change).toMatchObject({ effectiveOn: '2025-07-01', legalBasis: 'Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/06/2025', sourceName: 'langson-admin-2025-07.json', abolishDistricts: true });
    expect(change.communes).toHaveLength(65);
    expect(change.communes.flatMap((c) => c.predecessors)).toHaveLength(196);
    expect(change.communes[0]).toEqual({
      name: 'xã Thất Khê',
      type: 'Xã',
      predecessors: [
        { code: '06034', name: 'Xã Chi Lăng', district: 'Huyện Tràng Định', partial: false },
        { code: '06013', name: 'Xã Chí Minh', district: 'Huyện Tràng Định', partial: false },
        { code: '06040', name: 'Thị trấn Thất Khê', district: 'Huyện Tràng Định', partial: false },
      ],
    });
    // The bundled sample is the same change.
    expect((await admin.get('/api/org-changes/sample')).json<{ change: OrgChangeInput }>().change).toEqual(change);

    // Fields given with the file win over the file's own.
    const overridden = (await read({ name: 'x.json', bytes: JSON_BYTES }, { effectiveOn: '02/07/2025', legalBasis: 'Nghị quyết 1672/NQ-UBTVQH15' })).json<{ change: OrgChangeInput }>().change;
    expect(overridden).toMatchObject({ effectiveOn: '2025-07-02', legalBasis: 'Nghị quyết 1672/NQ-UBTVQH15', sourceName: 'x.json' });

    // Our own shape (what the sample route returns) reads back unchanged.
    const own = await read({ name: 'thay-doi.json', bytes: Buffer.from(JSON.stringify({ change })) });
    expect(own.json<{ change: OrgChangeInput }>().change).toEqual({ ...change, sourceName: 'thay-doi.json' });

    // Tables: the format is told by the content, whatever the file is called.
    const rows = [[...HEADERS], ...tableRows()];
    const variants = [
      { name: 'bang.csv', bytes: Buffer.from(`\uFEFF${csv(rows, ',', '\r\n')}`) },
      { name: 'bang.txt', bytes: Buffer.from(csv(rows, ';', '\n')) },
      { name: 'bang.xlsx', bytes: await xlsx() },
      { name: 'tai-lieu', bytes: await xlsx() },
    ];
    for (const v of variants) {
      const r = await read(v, FIELDS);
      expect(r.statusCode, `${v.name}: ${r.body}`).toBe(200);
      expect(r.json<{ change: OrgChangeInput }>().change, v.name).toEqual({ ...change, sourceName: v.name });
    }
    expect(legalBasisFromSource('Decision No. 12/QĐ-TTg of 1/7/2025')).toBe('Quyết định số 12/QĐ-TTg ngày 1/7/2025');
    expect(legalBasisFromSource('Nghị quyết 1672/NQ-UBTVQH15')).toBe('Nghị quyết 1672/NQ-UBTVQH15');
  });

  it('asks for the effective date and legal basis a table does not carry (400 with the fields)', async () => {
    const { read } = await setup();
    const res = await read({ name: 'bang.csv', bytes: Buffer.from(csv([[...HEADERS], ...tableRows()], ',', '\n')) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION',
      fields: [
        { path: 'effectiveOn', message: 'Vui lòng nhập ngày hiệu lực của thay đổi (YYYY-MM-DD)' },
        { path: 'legalBasis', message: 'Vui lòng nhập căn cứ pháp lý (ví dụ: Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/06/2025)' },
      ],
    });
    const badDate = await read({ name: 'bang.csv', bytes: Buffer.from(csv([[...HEADERS], ...tableRows()], ',', '\n')) }, { ...FIELDS, effectiveOn: '2025-02-30' });
    expect(badDate.json()).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'effectiveOn', message: 'Ngày không hợp lệ' }] });
  });

  it('refuses malformed files with what is wrong and where (400 INVALID_CHANGE_FILE)', async () => {
    const { read } = await setup();
    const bad = csv(
      [
        [...HEADERS],
        ['xã Thất Khê', 'Xã', '06034', 'Xã Chi Lăng', 'Huyện Tràng Định', ''],
        ['xã Thất Khê', 'Xã', '6A040', 'Thị trấn Thất Khê', 'Huyện Tràng Định', ''],
        ['', 'Xã', '06001', 'Xã Đoàn Kết', 'Huyện Tràng Định', ''],
        ['xã Kiên Mộc', 'Xã', '06625', '', 'Huyện Đình Lập', 'có thể'],
        ['xã Thất Khê', 'Phường', '06013', 'Xã Chí Minh', 'Huyện Tràng Định', ''],
      ],
      ',',
      '\n',
    );
    const res = await read({ name: 'bang.csv', bytes: Buffer.from(bad) }, FIELDS);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; message: string; fields: { message: string }[] }>();
    expect(body.code).toBe('INVALID_CHANGE_FILE');
    expect(body.fields.map((f) => f.message)).toEqual([
      'Dòng 3: mã xã cũ phải gồm 5 chữ số (đang là «6A040»)',
      'Dòng 4: thiếu tên xã, phường mới',
      'Dòng 5: thiếu tên xã cũ',
      'Dòng 5: cột «Một phần» chỉ nhận x, có, true, 1 hoặc để trống (đang là «có thể»)',
      'Dòng 6: loại «Phường» khác với dòng 2 của cùng «xã Thất Khê» («Xã»)',
    ]);
    expect(body.message).toMatch(/^Tệp có 5 lỗi: Dòng 3: mã xã cũ phải gồm 5 chữ số/);

    const cases: [string, Buffer, RegExp][] = [
      ['no header', Buffer.from('a,b,c\n1,2,3\n'), /Không tìm thấy dòng tiêu đề/],
      ['broken JSON', Buffer.from('{"communes": [}'), /^Tệp JSON sai cú pháp/],
      ['JSON of something else', Buffer.from('{"units": []}'), /cần trường "communes"/],
      ['binary', Buffer.from([0x00, 0xff, 0xfe, 0x81, 0x90, 0x00, 0xc3]), /Không nhận ra định dạng tệp/],
      ['old Excel', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls\) không được hỗ trợ/],
      ['zip that is not a workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /Không đọc được tệp Excel/],
      ['header only', Buffer.from(csv([[...HEADERS]], ',', '\n')), /không có dòng dữ liệu/],
    ];
    for (const [what, bytes, message] of cases) {
      const r = await read({ name: 'tep.csv', bytes }, FIELDS);
      expect(r.statusCode, what).toBe(400);
      expect(r.json<{ code: string; message: string }>(), what).toMatchObject({ code: 'INVALID_CHANGE_FILE', message: expect.stringMatching(message) });
    }
    // In a JSON file the commune and the former commune are named instead of a row.
    const json = structuredClone(fixture);
    (json.communes[0]?.predecessors[1] as { code: string }).code = '123';
    const r = await read({ name: 'x.json', bytes: Buffer.from(JSON.stringify(json)) });
    expect(r.json<{ fields: { message: string }[] }>().fields.map((f) => f.message)).toEqual(['Xã, phường thứ 1 «xã Thất Khê», xã cũ thứ 2: Mã đơn vị hành chính cũ phải gồm 5 chữ số']);
    expect((await read(null, FIELDS)).json()).toMatchObject({ code: 'NO_FILE' });
    expect((await read({ name: 'rong.csv', bytes: Buffer.alloc(0) }, FIELDS)).json()).toMatchObject({ code: 'EMPTY_FILE' });
  });

  it('refuses a workbook that would inflate far beyond its size (a zip bomb) before reading it', async () => {
    const { read } = await setup();
    // 80 MB of zeros deflates to about 80 KB: under the upload limit, over the 64 MB a workbook may inflate to.
    const bomb = Buffer.from(zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 6 }));
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const res = await read({ name: 'bom.xlsx', bytes: bomb }, FIELDS);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ code: string }>().code).toBe('INVALID_CHANGE_FILE');
    expect(process.memoryUsage().rss - rss).toBeLessThan(150 * 1024 * 1024);
  });

  it('refuses a file over 5 MB (413), whether declared or streamed', async () => {
    const { app, admin, read } = await setup();
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x61);
    const res = await read({ name: 'lon.csv', bytes: big }, FIELDS);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'TOO_LARGE', message: 'Tệp lớn hơn 5 MB. Tệp thay đổi danh mục chỉ gồm danh sách xã, phường: vui lòng kiểm tra lại tệp.' });
    const declared = await app.inject({
      method: 'POST',
      url: '/api/org-changes/read',
      headers: { cookie: admin.cookie, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) },
      payload: 'x',
    });
    expect(declared.statusCode).toBe(413);
  });

  it('serves a CSV template (UTF-8 with BOM) that reads back as a change', async () => {
    const { admin, read } = await setup();
    const res = await admin.get('/api/org-changes/template.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment; filename="mau-thay-doi-don-vi-hanh-chinh.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual(['"Tên xã, phường mới",Loại,Mã xã cũ,Tên xã cũ,Huyện cũ,Một phần', 'xã Thất Khê,Xã,06034,Xã Chi Lăng,Huyện Tràng Định,', 'xã Kiên Mộc,Xã,06625,Xã Kiên Mộc,Huyện Đình Lập,x']);
    const back = await read({ name: 'mau.csv', bytes: res.rawPayload }, FIELDS);
    expect(back.json<{ change: OrgChangeInput }>().change.communes).toEqual([
      { name: 'xã Thất Khê', type: 'Xã', predecessors: [{ code: '06034', name: 'Xã Chi Lăng', district: 'Huyện Tràng Định', partial: false }] },
      { name: 'xã Kiên Mộc', type: 'Xã', predecessors: [{ code: '06625', name: 'Xã Kiên Mộc', district: 'Huyện Đình Lập', partial: true }] },
    ]);
  });
});
