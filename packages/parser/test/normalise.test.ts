import { describe, expect, it } from 'vitest';
import { flattenColumns } from '../src/columns';
import { sanitize, stripMarkup } from '../src/markup';
import { normalise } from '../src/normalise';

const lines = (t: string) => normalise(t).lines.filter((l) => l.length > 0);

describe('sanitize', () => {
  it('normalises line ends, NBSP, zero-width and BOM', () => {
    const { text } = sanitize('\ufeffSố:\u00a012/STTTT\r\nV/v\u200b thử\rKính gửi');
    expect(text).toBe('Số: 12/STTTT\nV/v thử\nKính gửi');
  });
  it('composes decomposed Vietnamese (NFD from PDF) to NFC', () => {
    const nfd = 'Lạng Sơn'.normalize('NFD');
    expect(sanitize(nfd).text).toBe('Lạng Sơn');
  });
  it('drops control characters and lone surrogates and says so', () => {
    const r = sanitize('a\u0000b\u0007c\ud800d');
    expect(r.text).toBe('abcd');
    expect(r.debris).toBe(true);
  });
  it('maps the Icelandic eth of old font conversions to Đ', () => {
    expect(sanitize('Ðài Phát thanh').text).toBe('Đài Phát thanh');
  });
  it('accepts non-strings without throwing', () => {
    expect(sanitize(undefined as unknown as string).text).toBe('');
    expect(sanitize(42 as unknown as string).text).toBe('42');
  });
});

describe('stripMarkup', () => {
  it('removes markdown emphasis *…* and **…**', () => {
    expect(stripMarkup('(*như: Lồng ghép trong sinh hoạt*)')).toBe('(như: Lồng ghép trong sinh hoạt)');
    expect(stripMarkup('**KT. GIÁM ĐỐC**')).toBe('KT. GIÁM ĐỐC');
    expect(stripMarkup('***Nơi nhận:***')).toBe('Nơi nhận:');
  });
  it('keeps a "* " list bullet as a dash', () => {
    expect(stripMarkup('* Báo Lạng Sơn;')).toBe('- Báo Lạng Sơn;');
  });
  it('unescapes pandoc escapes and drops span attributes', () => {
    expect(stripMarkup('1\\. Tuyên truyền')).toBe('1. Tuyên truyền');
    expect(stripMarkup('\\- Báo Lạng Sơn')).toBe('- Báo Lạng Sơn');
    expect(stripMarkup('[Kính gửi:]{.underline} Sở')).toBe('Kính gửi: Sở');
  });
  it('removes HTML tags and entities but keeps autolinks', () => {
    expect(stripMarkup('<b>Số:</b>&nbsp;12/UBND-VX')).toBe('Số: 12/UBND-VX');
    expect(stripMarkup('tại địa chỉ: <http://stttt.langson.gov.vn/>')).toBe('tại địa chỉ: <http://stttt.langson.gov.vn/>');
  });
  it('removes __bold__ and _italic_ but not underscores inside words', () => {
    expect(stripMarkup('__Lạng Sơn__, ngày _04_ tháng')).toBe('Lạng Sơn, ngày 04 tháng');
    expect(stripMarkup('tai_lieu_01.docx')).toBe('tai_lieu_01.docx');
  });
});

