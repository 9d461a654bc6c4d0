/** Report clause: does the directive ask recipients to report, by when, how often. */
import { deadlinesIn } from './dates';
import { sentences } from './text';
import type { ReportClause } from './types';

/** Recipients are asked to report (not "để tổng hợp, báo cáo …", which is the issuer's own report). */
const REPORT_REQUEST_RES = [
  /(?<![\p{L}])báo\s+cáo\s+(?:kết\s+quả|tình\s+hình|tiến\s+độ|việc|về|bằng\s+văn\s+bản|định\s+kỳ|đột\s+xuất|nhanh|sơ\s+kết|tổng\s+kết|gửi|cụ\s+thể|số\s+liệu|kịp\s+thời|khi\s+có|trước|theo)/iu,
  /(?<![\p{L}])(?:gửi|nộp)\s+(?:về\s+\S+\s+)?báo\s+cáo(?!\s+viên)/iu,
  /chế\s+độ\s+(?:thông\s+tin,?\s+)?báo\s+cáo/iu,
  /(?<![\p{L}])báo\s+cáo\s+(?:Sở|Cục|Bộ|Ban|Phòng|Ủy\s+ban|UBND|Văn\s+phòng|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Đảng\s+ủy|Trung\s+tâm|Tổng\s+cục)(?![\p{L}\d])/u,
  /^báo\s+cáo\s+kết\s+quả/iu,
];
/** "để tổng hợp, báo cáo Ban Tuyên giáo Tỉnh ủy": the issuer reports upward. */
const ISSUER_REPORT_RE = /(?:để|sẽ|nhằm)\s+(?:tổng\s+hợp\s*,?\s*(?:và\s+)?)?báo\s+cáo\s+\S*$/iu;

function reportMatches(sentence: string): boolean {
  for (const re of REPORT_REQUEST_RES) {
    const m = re.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length);
    if (ISSUER_REPORT_RE.test(before) && !/(?:^|\s)(?:gửi|nộp)\s/iu.test(sentence.slice(0, m.index))) {
      // the only mention is the issuer's own report: look for another one further on
      const rest = sentence.slice((m.index ?? 0) + m[0].length);
      if (rest.length > 5 && reportMatches(rest)) return true;
      continue;
    }
    return true;
  }
  return false;
}

/** A sentence asking recipients to report. */
export function isReportRequest(text: string): boolean {
  if (!/báo\s+cáo/iu.test(text)) return false;
  if (/báo\s+cáo\s+viên/iu.test(text) && !/báo\s+cáo(?!\s+viên)/iu.test(text)) return false;
  return reportMatches(text);
}

const REPORT_PHRASE_RE =
  /(?:gửi\s+|nộp\s+)?báo\s+cáo(?:\s+(?:kết\s+quả|tình\s+hình|tiến\s+độ|số\s+liệu))?(?:\s+(?:công\s+tác\s+)?(?:thực\s+hiện|triển\s+khai|tuyên\s+truyền))?|(?:tổng\s+hợp|cập\s+nhật|thống\s+kê)(?:\s+(?:kết\s+quả|số\s+liệu))?(?:\s+(?:thực\s+hiện|triển\s+khai|tuyên\s+truyền))?|kết\s+quả\s+(?:thực\s+hiện|triển\s+khai|tuyên\s+truyền)|gửi\s+kèm|kèm\s+theo/giu;
const STRONG_ACTION_RE =
  /(?<![\p{L}])(?:tuyên truyền|tổ chức|treo|đăng tải|đăng|phát sóng|xây dựng|triển khai|chỉ đạo|hướng dẫn|biên tập|sản xuất|mở|tăng cường|đẩy mạnh|cập nhật|lắp đặt|phổ biến|quán triệt|in ấn|cử|bố trí|rà soát|kiểm tra|tham mưu|phối hợp|chủ trì|đôn đốc|vận động|phản ánh|thực hiện|trang trí|phát hành|tiếp sóng|chuẩn bị|ban hành)(?![\p{L}])/u;

/** A part or paragraph whose only request is a report of results. */
export function isReportOnly(text: string): boolean {
  if (!/báo\s+cáo/iu.test(text)) return false;
  if (!isReportRequest(text) && !/^(?:chế\s+độ\s+(?:thông\s+tin,?\s+)?báo\s+cáo|báo\s+cáo(?:\s+kết\s+quả)?)\s*[:.]?\s*$/iu.test(text.trim())) {
    return false;
  }
  const rest = text.replace(REPORT_PHRASE_RE, ' ');
  const lowered = rest.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase());
  return !STRONG_ACTION_RE.test(lowered);
}

const RECURRENCE: [RegExp, string][] = [
  [/(?:hằng|hàng|mỗi)\s+ngày|định\s+kỳ\s+ngày/iu, 'daily'],
  [/(?:hằng|hàng|mỗi)\s+tuần|định\s+kỳ\s+tuần/iu, 'weekly'],
  [/(?:hằng|hàng|mỗi)\s+tháng|định\s+kỳ\s+tháng|báo\s+cáo\s+tháng/iu, 'monthly'],
  [/(?:hằng|hàng|mỗi)\s+quý|định\s+kỳ\s+quý|báo\s+cáo\s+quý/iu, 'quarterly'],
  [/(?:6|sáu)\s+tháng(?:\s+(?:một\s+lần|đầu\s+năm|cuối\s+năm))?|nửa\s+năm|bán\s+niên/iu, 'semiannual'],
  [/(?:hằng|hàng|mỗi)\s+năm|định\s+kỳ\s+năm|báo\s+cáo\s+năm/iu, 'yearly'],
];

/** Read the report clause from the body texts (parts and closing), in document order. */
export function readReport(texts: string[], docYear: number | null, docMonth: number | null = null): ReportClause {
  const r: ReportClause = { required: false, deadline: null, onRequest: false, recurrence: null };
  for (const text of texts) {
    if (!/báo\s+cáo/iu.test(text)) continue;
    for (const s of sentences(text)) {
      if (!isReportRequest(s)) continue;
      r.required = true;
      if (r.deadline === null) r.deadline = deadlinesIn(s, docYear, docMonth)[0] ?? null;
      if (/khi\s+có\s+yêu\s+cầu/iu.test(s)) r.onRequest = true;
      if (r.recurrence === null) {
        for (const [re, name] of RECURRENCE) {
          if (re.test(s)) {
            r.recurrence = name;
            break;
          }
        }
      }
    }
  }
  return r;
}
