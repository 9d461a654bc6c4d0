/** After the body: "Nơi nhận" (cc) and the signature block. */
import { AUTHORITY_RE, NOI_NHAN_RE, isAuthorityLine } from './lines';
import { BULLET_RE, collapse, isAllCaps, isPlaceholder, stripBullet, stripTrailingPunct } from './text';
import type { CcEntry, Signer } from './types';

const NOISE_RE =
  /^[([]?\s*(?:đã\s+ký|ký|ký\s+tên|ký,?\s+ghi\s+rõ\s+họ\s+tên|ký\s+và\s+đóng\s+dấu|ký\s+tên,?\s+đóng\s+dấu|đã\s+ký\s+và\s+đóng\s+dấu|chữ\s+ký|signed|dấu)[^)\]]{0,40}[)\]]?\s*$/iu;
const STAMP_RE = /^(?:Người\s+ký|Ký\s+bởi|Email|Cơ\s+quan|Thời\s+gian\s+ký|Ngày\s+ký|Chức\s+vụ)\s*:/iu;
const TITLE_WORDS =
  /(?:^|\s)(?:GIÁM ĐỐC|TRƯỞNG|PHÓ|CHỦ TỊCH|BÍ THƯ|CỤC TRƯỞNG|VỤ TRƯỞNG|THỦ TRƯỞNG|CHÁNH|HIỆU TRƯỞNG|TỔNG|ỦY VIÊN|UỶ VIÊN|BỘ TRƯỞNG|THỨ TRƯỞNG|VIỆN TRƯỞNG|CHUYÊN VIÊN|KẾ TOÁN|NGƯỜI|THƯ KÝ|CHỈ HUY)(?:\s|$)/u;

export function isNameLine(t: string): boolean {
  const s = t.trim();
  if (s.length > 60 || /\d/.test(s)) return false;
  return /^(?:\p{Lu}\p{Ll}*\.?\s+){1,5}\p{Lu}\p{Ll}*$/u.test(s);
}

function isCapsName(t: string): boolean {
  const s = t.trim();
  const words = s.split(/\s+/);
  return isAllCaps(s) && words.length >= 2 && words.length <= 5 && !TITLE_WORDS.test(s) && !/[.\d/]/.test(s) &&
    !/(?:^|\s)(?:SỞ|BỘ|BAN|PHÒNG|CỤC|VỤ|ỦY|UBND|HỘI|ĐOÀN|TỈNH|HUYỆN|XÃ|NHÂN DÂN)(?:\s|$)/u.test(s);
}

function isSignerTitle(t: string): boolean {
  return isAllCaps(t) && t.length <= 100 && TITLE_WORDS.test(t);
}

/** "PHÓ GIÁM ĐỐCLê Hải Yến" → title and name glued by a converter. */
function unglue(t: string): { head: string; name: string } | null {
  const m = /^(\P{Ll}*?\p{Lu}{2,}\.?)\s*(\p{Lu}\p{Ll}.*)$/u.exec(t.trim());
  if (!m || !isAllCaps(m[1] ?? '') || !isNameLine(m[2] ?? '')) return null;
  return { head: (m[1] ?? '').trim(), name: (m[2] ?? '').trim() };
}

function isNoise(t: string): boolean {
  return NOISE_RE.test(t) || isPlaceholder(t);
}

/** Where the body ends: "Nơi nhận", the authority line, or the signature after "./.". */
export function findBodyEnd(lines: string[], start: number): number {
  let end = -1;
  for (let i = start; i < lines.length; i++) {
    const t = lines[i] ?? '';
    if (NOI_NHAN_RE.test(t) || isAuthorityLine(t)) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    for (let i = lines.length - 1; i >= start; i--) {
      if (/\.\/\.\s*$/u.test(lines[i] ?? '')) return i + 1;
    }
    end = lines.length;
  }
  // a signature without authority line placed before "Nơi nhận" (or at the very end)
  let k = end;
  let sawTitle = false;
  while (k > start) {
    const t = lines[k - 1] ?? '';
    if (!t || isNoise(t) || isNameLine(t) || isCapsName(t) || unglue(t)) k--;
    else if (isSignerTitle(t)) {
      sawTitle = true;
      k--;
    } else break;
  }
  return sawTitle ? k : end;
}

