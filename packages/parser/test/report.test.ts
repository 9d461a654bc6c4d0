import { describe, expect, it } from 'vitest';
import { isReportOnly, isReportRequest, readReport } from '../src/report';

describe('report clause', () => {
  it('reads "khi có yêu cầu" as on request', () => {
    expect(readReport(['Đề nghị Quý cơ quan tổ chức tuyên truyền và báo cáo kết quả về Sở khi có yêu cầu.'], 2020)).toEqual({
      required: true, deadline: null, onRequest: true, recurrence: null,
    });
  });
  it('reads the report deadline', () => {
    expect(readReport(['Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở (qua Phòng TTBCXB) trước ngày 28/12/2020 để tổng hợp, báo cáo Ban Tuyên giáo Tỉnh ủy./.'], 2020)).toMatchObject({
      required: true, deadline: '2020-12-28',
    });
    expect(readReport(['Kết quả thực hiện báo cáo về Sở trước ngày 15/4/2021./.'], 2021).deadline).toBe('2021-04-15');
  });
  it.each([
    ['báo cáo kết quả thực hiện định kỳ hằng tháng (trước ngày 20)', 'monthly'],
    ['báo cáo định kỳ hàng quý về Sở', 'quarterly'],
    ['báo cáo định kỳ 6 tháng, hằng năm về Sở', 'semiannual'],
    ['gửi báo cáo hằng năm trước ngày 15/12', 'yearly'],
    ['báo cáo tình hình hằng tuần vào thứ Sáu', 'weekly'],
    ['báo cáo nhanh hằng ngày về Ban Chỉ đạo', 'daily'],
  ])('"%s" recurs %s', (t, rec) => {
    const r = readReport([t], 2021);
    expect(r.required).toBe(true);
    expect(r.recurrence).toBe(rec);
    expect(r.deadline).toBeNull();
  });
  it('is not required when only the issuer reports upward or when nobody reports', () => {
    expect(isReportRequest('Sở tổng hợp để báo cáo UBND tỉnh.')).toBe(false);
    expect(isReportRequest('Tổ chức hội nghị báo cáo viên tháng 3.')).toBe(false);
    expect(isReportRequest('Thực hiện Báo cáo số 15/BC-STTTT ngày 05/01/2021.')).toBe(false);
    expect(readReport(['Tuyên truyền trên sóng phát thanh.', 'Trân trọng./.'], 2021).required).toBe(false);
  });
  it('reads "báo cáo <unit>" as a report request', () => {
    expect(isReportRequest('Tổng hợp kết quả tuyên truyền, báo cáo Cục Thông tin cơ sở trước ngày 30/5/2021.')).toBe(true);
    expect(isReportRequest('Báo cáo kết quả: các cơ quan gửi báo cáo về Sở.')).toBe(true);
  });
  it('tells report-only text from a task that also asks for a report', () => {
    expect(isReportOnly('Các cơ quan, đơn vị gửi báo cáo kết quả (kèm số liệu theo biểu mẫu gửi kèm) về Sở trước ngày 10/9/2025.')).toBe(true);
    expect(isReportOnly('Chế độ báo cáo')).toBe(true);
    expect(isReportOnly('Tuyên truyền trên Cổng thông tin điện tử, báo cáo kết quả về Sở.')).toBe(false);
    expect(isReportOnly('Đăng tải văn bản trên Cổng thông tin điện tử.')).toBe(false);
  });
});
