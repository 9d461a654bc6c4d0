import { describe, expect, it } from 'vitest';
import { neutralise, quote, tableToCsv } from './csv';
import { asciiFileName, contentDisposition, periodLabel, rfc5987 } from './names';
import type { Table } from './tables';

/** RFC 4180 reader, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 1;
    } else field += c;
  }
  return rows;
}

const table: Table = {
  sheet: 'Thử',
  columns: [
    { header: 'STT', type: 'int', width: 5 },
    { header: 'Đơn vị', type: 'text', width: 30 },
    { header: 'Ngày', type: 'date', width: 10 },
    { header: 'Tháng', type: 'month', width: 10 },
    { header: 'Tình trạng', type: 'state', width: 10 },
    { header: 'Tỷ lệ (%)', type: 'number', width: 10 },
  ],
  rows: [
    [1, 'Phòng Văn hóa và Thông tin huyện Tràng Định', '2021-01-05', '2020-11', 'done_late', 87.5],
    [2, '=HYPERLINK("http://x","bấm")', '2020-11', null, 'overdue', null],
    [3, 'Đài "Truyền thanh", xã Thất Khê\nthôn Nà Pàn', null, null, null, -2],
    [4, '+84 912', null, null, null, 0],
    [5, '@SUM(A1)', null, null, null, 0],
    [6, '-1+1', null, null, null, 0],
  ],
  totals: ['Tổng cộng', '6 đơn vị', null, null, null, 50],
  freezeColumns: 1,
};

describe('CSV', () => {
  it('starts with the BOM, ends lines with CRLF and round-trips Vietnamese', () => {
    const bytes = tableToCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['STT', 'Đơn vị', 'Ngày', 'Tháng', 'Tình trạng', 'Tỷ lệ (%)']);
    expect(rows[1]).toEqual(['1', 'Phòng Văn hóa và Thông tin huyện Tràng Định', '05/01/2021', '11/2020', 'Hoàn thành muộn', '87.5']);
    expect(rows[3]?.[1]).toBe('Đài "Truyền thanh", xã Thất Khê\nthôn Nà Pàn');
    expect(rows[3]?.[5]).toBe('-2');
    expect(rows.at(-1)).toEqual(['Tổng cộng', '6 đơn vị', '', '', '', '50']);
    expect(rows).toHaveLength(1 + 6 + 1);
  });

  it('neutralises text a spreadsheet would run as a formula, and only text', () => {
    const rows = parseCsv(tableToCsv(table).toString('utf8').slice(1));
    expect(rows[2]?.[1]).toBe(`'=HYPERLINK("http://x","bấm")`);
    expect(rows[4]?.[1]).toBe("'+84 912");
    expect(rows[5]?.[1]).toBe("'@SUM(A1)");
    expect(rows[6]?.[1]).toBe("'-1+1");
    // A month-only date in a date column is written as its month.
    expect(rows[2]?.[2]).toBe('11/2020');
    expect(neutralise('\tcmd')).toBe("'\tcmd");
    expect(neutralise('Báo Lạng Sơn')).toBe('Báo Lạng Sơn');
    expect(quote('a,b')).toBe('"a,b"');
    expect(quote(' lề ')).toBe('" lề "');
  });
});

describe('file names', () => {
  it('sends Vietnamese names per RFC 5987 with an ASCII fallback', () => {
    const name = "Báo cáo số 15-BC-STTTT (bản 'in').docx";
    expect(rfc5987(name)).toBe('B%C3%A1o%20c%C3%A1o%20s%E1%BB%91%2015-BC-STTTT%20%28b%E1%BA%A3n%20%27in%27%29.docx');
    expect(decodeURIComponent(rfc5987(name))).toBe(name);
    expect(asciiFileName('Đài Truyền thanh Thất Khê.csv')).toBe('Dai Truyen thanh That Khe.csv');
    expect(contentDisposition('Hoạt động.xlsx')).toBe(`attachment; filename="Hoat dong.xlsx"; filename*=UTF-8''Ho%E1%BA%A1t%20%C4%91%E1%BB%99ng.xlsx`);
    expect(periodLabel({ from: '2020-01-01', to: '2020-12-31' })).toBe(' năm 2020');
    expect(periodLabel({ from: '2020-11-01', to: '2020-11-30' })).toBe(' từ 01-11-2020 đến 30-11-2020');
    expect(periodLabel({})).toBe('');
  });
});