describe('two-column blocks', () => {
  it('splits a header flattened with "|" into left then right column', () => {
    const out = flattenColumns([
      'UBND TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ THÔNG TIN VÀ | Độc lập - Tự do - Hạnh phúc',
      'TRUYỀN THÔNG |',
      'Số: 356 /STTTT-TTBCXB | Lạng Sơn, ngày 22 tháng 3 năm 2021',
    ]).filter(Boolean);
    expect(out).toEqual([
      'UBND TỈNH LẠNG SƠN',
      'SỞ THÔNG TIN VÀ',
      'TRUYỀN THÔNG',
      'Số: 356 /STTTT-TTBCXB',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lạng Sơn, ngày 22 tháng 3 năm 2021',
    ]);
  });
  it('keeps plain lines between column rows in the left column (Nơi nhận | signer)', () => {
    const out = flattenColumns(['Nơi nhận: | KT. GIÁM ĐỐC', '- Như trên; | PHÓ GIÁM ĐỐC', '- Lưu: VT.', '| Hoàng Văn D']).filter(Boolean);
    expect(out).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn D']);
  });
  it('reads markdown tables from converters, with <br> inside cells', () => {
    const out = flattenColumns([
      '| UBND TỈNH LẠNG SƠN<br>SỞ THÔNG TIN VÀ TRUYỀN THÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |',
      '|---|---|',
      '| Số: 12/STTTT-VP | Lạng Sơn, ngày 04 tháng 12 năm 2022 |',
    ]).filter(Boolean);
    expect(out).toEqual([
      'UBND TỈNH LẠNG SƠN',
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'Số: 12/STTTT-VP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lạng Sơn, ngày 04 tháng 12 năm 2022',
    ]);
  });
  it('splits header lines on tabs or wide spaces, but not a blank day', () => {
    const out = lines('Số: 45/KH-VHTT          Cao Lộc, ngày      tháng 01 năm 2021\nKẾ HOẠCH\nTuyên truyền');
    expect(out).toEqual(['Số: 45/KH-VHTT', 'Cao Lộc, ngày tháng 01 năm 2021', 'KẾ HOẠCH', 'Tuyên truyền']);
  });
  it('does not split wide spaces inside the body', () => {
    const out = lines('Kính gửi: Báo Lạng Sơn\nThực hiện Kế hoạch,   Sở đề nghị:\n1. Tuyên truyền     trên báo.');
    expect(out).toContain('1. Tuyên truyền trên báo.');
  });
});

describe('page furniture and hard-wrapped lines', () => {
  it('removes "Trang 1/2", "- 2 -" and lone page numbers', () => {
    const out = lines('1. Một việc.\nTrang 1/2\n2. Việc khác.\n- 2 -\n3. Việc nữa.\n3\nNơi nhận:');
    expect(out).toEqual(['1. Một việc.', '2. Việc khác.', '3. Việc nữa.', 'Nơi nhận:']);
  });
  it('joins lines broken mid-sentence (lower-case continuation, digits)', () => {
    const out = lines('3. Phòng Văn hóa và Thông tin chỉ đạo Đài Truyền thanh\ncấp xã phát bản tin, bắt đầu từ ngày\n25/3/2021.');
    expect(out).toEqual(['3. Phòng Văn hóa và Thông tin chỉ đạo Đài Truyền thanh cấp xã phát bản tin, bắt đầu từ ngày 25/3/2021.']);
  });
  it('joins a wrapped line starting with a capital when the text is hard-wrapped', () => {
    const text = [
      'Thực hiện Công văn số 1068/BTTTT-TTCS ngày 19/3/2021 của Bộ Thông',
      'tin và Truyền thông, Sở Thông tin và Truyền thông đề nghị các cơ quan',
      'thực hiện các nội dung sau:',
      '1. Tuyên truyền về lợi ích, đối tượng ưu tiên và lộ trình tiêm vắc xin phòng',
      'COVID-19 trên địa bàn tỉnh; kịp thời phản bác thông tin sai lệch về vắc xin.',
      '2. Tiếp tục tuyên truyền thông điệp 5K của Bộ Y tế, khuyến cáo người dân',
      'không chủ quan.',
    ].join('\n');
    const out = lines(text);
    expect(out).toHaveLength(3);
    expect(out[1]).toBe('1. Tuyên truyền về lợi ích, đối tượng ưu tiên và lộ trình tiêm vắc xin phòng COVID-19 trên địa bàn tỉnh; kịp thời phản bác thông tin sai lệch về vắc xin.');
  });
  it('does not join a heading to the paragraph under it in ordinary text', () => {
    const out = lines('2. Cổng Thông tin điện tử tỉnh\nĐăng tải Hướng dẫn trên Cổng chậm nhất ngày 08/12/2020.');
    expect(out).toHaveLength(2);
  });
  it('never joins across structural lines (Kính gửi, V/v, Nơi nhận, bullets)', () => {
    const out = lines('V/v tuyên truyền phòng,\nchống dịch\nKính gửi:\n- Báo Lạng Sơn;\n- Đài Phát thanh và Truyền hình\ntỉnh.');
    expect(out).toEqual(['V/v tuyên truyền phòng, chống dịch', 'Kính gửi:', '- Báo Lạng Sơn;', '- Đài Phát thanh và Truyền hình tỉnh.']);
  });
});
