import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { UnitKind } from '@dondoc/schemas';
import { units } from '../../db/schema/index';
import { actorFor, fakeClock, seededDb } from '../../../test/helpers';
import { fileStore } from '../intake/storage';
import { exportService } from './jobs';
import { someWork, unitIdOf } from './test-setup';
import { colLetter } from './xlsx';

async function setup() {
  const clock = fakeClock('2020-11-20T02:00:00.000Z');
  const { db, dir } = await seededDb(clock);
  someWork(db, clock);
  const svc = exportService({ db, clock, files: fileStore(dir) });
  const open = async (actor: ReturnType<typeof actorFor>, token: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(svc.file(actor, token).path) as unknown as ArrayBuffer);
    return wb;
  };
  return { db, clock, svc, open };
}

const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
const column = (ws: ExcelJS.Worksheet, header: string) => headerOf(ws).indexOf(header) + 1;
const rowOf = (ws: ExcelJS.Worksheet, col: number, value: string) => {
  for (let r = 2; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(col).value === value) return ws.getRow(r);
  throw new Error(`no row ${value}`);
};
const resultOf = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'result' in v ? v.result : v);

describe('the leaders’ workbook', () => {
  it('has the matrix, the per-unit table and the activities, each a real table', async () => {
    const { db, svc, open } = await setup();
    const staff = actorFor(db, 'staff');
    const job = await svc.create(staff, { kind: 'matrix', format: 'xlsx', params: { from: '2020-01-01', to: '2020-12-31' } });
    expect(job).toMatchObject({ status: 'done', progress: 100, fileName: 'Theo dõi thực hiện văn bản chỉ đạo năm 2020.xlsx' });
    const wb = await open(staff, job.token);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ma trận', 'Theo đơn vị', 'Hoạt động']);

    for (const ws of wb.worksheets) {
      // Frozen header row, filters over the data, widths set.
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getColumn(2).width).toBeGreaterThan(8);
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }

    const m = wb.getWorksheet('Ma trận') as ExcelJS.Worksheet;
    expect(headerOf(m).slice(0, 8)).toEqual(['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Hạn hoàn thành', 'Số đơn vị', 'Đã hoàn thành', 'Quá hạn']);
    expect(headerOf(m)).toContain('Báo Lạng Sơn');
    expect(m.views[0]).toMatchObject({ xSplit: 4 });
    expect(m.autoFilter).toBe(`A1:${colLetter(headerOf(m).length)}2`);
    const d = m.getRow(2);
    expect(d.getCell(2).value).toBe('…/STTTT-TTBCXB');
    // The seed dispatch is dated "tháng 11 năm 2020": a real date shown as its month.
    expect(d.getCell(3).value).toBeInstanceOf(Date);
    expect((d.getCell(3).value as Date).toISOString()).toBe('2020-11-01T00:00:00.000Z');
    expect(d.getCell(3).numFmt).toBe('mm/yyyy');
    expect(d.getCell(6).value).toBe(14);
    expect(d.getCell(7).value).toBe(2);
    expect(d.getCell(8).value).toBe(1);
    const bls = d.getCell(column(m, 'Báo Lạng Sơn'));
    expect(bls.value).toBe('Hoàn thành');
    expect((bls.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(d.getCell(column(m, 'Đài PT-TH tỉnh') || column(m, 'Đài Phát thanh và Truyền hình tỉnh')).value).toBe('Quá hạn');

    const u = wb.getWorksheet('Theo đơn vị') as ExcelJS.Worksheet;
    expect(headerOf(u)).toEqual([
      'STT',
      'Đơn vị',
      'Huyện, thành phố',
      'Số nhiệm vụ',
      'Hoàn thành đúng hạn',
      'Hoàn thành muộn',
      'Đang thực hiện',
      'Quá hạn',
      'Tỷ lệ đúng hạn (%)',
      'Số ngày muộn bình quân',
      'Nội dung đã hoàn thành',
      'Tổng số nội dung',
      'Số hoạt động',
      'Báo cáo được yêu cầu',
      'Báo cáo đã gửi',
      'Báo cáo bị trả lại',
      'Báo cáo quá hạn',
      'Xếp hạng',
    ]);
    const blsRow = rowOf(u, 2, 'Báo Lạng Sơn');
    expect([4, 5, 6, 7, 8, 9].map((c) => blsRow.getCell(c).value)).toEqual([1, 1, 0, 0, 0, 100]);
    expect(typeof blsRow.getCell(13).value).toBe('number');
    expect(blsRow.getCell(13).value).toBe(1);
    const city = rowOf(u, 2, 'Phòng Văn hóa và Thông tin thành phố Lạng Sơn');
    expect([6, 9, 10].map((c) => city.getCell(c).value)).toEqual([1, 0, 1]);
    expect(rowOf(u, 2, 'Đài Phát thanh và Truyền hình tỉnh').getCell(8).value).toBe(1);
    // Totals under the filtered rows: formulas whose cached results match the rows above.
    const last = u.getRow(u.rowCount);
    expect(last.getCell(1).value).toBe('Tổng cộng');
    // The 14 units addressed, and the two sub-units that logged activities (counted for who logged them).
    expect(last.getCell(2).value).toBe('16 đơn vị');
    expect(u.autoFilter).toBe(`A1:R${u.rowCount - 1}`);
    for (const c of [4, 5, 6, 7, 8, 11, 12, 13]) {
      let sum = 0;
      for (let r = 2; r < u.rowCount; r += 1) sum += Number(u.getRow(r).getCell(c).value ?? 0);
      expect(last.getCell(c).value).toMatchObject({ formula: `SUM(${colLetter(c)}2:${colLetter(c)}${u.rowCount - 1})` });
      expect(resultOf(last.getCell(c).value)).toBe(sum);
    }
    expect(resultOf(last.getCell(4).value)).toBe(14);
    expect(last.getCell(9).value).toBe(33.3);

    const a = wb.getWorksheet('Hoạt động') as ExcelJS.Worksheet;
    expect(headerOf(a)).toEqual(['Tháng', 'Hình thức', 'Đơn vị tính', 'Số hoạt động', 'Số lượng', 'Lượt người tiếp cận']);
    const print = rowOf(a, 2, 'Báo in');
    expect(print.getCell(1).value).toBeInstanceOf(Date);
    expect(print.getCell(1).numFmt).toBe('mm/yyyy');
    expect([print.getCell(3).value, print.getCell(4).value, print.getCell(5).value, print.getCell(6).value]).toEqual(['tin/bài', 1, 8, 12000]);
    expect(resultOf(a.getRow(a.rowCount).getCell(4).value)).toBe(3);
  });

  it('gives a unit its own figures only', async () => {
    const { db, svc, open } = await setup();
    const bls = actorFor(db, 'baolangson');
    await expect(svc.create(bls, { kind: 'matrix', format: 'xlsx', params: {} })).rejects.toMatchObject({ status: 403 });
    await expect(svc.create(bls, { kind: 'units', format: 'xlsx', params: { unitId: unitIdOf(db, 'Đài Phát thanh và Truyền hình tỉnh') } })).rejects.toMatchObject({ status: 403 });
    const job = await svc.create(bls, { kind: 'units', format: 'xlsx', params: {} });
    expect(job.fileName).toBe('Kết quả theo đơn vị - Báo Lạng Sơn.xlsx');
    const wb = await open(bls, job.token);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo đơn vị', 'Hoạt động']);
    const u = wb.getWorksheet('Theo đơn vị') as ExcelJS.Worksheet;
    expect(u.rowCount).toBe(3);
    expect(u.getRow(2).getCell(2).value).toBe('Báo Lạng Sơn');
    // Tràng Định's office sees the work of the units it passed items to, not the newspaper's.
    const td = actorFor(db, 'vhtt.trangdinh');
    const acts = await svc.create(td, { kind: 'activities', format: 'xlsx', params: {} });
    const a = (await open(td, acts.token)).getWorksheet('Hoạt động') as ExcelJS.Worksheet;
    const forms = [];
    for (let r = 2; r < a.rowCount; r += 1) forms.push(a.getRow(r).getCell(2).value);
    expect(forms.sort()).toEqual(['Pa nô, băng rôn, khẩu hiệu', 'Truyền thanh cơ sở']);
  });

  it('exports what the dashboard shows: the district, the kind, the issuer and the state asked', async () => {
    const { db, svc, open } = await setup();
    const staff = actorFor(db, 'staff');
    const office = db.select().from(units).where(eq(units.name, 'Phòng Văn hóa và Thông tin huyện Tràng Định')).get();
    const district = office?.districtCode as string;
    expect(district).toBeTruthy();

    const job = await svc.create(staff, { kind: 'matrix', format: 'xlsx', params: { district } });
    expect(job.fileName).toBe(`Theo dõi thực hiện văn bản chỉ đạo - ${office?.districtName}.xlsx`);
    const wb = await open(staff, job.token);
    // The matrix: only Tràng Định's units as columns.
    const m = wb.getWorksheet('Ma trận') as ExcelJS.Worksheet;
    const unitHeaders = headerOf(m).slice(8) as string[];
    expect(unitHeaders).toContain(office?.shortName ?? office?.name);
    expect(unitHeaders).not.toContain('Báo Lạng Sơn');
    // The per-unit table: every row a unit of the district, none missing.
    const u = wb.getWorksheet('Theo đơn vị') as ExcelJS.Worksheet;
    const names: string[] = [];
    for (let r = 2; r < u.rowCount; r += 1) {
      names.push(u.getRow(r).getCell(2).value as string);
      expect(u.getRow(r).getCell(3).value).toBe(office?.districtName);
    }
    expect(names).toContain('Phòng Văn hóa và Thông tin huyện Tràng Định');
    expect(names).not.toContain('Báo Lạng Sơn');
    // Activities: the district's sub-units' two forms, not the newspaper's print articles.
    const a = wb.getWorksheet('Hoạt động') as ExcelJS.Worksheet;
    const forms: unknown[] = [];
    for (let r = 2; r < a.rowCount; r += 1) forms.push(a.getRow(r).getCell(2).value);
    expect(forms.sort()).toEqual(['Pa nô, băng rôn, khẩu hiệu', 'Truyền thanh cơ sở']);

    // Kind: the newspaper is province-level media; the state: only the broadcaster's overdue task.
    const media = await svc.create(staff, { kind: 'units', format: 'xlsx', params: { unitKind: db.select().from(units).where(eq(units.name, 'Báo Lạng Sơn')).get()?.kind as UnitKind } });
    const mu = (await open(staff, media.token)).getWorksheet('Theo đơn vị') as ExcelJS.Worksheet;
    expect(rowOf(mu, 2, 'Báo Lạng Sơn').getCell(4).value).toBe(1);
    expect(() => rowOf(mu, 2, 'Phòng Văn hóa và Thông tin huyện Tràng Định')).toThrow();
    const overdue = await svc.create(staff, { kind: 'matrix', format: 'xlsx', params: { state: 'overdue' } });
    const om = (await open(staff, overdue.token)).getWorksheet('Ma trận') as ExcelJS.Worksheet;
    expect(headerOf(om).slice(8)).toHaveLength(1);
    expect(om.getRow(2).getCell(9).value).toBe('Quá hạn');
    // An issuer no directive has: an empty matrix, not every directive.
    const none = await svc.create(staff, { kind: 'matrix', format: 'xlsx', params: { issuer: 'UBND tỉnh Cao Bằng' } });
    const nm = (await open(staff, none.token)).getWorksheet('Ma trận') as ExcelJS.Worksheet;
    expect(nm.getRow(nm.rowCount).getCell(4).value).toBe('0 văn bản');
  });

  it('keeps a unit to its own data whatever filters it sends', async () => {
    const { db, svc, open } = await setup();
    const bls = actorFor(db, 'baolangson');
    const job = await svc.create(bls, { kind: 'units', format: 'xlsx', params: { district: 'none', state: 'done' } });
    const u = (await open(bls, job.token)).getWorksheet('Theo đơn vị') as ExcelJS.Worksheet;
    expect(u.rowCount).toBe(3);
    expect(u.getRow(2).getCell(2).value).toBe('Báo Lạng Sơn');
  });
});
