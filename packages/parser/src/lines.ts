/** Recognisers for the fixed lines of an official document. */
import { isAllCaps } from './text';
import { KIND_WORDS } from './vocab';

export const NATIONAL_RE = /^(?:CỘNG HÒA|CỘNG HOÀ)\s+XÃ HỘI CHỦ NGHĨA\s+VIỆT NAM(?![\p{L}\d])/iu;
export const MOTTO_RE = /^Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc(?![\p{L}\d])/iu;
export const PARTY_RE = /^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM\s*$/u;
/** "-------", "___", "***", "*", "=====" lines: rules under header blocks. */
export const RULE_RE = /^[\s\-–—_=*~.·]*$/u;
export const NUMBER_LINE_RE = /^(?:Số|SỐ|Sô)\s*[:.]?\s*(?:\d+[a-zA-Z]?)?[\s.…_]*(?:\/\s*\d{4}\s*)?[/-]\s*\p{L}/u;
export const SUBJECT_RE = /^(?:V\s?\/\s?[vV]|Về\s+việc|VỀ\s+VIỆC|Vv)(?![\p{L}\d])\s*[:.\-–]?\s*/u;
export const KINH_GUI_RE = /^(?:Kính\s+gửi|KÍNH\s+GỬI|Kính\s+gởi)\s*[:.]?\s*/u;
export const NOI_NHAN_RE = /^(?:Nơi\s+nhận|NƠI\s+NHẬN)\s*[:.]?\s*/u;
/** "KT. GIÁM ĐỐC", "TL. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN", "Q. GIÁM ĐỐC", "TUQ. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ" */
export const AUTHORITY_RE = /^(?:KT|TL|TM|TUQ|Q|K\/T|T\/M|T\/L|T\.M|K\.T|T\.L|TUQ\/)[.\s]\s*\p{Lu}/u;
export const URGENCY_RE = /^(?:KHẨN|HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|MẬT|TỐI MẬT|TUYỆT MẬT|DỰ THẢO|BẢN SAO|SAO Y)(?![\p{L}\d]).{0,30}$/u;
/** Place and date: "Lạng Sơn, ngày 04 tháng 12 năm 2020", blanks allowed. */
export const PLACE_DATE_RE = /^([\p{Lu}][\p{L}\s.'’-]{1,40}?)\s*,\s*(?:ngày|Ngày|NGÀY)(?![\p{L}\d])/u;
export const DATE_ONLY_RE = /^(?:ngày|Ngày)\s+[\d.…_ ]*\s*tháng\s/u;
/** Opening words of the body (basis, lead-in). */
export const BASIS_RE =
  /^(?:Căn\s+cứ|Thực\s+hiện|Theo\s|Triển\s+khai|Nhằm|Để\s|Tiếp\s+theo|Nhận\s+được|Trên\s+cơ\s+sở|Hưởng\s+ứng|Thi\s+hành|Xét\s|Sau\s+khi|Ngày\s+\d|Vừa\s+qua|Hiện\s+nay|Trong\s+thời\s+gian|Qua\s)/u;

export function isAuthorityLine(s: string): boolean {
  const t = s.trim();
  return AUTHORITY_RE.test(t) && isAllCaps(t) && t.length <= 120;
}

/** Kind heading: "KẾ HOẠCH", "HƯỚNG DẪN"… alone on its line (or followed by an upper-case subject). */
export function readKindHeading(s: string): { word: string; code: string | null; rest: string } | null {
  const t = s.trim().replace(/\s+/g, ' ').replace(/[:.]$/u, '');
  if (!isAllCaps(t) || t.length > 160) return null;
  for (const [word, code] of KIND_WORDS) {
    if (t === word) return { word, code, rest: '' };
    if (t.startsWith(word + ' ') && word !== 'BÁO CÁO' && word !== 'THÔNG BÁO') {
      return { word, code, rest: t.slice(word.length + 1) };
    }
  }
  return null;
}

/** A line that must never be glued to the line before it. */
export function isStructural(s: string): boolean {
  const t = s.trim();
  return (
    NATIONAL_RE.test(t) ||
    MOTTO_RE.test(t) ||
    PARTY_RE.test(t) ||
    NUMBER_LINE_RE.test(t) ||
    SUBJECT_RE.test(t) ||
    KINH_GUI_RE.test(t) ||
    NOI_NHAN_RE.test(t) ||
    PLACE_DATE_RE.test(t) ||
    isAuthorityLine(t) ||
    readKindHeading(t) !== null
  );
}
