/** Vocabulary of Vietnamese official documents (Decree 30/2020, Party documents). */

/** Kind headings and the kind code they carry (null: công văn). */
export const KIND_WORDS: ReadonlyArray<[string, string | null]> = [
  ['KẾ HOẠCH', 'KH'],
  ['HƯỚNG DẪN', 'HD'],
  ['THÔNG BÁO', 'TB'],
  ['BÁO CÁO', 'BC'],
  ['QUYẾT ĐỊNH', 'QĐ'],
  ['CHỈ THỊ', 'CT'],
  ['NGHỊ QUYẾT', 'NQ'],
  ['CHƯƠNG TRÌNH', 'CTr'],
  ['PHƯƠNG ÁN', 'PA'],
  ['ĐỀ ÁN', 'ĐA'],
  ['DỰ ÁN', 'DA'],
  ['TỜ TRÌNH', 'TTr'],
  ['CÔNG ĐIỆN', 'CĐ'],
  ['GIẤY MỜI', 'GM'],
  ['GIẤY GIỚI THIỆU', 'GGT'],
  ['GIẤY ỦY QUYỀN', 'GUQ'],
  ['QUY CHẾ', 'QC'],
  ['QUY ĐỊNH', 'QyĐ'],
  ['THÔNG CÁO', 'TC'],
  ['BIÊN BẢN', 'BB'],
  ['HỢP ĐỒNG', 'HĐ'],
  ['KẾT LUẬN', 'KL'],
  ['ĐỀ CƯƠNG', 'ĐC'],
  ['CÔNG VĂN', null],
];

/** Codes that can stand for a kind inside a number/symbol. */
export const KIND_CODES = new Set([
  'KH', 'HD', 'TB', 'BC', 'QĐ', 'CT', 'NQ', 'CTr', 'PA', 'ĐA', 'DA', 'TTr', 'CĐ', 'GM', 'GGT',
  'GUQ', 'QC', 'QyĐ', 'TC', 'BB', 'HĐ', 'KL', 'NĐ', 'TT', 'TTLT', 'PG', 'PC', 'PB', 'ĐC', 'CTHĐ',
  'QĐi', 'HƯD',
]);

/** Kind code from words naming a referenced document ("Kế hoạch" → KH). */
export function kindFromWord(word: string): string | null {
  const up = word.trim().toUpperCase().replace(/\s+/g, ' ');
  for (const [w, code] of KIND_WORDS) if (up === w) return code;
  if (up === 'NGHỊ ĐỊNH') return 'NĐ';
  if (up === 'THÔNG TƯ') return 'TT';
  return null;
}

/** Kind code from a symbol or a full number: "KH-VHTT" → KH, "02-KH/TU" → KH, "STTTT-TTBCXB" → null. */
export function kindFromNumber(num: string): string | null {
  const s = num.replace(/\s+/g, '');
  // Party style: 02-KH/TU, -CV/BTGTU
  let m = /^(?:\d+[a-zA-Z]?)?-([\p{L}]+)\//u.exec(s) ?? /^([\p{L}]+)\/[\p{L}]/u.exec(s);
  if (m) return normaliseKind(m[1] ?? '');
  // State style: 15/BC-STTTT, 15/2021/QĐ-UBND, or a bare symbol KH-VHTT
  m = /^(?:\d+[a-zA-Z]?)?(?:\/\d{4})?\/?([\p{L}]+)(?:-|$)/u.exec(s);
  if (m) return normaliseKind(m[1] ?? '');
  return null;
}

function normaliseKind(code: string): string | null {
  if (KIND_CODES.has(code)) return code;
  const up = code.toUpperCase();
  for (const k of KIND_CODES) if (k.toUpperCase() === up && up !== 'CV') return k;
  return null;
}

