/** Header block: issuer, number/symbol, kind, place and date, subject (trích yếu). */
import { parseViNumber, isoDate } from './dates';
import { readLabel } from './labels';
import {
  BASIS_RE,
  DATE_ONLY_RE,
  KINH_GUI_RE,
  MOTTO_RE,
  NATIONAL_RE,
  PARTY_RE,
  PLACE_DATE_RE,
  SUBJECT_RE,
  NUMBER_LINE_RE,
  URGENCY_RE,
  isStructural,
  readKindHeading,
} from './lines';
import { readRecipients } from './recipients';
import { collapse, isAllCaps } from './text';
import type { IssuedDate } from './types';
import { kindFromNumber, startsWithOrgHead } from './vocab';

export type Header = {
  issuer: string | null;
  kind: string | null;
  number: string | null;
  symbol: string | null;
  place: string | null;
  issued: IssuedDate | null;
  subject: string | null;
  recipients: string[] | null; // null: no "Kính gửi" in the header
  bodyStart: number;
  warnings: string[];
};

/** "Số: 356 /STTTT-TTBCXB", "Số 369-CV/BTGTU", "Số: /STTTT-TTBCXB", "Số: 15/2021/QĐ-UBND". */
export function readNumber(line: string): { number: string | null; symbol: string | null } {
  const body = line.replace(/^(?:Số|SỐ|Sô)\s*[:.]?\s*/u, '').replace(/\s*([/-])\s*/gu, '$1');
  const m = /^(\d+[a-zA-Z]?)?[.…_\s]*((?:\/\d{4})?)([/-])([\p{L}\d][\p{L}\d&.\-/]*)/u.exec(body);
  if (!m) return { number: null, symbol: null };
  const symbol = (m[4] ?? '').replace(/[.\-/]+$/u, '');
  if (!symbol) return { number: null, symbol: null };
  const digits = m[1];
  return { number: digits ? `${digits}${m[2] ?? ''}${m[3] ?? ''}${symbol}` : null, symbol };
}

/** "Lạng Sơn, ngày 04 tháng 12 năm 2020" (blank day/month allowed, figures or words). */
export function readPlaceDate(line: string): { place: string | null; issued: IssuedDate | null } | null {
  const t = collapse(line);
  const pm = PLACE_DATE_RE.exec(t);
  if (!pm && !DATE_ONLY_RE.test(t)) return null;
  const place = pm ? collapse(pm[1] ?? '').replace(/[.,]+$/u, '') || null : null;
  const rest = pm ? t.slice(pm[0].length - 4) : t;
  const wm = /ngày\s*(.*?)\s*tháng\s*(.*?)\s*năm\s*(.*?)\s*[.)]?$/iu.exec(rest);
  if (wm) {
    return {
      place,
      issued: {
        day: range(parseViNumber(wm[1] ?? ''), 1, 31),
        month: range(parseViNumber(wm[2] ?? ''), 1, 12),
        year: range(parseViNumber(wm[3] ?? ''), 1900, 2999),
      },
    };
  }
  const fm = /ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu.exec(rest);
  if (fm) {
    const [d, m, y] = [Number(fm[1]), Number(fm[2]), Number(fm[3])];
    if (isoDate(y, m, d)) return { place, issued: { day: d, month: m, year: y } };
  }
  return { place, issued: null };
}

function range(n: number | null, lo: number, hi: number): number | null {
  return n !== null && n >= lo && n <= hi ? n : null;
}

/** Issuer from the upper-case lines of the header's left column. */
export function issuerFrom(org: string[]): string | null {
  if (org.length === 0) return null;
  let k = -1;
  org.forEach((l, j) => {
    if (startsWithOrgHead(l)) k = j;
  });
  if (k < 0) k = org.length === 1 ? 0 : org.length - 1;
  return collapse(org.slice(k).join(' ')) || null;
}

function canContinueSubject(t: string, subject: string, kindSubject: boolean): boolean {
  if (!t || isStructural(t) || BASIS_RE.test(t) || readLabel(t) || URGENCY_RE.test(t)) return false;
  if (/[.;:]$/u.test(subject)) return false;
  if (isAllCaps(t) && !isAllCaps(subject)) return false;
  return kindSubject ? t.length <= 200 : t.length <= 80;
}

/** First line under a kind heading: its subject ("Thực hiện Chương trình…" too), not the basis paragraph. */
function isKindSubjectStart(t: string): boolean {
  if (!t || isStructural(t) || readLabel(t) || /^Căn\s+cứ/u.test(t)) return false;
  return t.length <= 300 && !/[:;,]\s*$/u.test(t) && !(BASIS_RE.test(t) && /[.]\s*$/u.test(t));
}

