/**
 * The department's dispatch of November 2020 (shared fixture 01), laid out as the paper is:
 * a two-column header, the body, then copies and signature side by side. The tests render it
 * as .docx and as .pdf and upload it like staff would.
 */

/** A run of text; `italic` for the bracketed examples the original sets in italics. */
export type Run = string | { italic: string };
export type Paragraph = { runs: Run[]; bold?: boolean; indent?: boolean };

const subject =
  'tuyên truyền thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025; tuyên truyền kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 -28/11/2020)';

export const dispatch = {
  subject,
  headerLeft: ['UBND TỈNH LẠNG SƠN', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Số: /STTTT-TTBCXB', `V/v ${subject}`],
  headerRight: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lạng Sơn, ngày tháng 11 năm 2020'],
  recipients: [
    'Kính gửi:',
    '- Báo Lạng Sơn;',
    '- Đài Phát thanh và Truyền hình tỉnh;',
    '- Phòng Văn hóa và Thông tin các huyện, thành phố.',
  ],
  body: [
    {
      runs: [
        'Thực hiện Kế hoạch số 02-KH/TU ngày 13/11/2020 của Tỉnh ủy Lạng Sơn tổ chức học tập, quán triệt, tuyên truyền, triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025; Hướng dẫn số 11-HD/BTGTU ngày 13/11/2020 của Ban Tuyên giáo Tỉnh ủy tuyên truyền kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2020), Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị:',
      ],
    },
    { runs: ['1. Tuyên truyền tuyên truyền thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025'], bold: true },
    {
      runs: [
        '- Tuyên truyền nội dung cơ bản của Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, Chương trình hành động thực hiện Nghị quyết cho cán bộ, đoàn viên, hội viên và Nhân dân bằng các hình thức phù hợp (',
        {
          italic:
            'như: Lòng ghép trong nội dung sinh hoạt cơ quan, đơn vị, chi đoàn, chi hội định kỳ, trong các cuộc họp thôn, khối phố; qua hệ thống các phương tiện thông tin đại chúng',
        },
        '). Việc tuyên truyền trong các tầng lớp Nhân dân là quá trình thường xuyên, lâu dài gắn với quá trình tổ chức thực hiện nghị quyết đại hội ở cơ sở.',
      ],
    },
    {
      runs: [
        '- Tuyên truyền, mở các chuyên trang, chuyên mục phổ biến, tuyên truyền sâu rộng văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, Nghị quyết, Chương trình hành động thực hiện Nghị quyết để tuyên truyền rộng rãi trong cán bộ, đảng viên và Nhân dân. Đăng tải văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, Nghị quyết, Chương trình hành động thực hiện Nghị quyết trên Internet, trang thông tin điện tử và trên các trang mạng xã hội.',
      ],
    },
    { runs: ['2. Tuyên truyền kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen'], bold: true },
    {
      runs: [
        '- Tuyên truyền về cuộc đời, sự nghiệp và công lao, đóng góp to lớn của Ph.Ăng-ghen đối với kho tàng lý luận thế giới, nhất là đối với việc phát triển chủ nghĩa xã hội khoa học, phong trào công nhân và các Đảng vô sản trên thế giới; những phẩm chất đạo đức cách mạng cao quý của Ph.Ăng-ghen.',
      ],
    },
    { runs: ['- Tuyên truyền những thành tựu, kết quả nổi bật trong vận dụng sáng tạo, phù hợp chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh vào điều kiện Việt Nam.'] },
    {
      runs: [
        '- Tuyên truyền các tác phẩm kinh điển của Ph.Ăng-ghen; các hoạt động kỷ niệm diễn ra ở các cấp, các ngành, cơ quan, đơn vị trong tỉnh; đấu tranh, phản bác thông tin quan điểm xuyên tạc chủ nghĩa Mác - Lênin, chia rẽ khối đại đoàn kết dân tộc, chống phá Đảng, Nhà nước.',
      ],
    },
    { runs: ['3. Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố'], bold: true },
    { runs: ['Đôn đốc, hướng dẫn Trung tâm Văn hóa, Thể thao và Truyền thông; Đài Truyền thanh cấp xã tuyên truyền các nội dung nêu trên.'] },
    { runs: ['Đề nghị Quý cơ quan, đơn vị tổ chức tuyên truyền nội dung nêu trên và báo cáo kết quả về Sở khi có yêu cầu.'] },
    {
      runs: [
        'Kế hoạch số 02-KH/TU ngày 13/11/2020; Hướng dẫn số 11-HD/BTGTU ngày 13/11/2020, đề cương tuyên truyền kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 - 28/11/2020) gửi kèm trên iOffice và đăng tải trên trang Thông tin điện tử của Sở Thông tin và Truyền thông tại địa chỉ: http://stttt.langson.gov.vn/ (Mục Văn bản chỉ đạo điều hành)./.',
      ],
    },
  ] satisfies Paragraph[],
  cc: [
    'Nơi nhận:',
    '- Như trên;',
    '- Lãnh đạo Sở;',
    '- Trung tâm VHNTTTT các huyện, TP;',
    '- Phòng TTBCXB, VP;',
    '- Trung tâm CNTT&TT (đăng tải);',
    '- Lưu: VT, TTBCXB (ĐTT).',
  ],
  signature: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Hải Yến' },
};

export const plainText = (runs: Run[]) => runs.map((r) => (typeof r === 'string' ? r : r.italic)).join('');