function ccEntry(raw: string): CcEntry | null {
  const s = collapse(stripTrailingPunct(stripBullet(raw)));
  if (!s || isPlaceholder(s)) return null;
  if (/^Lưu(?![\p{L}\d])/iu.test(s)) return { name: s, purpose: null };
  const m = /^(.*\S)\s*\(([^()]{1,60})\)$/u.exec(s);
  if (m) return { name: (m[1] ?? '').trim(), purpose: collapse(m[2] ?? '') };
  return { name: s, purpose: null };
}

function isCcEntry(t: string): boolean {
  if (BULLET_RE.test(t) || /^Lưu(?![\p{L}\d])/iu.test(t)) return true;
  return !isAllCaps(t) && !isNameLine(t) && t.length <= 100 && /[;.]$/u.test(t) && !AUTHORITY_RE.test(t);
}

export type Tail = { cc: CcEntry[]; signer: Signer; unplaced: string[] };

export function readTail(lines: string[], from: number): Tail {
  const cc: CcEntry[] = [];
  const sig: string[] = [];
  const unplaced: string[] = [];
  let i = from;
  const n = lines.length;
  while (i < n) {
    const t = lines[i] ?? '';
    if (!t) { i++; continue; }
    if (NOI_NHAN_RE.test(t)) {
      const first = t.replace(NOI_NHAN_RE, '').trim();
      for (const piece of first ? first.split(/;\s*(?=\S)/u) : []) {
        const e = ccEntry(piece);
        if (e) cc.push(e);
      }
      i++;
      while (i < n) {
        const u = lines[i] ?? '';
        if (!u) {
          let k = i;
          while (k < n && !lines[k]) k++;
          if (k < n && BULLET_RE.test(lines[k] ?? '')) { i = k; continue; }
          break;
        }
        if (!isCcEntry(u)) break;
        const e = ccEntry(u);
        if (e) cc.push(e);
        i++;
      }
      continue;
    }
    if (isNoise(t) || STAMP_RE.test(t) || isAuthorityLine(t) || isAllCaps(t) || isNameLine(t) || unglue(t)) sig.push(t);
    else unplaced.push(t);
    i++;
  }
  const signer = readSigner(sig);
  return { cc, signer, unplaced };
}

export function readSigner(raw: string[]): Signer {
  const s: Signer = { name: null, title: null, authority: null };
  const stampName = raw.map((t) => /^(?:Người\s+ký|Ký\s+bởi)\s*:\s*(.+)$/iu.exec(t)?.[1]).find((x) => x && isNameLine(x.trim()));
  const lines = raw.filter((t) => !isNoise(t) && !STAMP_RE.test(t));
  let k = lines.findIndex(isAuthorityLine);
  const titles: string[] = [];
  if (k >= 0) {
    s.authority = collapse(lines[k] ?? '');
    k++;
    while (k < lines.length && isAuthorityLine(lines[k] ?? '')) s.authority += ` ${collapse(lines[k++] ?? '')}`;
  } else {
    k = lines.findIndex((t) => isSignerTitle(t) || (unglue(t) !== null && TITLE_WORDS.test(unglue(t)?.head ?? '')));
    if (k < 0) k = lines.length;
  }
  while (k < lines.length) {
    const t = lines[k] ?? '';
    const g = unglue(t);
    if (g) {
      titles.push(g.head);
      s.name = g.name;
      k++;
      break;
    }
    if (!isAllCaps(t) || (titles.length > 0 && isCapsName(t))) break;
    titles.push(collapse(t));
    k++;
  }
  if (titles.length > 0) s.title = titles.join(' ');
  if (!s.name) s.name = lines.slice(k).find((t) => isNameLine(t) || isCapsName(t))?.trim() ?? null;
  if (!s.name && stampName) s.name = stampName.trim();
  // "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" on one line
  if (s.authority && !s.title) {
    const m = /^((?:KT|K\/T|K\.T)[.\s]\s*.+?)\s+(PHÓ\s+.+)$/u.exec(s.authority);
    if (m) {
      s.authority = m[1] ?? s.authority;
      s.title = m[2] ?? null;
    }
  }
  return s;
}