/** A place and date glued to the end of another header line ("Số: 12/UBND-VX Lạng Sơn, ngày 05 tháng 3 năm 2021"). */
const TRAILING_DATE_RE =
  /\s((?:[\p{Lu}][\p{L}.’'-]*\s?){1,5}),\s*(?:ngày|Ngày)\s+(?:[\d.…_ ]*\s*tháng\s+[\d.…_ ]*\s*năm\s+\d{4}|\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})\s*\.?$/u;
const INLINE_MOTTO_RE = /\s*(?:(?:CỘNG HÒA|CỘNG HOÀ)\s+XÃ HỘI CHỦ NGHĨA\s+VIỆT NAM|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)\s*/gu;

function splitTrailingDate(t: string): [string, string | null] {
  const m = TRAILING_DATE_RE.exec(t);
  if (!m || m.index === 0) return [t, null];
  const head = t.slice(0, m.index).trim();
  // only after a number, a subject or an upper-case name: never inside "Lạng Sơn, ngày …" itself
  if (!NUMBER_LINE_RE.test(head) && !SUBJECT_RE.test(head) && !isAllCaps(head)) return [t, null];
  return [head, t.slice(m.index + 1).trim()];
}

function stripSubjectPrefix(s: string): string {
  return s.replace(SUBJECT_RE, '').replace(/^(?:Về|VỀ)\s+(?=\p{L})/u, '').trim();
}

export function readHeader(lines: string[]): Header {
  const h: Header = {
    issuer: null, kind: null, number: null, symbol: null, place: null, issued: null,
    subject: null, recipients: null, bodyStart: 0, warnings: [],
  };
  const org: string[] = [];
  let orgClosed = false;
  let headingKind: string | null | undefined;
  let i = 0;
  const n = lines.length;
  const takeDate = (line: string | null) => {
    const pd = line && h.issued === null && h.place === null ? readPlaceDate(line) : null;
    if (pd) {
      h.place = pd.place;
      h.issued = pd.issued;
    }
  };
  while (i < n) {
    const raw = lines[i] ?? '';
    if (!raw) { i++; continue; }
    if (NATIONAL_RE.test(raw) || MOTTO_RE.test(raw) || PARTY_RE.test(raw) || URGENCY_RE.test(raw)) { i++; continue; }
    // columns flattened with single spaces: drop the motto, cut off a trailing place and date
    const [t, glued] = splitTrailingDate(raw.replace(INLINE_MOTTO_RE, ' ').trim() || raw);
    if (NUMBER_LINE_RE.test(t) && h.symbol === null) {
      Object.assign(h, readNumber(t));
      takeDate(glued);
      orgClosed = true;
      // "Số: 12/UBND-VX V/v tuyên truyền …" on one line
      const vv = /\s(?=(?:V\s?\/\s?[vV]|Về\s+việc)[\s:.])/u.exec(t);
      if (vv && h.subject === null) h.subject = collapse(stripSubjectPrefix(t.slice(vv.index + 1))) || null;
      i++;
      continue;
    }
    // "V/v …", "Về việc …", or a bare "Về …" once the header has begun (Party style)
    const bareVe = /^(?:Về|VỀ)\s+(?=\p{Ll})/u.test(t) && (h.symbol !== null || org.length > 0);
    if ((SUBJECT_RE.test(t) || bareVe) && h.subject === null) {
      takeDate(glued);
      let subject = stripSubjectPrefix(t);
      i++;
      while (i < n && canContinueSubject(lines[i] ?? '', subject, false)) subject += ` ${lines[i++]}`;
      h.subject = collapse(subject) || null;
      orgClosed = true;
      continue;
    }
    const pd = h.issued === null && h.place === null ? readPlaceDate(t) : null;
    if (pd) {
      h.place = pd.place;
      h.issued = pd.issued;
      i++;
      continue;
    }
    const kh = headingKind === undefined ? readKindHeading(t) : null;
    if (kh) {
      headingKind = kh.code;
      orgClosed = true;
      i++;
      let subject = kh.rest;
      while (i < n && !lines[i]) i++;
      while (i < n && (subject === '' ? isKindSubjectStart(lines[i] ?? '') : canContinueSubject(lines[i] ?? '', subject, true))) {
        subject = subject ? `${subject} ${lines[i]}` : (lines[i] ?? '');
        i++;
      }
      if (subject && h.subject === null) h.subject = collapse(stripSubjectPrefix(subject)) || null;
      continue;
    }
    if (KINH_GUI_RE.test(t)) {
      const r = readRecipients(lines, i);
      h.recipients = r.recipients;
      i = r.end;
      break;
    }
    if (isAllCaps(t) && t.length <= 120 && !readLabel(t) && !orgClosed) {
      org.push(t);
      takeDate(glued);
      i++;
      continue;
    }
    break;
  }
  h.bodyStart = i;
  h.issuer = issuerFrom(org);
  h.kind = headingKind !== undefined ? headingKind : h.symbol ? kindFromNumber(h.symbol) : null;
  if (h.issuer === null) h.warnings.push('không thấy cơ quan ban hành ở phần đầu văn bản');
  if (h.symbol === null) h.warnings.push('không thấy số, ký hiệu văn bản');
  else if (h.number === null) h.warnings.push('số văn bản để trống');
  if (h.issued === null) h.warnings.push('không thấy ngày ban hành');
  else if (h.issued.day === null) h.warnings.push('ngày ban hành để trống');
  return h;
}