/** Words that open an organisation's name (title case as written in running text). */
const ORG_HEADS = [
  'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND', 'UBMTTQ', 'MTTQ', 'Hội đồng', 'Báo(?! cáo)', 'Đài', 'Cổng',
  'Sở', 'Phòng(?!,| chống| ngừa| tránh| cháy| hộ)', 'Ban(?! hành)', 'Trung tâm', 'TT(?= )', 'Văn phòng',
  'Công an', 'Bộ(?! phận| máy| môn| sưu tập)', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ(?! việc)', 'Viện',
  'Trường', 'Bệnh viện', 'Tòa án', 'Toà án', 'Tòa soạn', 'Kho bạc', 'Hội(?! nghị| thảo| thi| diễn| chợ| báo| trại| khỏe| làng| đàm)',
  'Liên đoàn', 'Liên hiệp', 'Liên minh', 'Đoàn(?! kết| viên)', 'Tỉnh đoàn', 'Huyện đoàn', 'Thành đoàn',
  'Tỉnh ủy', 'Tỉnh uỷ', 'Huyện ủy', 'Huyện uỷ', 'Thành ủy', 'Thành uỷ', 'Thị ủy', 'Đảng ủy', 'Đảng uỷ',
  'Đảng đoàn', 'Đảng bộ', 'Chi bộ', 'Ban cán sự', 'Thường trực', 'Thường vụ', 'Mặt trận',
  'Thư viện', 'Bảo tàng', 'Nhà văn hóa', 'Nhà văn hoá', 'Nhà hát', 'Nhà xuất bản', 'Ngân hàng',
  'Bảo hiểm', 'Công ty', 'Tổng công ty', 'Tập đoàn', 'Bưu điện', 'Chi nhánh', 'Viettel', 'VNPT',
  'MobiFone', 'Hạt', 'Trạm', 'Quỹ', 'Học viện', 'Đại học', 'Hiệp hội', 'Câu lạc bộ', 'Tạp chí',
  'Thông tấn xã', 'Cảnh sát', 'Lãnh đạo', 'Đồng chí', 'Chủ tịch', 'Giám đốc', 'Thủ trưởng',
  'Trưởng', 'Chánh', 'Cơ quan', 'Lực lượng', 'Phân xã', 'Doanh nghiệp', 'Hợp tác xã', 'Thanh tra',
  'Kiểm toán', 'Hải quan', 'Quân khu', 'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Kiểm lâm', 'Cụm', 'Tổ(?! chức)',
  'Chính phủ', 'Thủ tướng', 'Quốc hội', 'Đội', 'Nhà thiếu nhi', 'Cung văn hóa', 'Ủy viên',
  '(?:Các|Toàn thể|Tất cả các) (?:sở|ban|ngành|cơ quan|đơn vị|địa phương|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|trường|phòng|trung tâm|đài|báo|hội|đoàn thể|tổ chức|doanh nghiệp|cơ sở|nhà trường|đồng chí|tòa soạn|đảng bộ|chi bộ|chi, đảng bộ|cấp ủy|huyện ủy|thành ủy|đảng ủy|ủy ban|bộ|cục|vụ|chi cục|hợp tác xã|ban quản lý|ban chỉ đạo|chi hội|đài truyền thanh|thôn|khối|bản|tổ dân phố|Sở|Phòng|Ban|Đài|Báo|UBND|Ủy ban|Trung tâm|Hội|Cơ quan|Tòa soạn|Bộ|Cục|Vụ|Chi cục|Trường|Đảng ủy|Huyện ủy|Thành ủy|Đảng bộ|Chi bộ|Bệnh viện|Công ty|Ngân hàng)',
];

const ORG_HEAD_RE = new RegExp(`^(?:${ORG_HEADS.join('|')})(?=[\\s,;:.)]|$)`, 'u');
const ORG_HEAD_CAPS_RE = new RegExp(
  `^(?:${ORG_HEADS.filter((h) => !h.startsWith('(?:Các')).join('|')})(?=[\\s,;:.)]|$)`,
  'iu',
);

