import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise';
import { findBodyEnd, readSigner, readTail } from '../src/tail';

const tail = (t: string) => {
  const lines = normalise(t).lines;
  return readTail(lines, findBodyEnd(lines, 0));
};

describe('Nơi nhận', () => {
  it('reads entries with purposes in brackets; "Lưu" keeps its brackets', () => {
    const t = tail('Trân trọng./.\nNơi nhận:\n- Như trên;\n- Ban Tuyên giáo Tỉnh ủy (b/c);\n- Bộ trưởng (để b/c);\n- Trung tâm CNTT&TT (đăng tải);\n- Lưu: VT, TTBCXB (ĐTT).\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Hải Yến');
    expect(t.cc).toEqual([
      { name: 'Như trên', purpose: null },
      { name: 'Ban Tuyên giáo Tỉnh ủy', purpose: 'b/c' },
      { name: 'Bộ trưởng', purpose: 'để b/c' },
      { name: 'Trung tâm CNTT&TT', purpose: 'đăng tải' },
      { name: 'Lưu: VT, TTBCXB (ĐTT)', purpose: null },
    ]);
  });
  it('reads Party lists ending with commas and "Lưu" without colon', () => {
    const t = tail('./.\nNơi nhận:\n- Như kính gửi,\n- Thường trực Tỉnh ủy (b/c),\n- Lưu Văn phòng Huyện ủy.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nHoàng Văn Nam');
    expect(t.cc.map((c) => c.name)).toEqual(['Như kính gửi', 'Thường trực Tỉnh ủy', 'Lưu Văn phòng Huyện ủy']);
    expect(t.signer).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Hoàng Văn Nam' });
  });
});

describe('signer', () => {
  it.each([
    [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '(Đã ký)', 'Nguyễn Văn A'], { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' }],
    [['TL. BỘ TRƯỞNG', 'CỤC TRƯỞNG CỤC THÔNG TIN CƠ SỞ', 'Lê Văn C'], { authority: 'TL. BỘ TRƯỞNG', title: 'CỤC TRƯỞNG CỤC THÔNG TIN CƠ SỞ', name: 'Lê Văn C' }],
    [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Hồ Tiến Thiệu'], { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Hồ Tiến Thiệu' }],
    [['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Nguyễn Văn B'], { authority: 'TUQ. CHỦ TỊCH', title: 'GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG', name: 'Nguyễn Văn B' }],
    [['Q. GIÁM ĐỐC', 'Hoàng Minh Tuấn'], { authority: 'Q. GIÁM ĐỐC', title: null, name: 'Hoàng Minh Tuấn' }],
    [['TRƯỞNG PHÒNG', 'Trần Thị B'], { authority: null, title: 'TRƯỞNG PHÒNG', name: 'Trần Thị B' }],
    [['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNGLê Thị Mai'], { authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: 'Lê Thị Mai' }],
    [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'NGUYỄN VĂN HÙNG'], { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'NGUYỄN VĂN HÙNG' }],
    [['KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC', 'Lê Hải Yến'], { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Hải Yến' }],
    [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Người ký: Lê Hải Yến', 'Email: lhyen@langson.gov.vn'], { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Hải Yến' }],
  ])('%j', (lines, want) => {
    expect(readSigner(lines)).toEqual(want);
  });
  it('gives nulls when there is no signature', () => {
    expect(readSigner([])).toEqual({ name: null, title: null, authority: null });
    expect(tail('1. Tuyên truyền.\n2. Báo cáo.').signer).toEqual({ name: null, title: null, authority: null });
  });
  it('finds a signature placed before "Nơi nhận" without an authority line', () => {
    const lines = normalise('Trân trọng./.\nGIÁM ĐỐC\n\nNguyễn Văn Hùng\nNơi nhận:\n- Như trên;\n- Lưu: VT.').lines;
    const t = readTail(lines, findBodyEnd(lines, 0));
    expect(t.signer).toEqual({ authority: null, title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Hùng' });
    expect(t.cc).toHaveLength(2);
  });
});
