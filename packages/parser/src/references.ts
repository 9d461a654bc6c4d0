/** Documents a directive is based on: "Kế hoạch số 02-KH/TU ngày 13/11/2020 của Tỉnh ủy Lạng Sơn". */
import { findDates } from './dates';
import type { Reference } from './types';
import { kindFromNumber, startsWithOrgHead } from './vocab';

const DOC_WORDS =
  'Kế hoạch|Hướng dẫn|Công văn|Văn bản|Quyết định|Chỉ thị|Nghị quyết|Thông báo|Báo cáo|Chương trình|Công điện|Thông tư liên tịch|Thông tư|Nghị định|Kết luận|Quy định|Quy chế|Đề án|Phương án|Tờ trình|Luật|Pháp lệnh|Giấy mời|Thông tri|Chỉ thị|Điện';

const NUMBER = String.raw`\d{1,5}[a-zA-Z]?(?:\s?\/\s?\d{4})?\s?[/-]\s?[\p{L}][\p{L}\d&.]*(?:[/-][\p{L}\d&.]+){0,4}`;

const REF_RE = new RegExp(`(?<![\\p{L}])(${DOC_WORDS})\\s+(?:số\\s*:?\\s*)?(${NUMBER})`, 'giu');

/** Lower-case words that end an issuer's name ("… của Tỉnh ủy Lạng Sơn tổ chức…"). */
const STOP_WORDS = new Set(
  (
    'về v/v việc tổ tuyên triển thực hướng quy phê tăng đẩy chỉ kỷ phát giao điều sửa bổ phòng chống ' +
    'đối nhằm để trong tại năm số ngày hưởng tiếp học quán lãnh chào xây góp cung đề yêu gửi kèm nêu ' +
    'đã sẽ được đến cho với theo tham chuẩn lấy đăng tổng sơ đánh tập ký mở nâng hỗ là có ngăn triệu'
  ).split(' '),
);
/** Lower-case words that may follow another lower-case word inside a name ("Ủy ban nhân dân tỉnh"). */
const NAME_LOWER = new Set(
  'và nhân dân tỉnh huyện thành phố thị xã quận phường thị trấn các trung ương'.split(' '),
);

/** "của X" → X, cut before the first word that cannot belong to a name. */
export function readIssuerAfter(text: string): string | null {
  const m = /(?<![\p{L}])của\s+/u.exec(text);
  if (!m) return null;
  const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  const tokens = tail.split(/(\s+|,|;|\.(?=\s|$)|\(|\)|:)/u).filter((t) => t && !/^\s+$/u.test(t));
  const out: string[] = [];
  let prevCap = false;
  for (let i = 0; i < tokens.length && out.length < 16; i++) {
    const tok = tokens[i] ?? '';
    if (tok === ',') {
      // "Bộ Văn hóa, Thể thao và Du lịch" continues; ", Sở …" or ", đề nghị" ends
      const next = tokens.slice(i + 1, i + 5).join(' ');
      if (/^\p{Lu}/u.test(next) && !startsWithOrgHead(next)) {
        out.push(',');
        prevCap = false;
        continue;
      }
      break;
    }
    if (/^[;.():]$/u.test(tok)) break;
    if (/^\p{Ll}/u.test(tok)) {
      if (STOP_WORDS.has(tok) || !(prevCap || NAME_LOWER.has(tok))) break;
      prevCap = false;
    } else {
      prevCap = /^\p{Lu}/u.test(tok);
    }
    out.push(tok);
  }
  while (out.length && /^(?:và|các|,|-|–)$/u.test(out[out.length - 1] ?? '')) out.pop();
  const name = out.join(' ').replace(/\s+,/gu, ',');
  return name && /^\p{Lu}/u.test(name) ? name : null;
}

/** Every referenced document in a text, in order, without repeats. */
export function readReferences(text: string, docYear: number | null): Reference[] {
  const found: { word: string; number: string; index: number; end: number }[] = [];
  for (const m of text.matchAll(REF_RE)) {
    const number = (m[2] ?? '').replace(/\s+/g, '').replace(/[.\-/]+$/u, '');
    if (!/\p{L}/u.test(number)) continue;
    found.push({ word: m[1] ?? '', number, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  const refs: Reference[] = [];
  const seen = new Set<string>();
  found.forEach((f, k) => {
    if (seen.has(f.number)) return;
    seen.add(f.number);
    const stop = Math.min(found[k + 1]?.index ?? text.length, f.end + 300);
    const window = text.slice(f.end, stop);
    // the date right after the number ("… ngày 13/11/2020"), before any other words
    const dateHit = findDates(window, docYear).find((d) => d.index < 40);
    // "của X" counts only right after the number and its date ("… ngày 13/11/2020 của Tỉnh ủy")
    const cua = /(?<![\p{L}])của\s/u.exec(window);
    let issuer: string | null = null;
    if (cua) {
      const gap = window.slice(0, cua.index).replace(/ngày|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|tháng|năm|\d+|[\s,]/gu, '');
      if (gap.length <= 2) issuer = readIssuerAfter(window.slice(cua.index, cua.index + 220));
    }
    refs.push({ number: f.number, kind: kindFromNumber(f.number), date: dateHit ? dateHit.iso : null, issuer });
  });
  return refs;
}
