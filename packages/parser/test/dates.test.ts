import { describe, expect, it } from 'vitest';
import { deadlinesIn, findDates, isoDate, parseViNumber } from '../src/dates';

const dates = (t: string, y: number | null = 2021) => findDates(t, y).map((h) => h.iso);

describe('dates', () => {
  it('reads 13/11/2020, 13-11-2020, 13.11.2020 and ngày 13 tháng 11 năm 2020', () => {
    expect(dates('ngày 13/11/2020; ngày 13-11-2020; ngày 13.11.2020; ngày 13 tháng 11 năm 2020')).toEqual([
      '2020-11-13', '2020-11-13', '2020-11-13', '2020-11-13',
    ]);
  });
  it('takes the document year for "ngày 13/11" and "ngày 5 tháng 3"', () => {
    expect(dates('trước ngày 13/11 và ngày 5 tháng 3', 2021)).toEqual(['2021-11-13', '2021-03-05']);
  });
  it('skips year-less dates when the document year is unknown', () => {
    expect(dates('trước ngày 13/11', null)).toEqual([]);
  });
  it('rejects impossible dates', () => {
    expect(dates('ngày 31/02/2021 và 29/02/2020')).toEqual(['2020-02-29']);
    expect(isoDate(2021, 13, 1)).toBeNull();
  });
  it('does not read document numbers as dates', () => {
    expect(dates('Nghị định số 30/2020/NĐ-CP; Công văn 1068/BTTTT-TTCS; Kế hoạch 02-KH/TU')).toEqual([]);
  });
  it('reads both ends of an anniversary range', () => {
    expect(dates('(28/11/1820 -28/11/2020)')).toEqual(['1820-11-28', '2020-11-28']);
  });
  it('parses Vietnamese number words', () => {
    expect(parseViNumber('mười lăm')).toBe(15);
    expect(parseViNumber('hai mươi mốt')).toBe(21);
    expect(parseViNumber('ba mươi')).toBe(30);
    expect(parseViNumber('hai nghìn không trăm hai mươi mốt')).toBe(2021);
    expect(parseViNumber('hai nghìn hai mươi lăm')).toBe(2025);
    expect(parseViNumber('……')).toBeNull();
    expect(parseViNumber('chín chục')).toBeNull();
  });
});

describe('deadlines', () => {
  const dl = (t: string, y: number | null = 2020, m: number | null = null) => deadlinesIn(t, y, m);
  it.each([
    ['hoàn thành trước ngày 20/12/2020.', ['2020-12-20']],
    ['chậm nhất ngày 08/12/2020', ['2020-12-08']],
    ['chậm nhất là ngày 10/02/2021', ['2021-02-10']],
    ['gửi về Cục trước ngày 15 tháng 3 năm 2021', ['2021-03-15']],
    ['trình UBND tỉnh trước 17 giờ 00 ngày 31/3/2021', ['2021-03-31']],
    ['trước 16h30, ngày 05/4/2021', ['2021-04-05']],
    ['hạn hoàn thành: ngày 15/4/2021', ['2021-04-15']],
    ['thời hạn nộp: 30/6/2021', ['2021-06-30']],
    ['phát sóng trong ngày 02/9/2025', ['2025-09-02']],
    ['gửi danh sách về Sở trước ngày 10/12', ['2020-12-10']],
  ])('"%s" is a deadline', (t, want) => {
    expect(dl(t)).toEqual(want);
  });
  it('takes the end of a window in which recipients must act', () => {
    expect(dl('thời gian treo từ ngày 10/12/2020 đến ngày 25/12/2020.')).toEqual(['2020-12-25']);
    expect(dl('Treo cờ từ ngày 28/4/2022 đến hết ngày 01/5/2022.')).toEqual(['2022-05-01']);
    expect(dl('tuyên truyền cao điểm từ ngày 20/01 - 05/02/2021', 2021)).toEqual(['2021-02-05']);
  });
  it.each([
    ['kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2020)'],
    ['phát các bản tin tối thiểu 03 lần/ngày, bắt đầu từ ngày 25/3/2021.'],
    ['Thực hiện Hướng dẫn số 14-HD/BTGTU ngày 25/11/2020 của Ban Tuyên giáo Tỉnh ủy'],
    ['Đồng chí Giám đốc đi công tác từ ngày 05/4/2021 đến ngày 10/4/2021.'],
    ['Chương trình được phát sóng từ ngày 01/9/2025 đến ngày 05/9/2025 trên kênh VTV1.'],
    ['Hội nghị dự kiến được tổ chức từ ngày 15/6/2021 đến ngày 16/6/2021.'],
    ['Ngày 01/8/2022, Giám đốc Sở chủ trì cuộc họp giao ban.'],
    ['báo cáo định kỳ hằng năm (trước ngày 15/12)'],
    ['báo cáo định kỳ hằng tháng (trước ngày 20)'],
    ['hạn chế tụ tập đông người từ 15/4/2021'],
  ])('"%s" has no deadline', (t) => {
    expect(dl(t)).toEqual([]);
  });
  it('puts a year-less deadline early in the year after a December letter into the next year', () => {
    expect(dl('gửi về Sở trước ngày 10/01', 2020, 12)).toEqual(['2021-01-10']);
    expect(dl('gửi về Sở trước ngày 20/12', 2020, 12)).toEqual(['2020-12-20']);
  });
  it('lists several deadlines in order of appearance', () => {
    expect(dl('gửi dự thảo trước ngày 10/3/2021, hoàn thành trước ngày 30/3/2021', 2021)).toEqual(['2021-03-10', '2021-03-30']);
  });
});
