/** Dates in figures or words, and the rules that make a date a deadline. */

/** A date found in text; `inferred` when the year was taken from the document. */
export type DateHit = { iso: string; index: number; end: number; inferred: boolean };

export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > (days[m - 1] ?? 0)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DIGITS: Record<string, number> = {
  không: 0, linh: 0, lẻ: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5,
  sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10, giêng: 1, chạp: 12,
};

/** "15", "05", "mười lăm", "hai mươi mốt", "hai nghìn không trăm hai mươi mốt". Null when blank. */
export function parseViNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/[.…_,]+/g, ' ').trim();
  if (!s) return null;
  if (/^\d{1,4}$/.test(s)) return Number(s);
  const words = s.split(/\s+/);
  let total = 0;
  let current = 0;
  let seen = false; // a digit word since the last multiplier ("không trăm" is 0 × 100)
  let any = false;
  for (const w of words) {
    if (w === 'nghìn' || w === 'ngàn') {
      total += (seen ? current : 1) * 1000;
      current = 0;
      seen = false;
    } else if (w === 'trăm') {
      total += (seen ? current : 1) * 100;
      current = 0;
      seen = false;
    } else if (w === 'mươi') {
      current = (seen ? current : 1) * 10;
      seen = true;
    } else if (w in DIGITS) {
      current += DIGITS[w] ?? 0;
      seen = true;
    } else {
      return null;
    }
    any = true;
  }
  return any ? total + current : null;
}

const FIGURES_RE = /(?<!\d|\d[/\-.])(\d{1,2})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/gu;
const WORDS_RE = /(?<![\p{L}])(?:ngày|Ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?!\d)/gu;
const SHORT_RE = /(?<![\p{L}])(?:ngày|Ngày)\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?!\s*[/\-.]?\s*\d)/gu;

/** All dates in a text, in order; year-less dates take the document's year. */
export function findDates(text: string, docYear: number | null): DateHit[] {
  const hits: DateHit[] = [];
  if (!/\d/.test(text)) return hits;
  const push = (index: number, end: number, y: number | null, m: number, d: number, inferred = false) => {
    if (y === null) return;
    const iso = isoDate(y, m, d);
    if (iso) hits.push({ iso, index, end, inferred });
  };
  for (const m of text.matchAll(FIGURES_RE)) {
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, Number(m[4]), Number(m[3]), Number(m[1]));
  }
  for (const m of text.matchAll(WORDS_RE)) {
    const y = m[3] ? Number(m[3]) : docYear;
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, y, Number(m[2]), Number(m[1]), !m[3]);
  }
  for (const m of text.matchAll(SHORT_RE)) {
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, docYear, Number(m[2]), Number(m[1]), true);
  }
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: DateHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.index < last.end) continue; // overlapping: keep the longer, earlier match
    out.push(h);
  }
  return out;
}

/** Words right before a date that make it a deadline. */
const DEADLINE_BEFORE_RE =
  /(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?|(?:thời\s+)?hạn(?:\s+(?:chót|cuối|nộp|gửi|hoàn\s+thành|báo\s+cáo))?(?:\s+là)?|trong|không\s+muộn\s+hơn|không\s+quá|đến\s+hết|hoàn\s+thành\s+vào|xong\s+vào)\s*[:,]?\s*(?:\d{1,2}\s*(?:h|giờ|g)\s*\d{0,2}\s*(?:phút|')?\s*,?\s*)?(?:ngày|hôm)?\s*$/iu;
/** "trong" alone is too loose: only "trong ngày …" counts. */
const TRONG_ALONE_RE = /trong\s*$/iu;
/** End of a period: "từ ngày A đến ngày B", "từ A - B". */
const RANGE_END_RE = /(?:đến|tới)\s*(?:hết\s*)?(?:ngày\s*)?$|\s[-–]\s*(?:ngày\s*)?$/iu;
/** A period that asks nothing of the recipients. */
const PASSIVE_RE =
  /vắng mặt|đi công tác|nghỉ phép|nghỉ lễ|được nghỉ|được phát sóng|phát sóng trên|lịch phát sóng|diễn ra|được tổ chức|sẽ tổ chức|sẽ được|khai mạc|bế mạc|tham dự|học tập tại|phát lại vào|lên sóng|có hiệu lực/iu;
const RECURRING_RE = /(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|năm)|định\s+kỳ/iu;
/** The start of something: never a deadline. */
const START_RE = /(?:bắt\s+đầu|khởi\s+công|khai\s+mạc|kể)\s+từ\s*(?:ngày\s*)?$/iu;

/** Text of the clause around a position (between ";"/sentence ends). */
function clauseAround(text: string, index: number, end: number): string {
  let a = index;
  while (a > 0 && !/[;.!?]/u.test(text[a - 1] ?? '') && index - a < 300) a--;
  // a full stop inside a date ("10.12.2020") or an abbreviation does not end the clause; accept the approximation
  let b = end;
  while (b < text.length && !/[;!?]/u.test(text[b] ?? '') && !(text[b] === '.' && /\s/u.test(text[b + 1] ?? ' ')) && b - end < 300) b++;
  return text.slice(a, b);
}

/** Is the date at this hit a deadline, by the contract's rules? */
export function isDeadline(text: string, hit: DateHit): boolean {
  const before = text.slice(Math.max(0, hit.index - 80), hit.index);
  if (START_RE.test(before)) return false;
  // "định kỳ hằng năm (trước ngày 15/12)": a day that recurs every period, not one deadline
  if (hit.inferred && RECURRING_RE.test(clauseAround(text, hit.index, hit.end))) return false;
  if (DEADLINE_BEFORE_RE.test(before)) {
    if (TRONG_ALONE_RE.test(before) && !/ngày\s*$/iu.test(before) && !/^ngày/iu.test(text.slice(hit.index))) return false;
    return true;
  }
  if (RANGE_END_RE.test(before)) {
    const clause = clauseAround(text, hit.index, hit.end);
    const startsRange = /từ\s+(?:ngày\s+)?\d|từ\s+nay|từ\s+ngày/iu.test(clause);
    const dash = /\s[-–]\s*(?:ngày\s*)?$/iu.test(before);
    if (dash && !/từ\s+(?:ngày\s+)?\d/iu.test(before)) return false; // "(28/11/1820 - 28/11/2020)"
    if (!startsRange && !/đến\s+hết/iu.test(before)) {
      // "thực hiện đến ngày B" without a start: still the end of the time to act
      if (PASSIVE_RE.test(clause)) return false;
      return /(?:thực hiện|treo|tuyên truyền|triển khai|hoàn thành|duy trì|đăng|phát|cập nhật|tổ chức)/iu.test(clause);
    }
    return !PASSIVE_RE.test(clause);
  }
  return false;
}

/**
 * Deadlines of a text in order of appearance. A year-less deadline well before the
 * document's month ("trước ngày 10/01" in a December letter) falls in the next year.
 */
export function deadlinesIn(text: string, docYear: number | null, docMonth: number | null = null): string[] {
  return findDates(text, docYear)
    .filter((h) => isDeadline(text, h))
    .map((h) => {
      const month = Number(h.iso.slice(5, 7));
      if (!h.inferred || docMonth === null || docYear === null || month >= docMonth - 2) return h.iso;
      return isoDate(docYear + 1, month, Number(h.iso.slice(8, 10))) ?? h.iso;
    });
}
