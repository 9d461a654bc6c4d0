/**
 * Normalise a directive's text before reading it: clean characters and markup, flatten
 * two-column blocks, drop page furniture, and join lines that a PDF broke mid-sentence.
 * Output: trimmed lines (one paragraph per line); blank lines separate blocks.
 */
import { flattenColumns } from './columns';
import { readLabel } from './labels';
import { isStructural, RULE_RE } from './lines';
import { PAGE_BREAK, sanitize, stripMarkup } from './markup';
import { endsSentence, isAllCaps, startsLower } from './text';

export type Normalised = { lines: string[]; notes: string[]; stampSigner: string | null };

const STAMP_START_RE = /^(?:Ký\s+bởi|Người\s+ký|Được\s+ký\s+bởi|Digitally\s+signed\s+by|Signature\s+Not\s+Verified|Signed\s+by)\s*:?/iu;
const STAMP_LINE_RE = /^(?:Email|E-mail|Cơ\s+quan|Chức\s+vụ|Thời\s+gian\s+ký|Ngày\s+ký|Date|Reason|Location|Lý\s+do)\s*:/iu;

/** Electronic signature stamps of e-office PDFs ("Ký bởi: …", "Email: …", "Thời gian ký: …"). */
function dropStamps(lines: string[], notes: string[]): { lines: string[]; signer: string | null } {
  const out: string[] = [];
  let signer: string | null = null;
  let inStamp = 0;
  let dropped = 0;
  for (const line of lines) {
    const t = line.trim();
    if (STAMP_START_RE.test(t)) {
      const who = /^Người\s+ký\s*:\s*(.+)$/iu.exec(t)?.[1]?.trim();
      if (who && /^(?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u.test(who)) signer = who;
      inStamp = 5;
      dropped++;
      continue;
    }
    if (inStamp > 0 && STAMP_LINE_RE.test(t)) {
      dropped++;
      continue;
    }
    if (t) inStamp = Math.max(0, inStamp - 1);
    out.push(line);
  }
  if (dropped > 0) notes.push(`đã bỏ ${dropped} dòng dấu chữ ký số (signature stamp)`);
  return { lines: out, signer };
}

const PAGE_NUMBER_RES = [
  /^(?:Trang|TRANG|Page|page)\s*\d{1,4}(?:\s*(?:\/|of|trên|\|)\s*\d{1,4})?$/u,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/u,
  /^\d{1,3}$/u,
  /^\d{1,3}\s*\/\s*\d{1,3}$/u,
];

function isPageFurniture(t: string): boolean {
  return t === PAGE_BREAK || PAGE_NUMBER_RES.some((re) => re.test(t));
}

/** Remove page numbers, page breaks and running headers repeated after them. */
function dropPageFurniture(lines: string[], notes: string[]): string[] {
  const firstLines = new Set(
    lines
      .slice(0, 40)
      .map((l) => l.trim())
      .filter((l) => l.length >= 8),
  );
  const out: string[] = [];
  let dropped = 0;
  let afterBreak = false;
  for (const line of lines) {
    const t = line.trim();
    if (t && isPageFurniture(t)) {
      dropped++;
      afterBreak = true;
      continue;
    }
    if (afterBreak && t && firstLines.has(t) && out.length > 40) {
      dropped++;
      continue; // running header repeated on a new page
    }
    if (t) afterBreak = false;
    out.push(line);
  }
  if (dropped > 0) notes.push(`đã bỏ ${dropped} dòng số trang/tiêu đề trang`);
  return out;
}

/** Is the text hard-wrapped (extracted from PDF)? Returns the wrap width, or 0. */
function wrapWidth(lines: string[]): number {
  const lens: number[] = [];
  let continuations = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i] ?? '';
    if (t.length >= 20) lens.push(t.length);
    const prev = lines[i - 1] ?? '';
    if (prev && t && startsLower(t) && !endsSentence(prev) && !isAllCaps(prev)) continuations++;
  }
  if (lens.length < 5 || continuations < 3) return 0;
  lens.sort((a, b) => a - b);
  const p90 = lens[Math.floor(lens.length * 0.9)] ?? 0;
  const long = lens.filter((n) => n > 140).length;
  if (long > lens.length * 0.05) return 0;
  return p90;
}

function startsContinuation(t: string): boolean {
  if (startsLower(t)) return true;
  // "25/3/2021." after "bắt đầu từ ngày", "(…)" after a name: digits or brackets that are not a label
  return /^[\d(“"]/u.test(t) && readLabel(t) === null;
}

/** Join lines broken in the middle of a sentence. */
function joinWrapped(lines: string[]): string[] {
  const width = wrapWidth(lines);
  const out: string[] = [];
  // the paragraph being built: its pieces are joined once it is complete (linear time)
  let pieces: string[] = [];
  let caps = false;
  const flush = () => {
    if (pieces.length > 0) out.push(pieces.join(' '));
    pieces = [];
  };
  for (const line of lines) {
    const last = pieces[pieces.length - 1];
    if (last && line && !caps && canJoin(last, pieces.length === 1, line, width)) {
      pieces.push(line);
      continue;
    }
    flush();
    if (line) {
      pieces.push(line);
      caps = isAllCaps(line);
    } else {
      out.push('');
    }
  }
  flush();
  return out;
}

/** May `line` continue the paragraph whose last line is `prev`? */
function canJoin(prev: string, prevIsFirst: boolean, line: string, width: number): boolean {
  if (endsSentence(prev) || /\/\.$/u.test(prev)) return false;
  if (readLabel(line) !== null || isStructural(line) || isAllCaps(line)) return false;
  if (startsContinuation(line)) return true;
  // a wrapped line that happens to start with a capital ("…vắc xin phòng" + "COVID-19 trên…")
  return width > 0 && prev.length >= width * 0.72 && !(prevIsFirst && isStructural(prev));
}

export function normalise(input: unknown): Normalised {
  const notes: string[] = [];
  const { text, debris } = sanitize(input);
  if (debris) notes.push('đã bỏ các ký tự điều khiển hoặc không phải chữ');
  let lines = text.split('\n').map(stripMarkup);
  lines = flattenColumns(lines);
  lines = lines.map((l) => l.replace(/[ \t]+/g, ' ').trim());
  lines = dropPageFurniture(lines, notes);
  const stamps = dropStamps(lines, notes);
  lines = stamps.lines;
  lines = lines.map((l) => (RULE_RE.test(l) ? '' : l));
  lines = joinWrapped(lines);
  return { lines, notes, stampSigner: stamps.signer };
}