/** The phrase starts with a word that opens an organisation's name. */
export function startsWithOrgHead(s: string): boolean {
  const t = s.trim();
  if (ORG_HEAD_RE.test(t)) return true;
  // ALL-CAPS names ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"); "BÁO CÁO" is a kind word, not a newspaper
  if (/^\P{Ll}+$/u.test(t) && !/^BÁO CÁO(?![\p{L}\d])/u.test(t) && !/^PHÒNG,? CHỐNG(?![\p{L}\d])/u.test(t)) {
    return ORG_HEAD_CAPS_RE.test(t);
  }
  return false;
}

/** Verbs that follow a unit named as the subject of an instruction ("Báo Lạng Sơn chủ trì…"). */
export const ACTION_VERBS = [
  'chủ trì', 'phối hợp', 'chỉ đạo', 'thực hiện', 'tổ chức', 'triển khai', 'tuyên truyền', 'xây dựng',
  'hướng dẫn', 'đăng tải', 'đăng', 'mở', 'tăng cường', 'đẩy mạnh', 'tiếp tục', 'cập nhật', 'rà soát',
  'kiểm tra', 'theo dõi', 'bố trí', 'chuẩn bị', 'tham mưu', 'nghiên cứu', 'báo cáo', 'gửi', 'cung cấp',
  'lựa chọn', 'biên tập', 'sản xuất', 'phổ biến', 'quán triệt', 'treo', 'trang trí', 'đôn đốc',
  'phản ánh', 'có trách nhiệm', 'chịu trách nhiệm', 'có nhiệm vụ', 'có kế hoạch', 'tập trung', 'quan tâm', 'tổng hợp', 'ban hành',
  'vận động', 'lắp đặt', 'duy trì', 'định hướng', 'giới thiệu', 'tiếp sóng', 'bảo đảm', 'đảm bảo',
  'hỗ trợ', 'khẩn trương', 'chủ động', 'nghiêm túc', 'phân công', 'phát sóng', 'phát hành',
  'tiếp nhận', 'xử lý', 'phát động', 'hoàn thành', 'nắm bắt', 'giám sát', 'tiến hành', 'trả lời',
  'kịp thời', 'thường xuyên', 'nâng cao', 'đề xuất', 'soạn thảo', 'quản lý', 'tham dự', 'tham gia',
  'giao', 'căn cứ', 'rà', 'làm tốt', 'dành', 'tăng', 'phát', 'cử', 'lập', 'in', 'chiếu', 'biểu diễn',
];

const VERB_RE = new RegExp(
  `\\s(?:${[...ACTION_VERBS].sort((a, b) => b.length - a.length).join('|')})(?=[\\s,;:.]|$)`,
  'u',
);

/** Index of the first action verb (lower case, after a space), or -1. */
export function firstVerbIndex(s: string): number {
  const m = VERB_RE.exec(s);
  if (!m) return -1;
  // "giao thông", "phát thanh", "in ấn" are nouns inside names
  const after = s.slice(m.index + m[0].length, m.index + m[0].length + 12);
  const verb = m[0].trim();
  if (verb === 'giao' && /^\s*(thông|dịch|lưu)/u.test(after)) return -1;
  if (verb === 'phát' && /^\s*(thanh|triển)/u.test(after)) return -1;
  if (verb === 'cử' && !/^\s*(cán bộ|đại diện|người|\d)/u.test(after)) return -1;
  return m.index;
}

/** Generic subjects that address everyone ("các cơ quan, đơn vị"). */
export function isGenericAddressee(s: string): boolean {
  const t = s.toLowerCase().replace(/[.,;:]+$/u, '').replace(/\s+/g, ' ').trim();
  return /^(?:(?:các|quý|toàn thể)\s+)?(?:cơ quan|đơn vị|địa phương|cơ quan, đơn vị|đơn vị, địa phương|cơ quan, đơn vị, địa phương|cơ quan, địa phương)(?:\s+(?:liên quan|có liên quan|trực thuộc|nêu trên))?$/u.test(
    t,
  );
}
