/**
 * Lines of one PDF page in reading order, from positioned text pieces, shaped the way the
 * parser reads flattened columns:
 * - pieces on one baseline form a line, left to right, with spaces where gaps call for them;
 * - a column gap inside a line (the official two-column header, "Nơi nhận" beside the
 *   signature) becomes " | "; text alone in one column of such a block gets "| " before
 *   it (right column) or " |" after it (left column);
 * - the lines of one paragraph are joined where the page shows it and the text alone would
 *   not (a justified line reaching the margin, a centred subject wrapped in its cell);
 * - a large vertical gap leaves a blank line.
 */

/** A piece of text on the page. Coordinates are in points, y grows downwards, at the baseline. */
export type Piece = {
  str: string;
  x: number;
  y: number;
  /** advance width of the piece */
  w: number;
  /** font size (height of the text) */
  size: number;
  /** position in the page's content stream */
  order: number;
};

type Line = { y: number; size: number; pieces: Piece[]; clusters: Piece[][] };

const isBlank = (s: string): boolean => !/\S/u.test(s);

/** Blanks left for a hand-written number or day: "Số:      /STTTT", "ngày      tháng 11". */
const BLANK_FIELD_LEFT_RE = /(?:^|\s)(?:Số|SỐ|số)\s*:?\s*$|(?:ngày|tháng|Ngày|NGÀY|THÁNG)\s*$/u;
const BLANK_FIELD_RIGHT_RE = /^\s*(?:[/.…_-]|tháng|năm|THÁNG|NĂM)/u;
const KINH_GUI_END_RE = /(?:Kính|KÍNH)\s+(?:gửi|GỬI)\s*:?\s*$/u;

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Pieces (with text) grouped by baseline, top to bottom, each line left to right. */
function groupLines(content: Piece[]): Line[] {
  const sorted = [...content].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const p of sorted) {
    const size: number = p.size > 0 ? p.size : (current?.size ?? 10);
    // baselines of one line differ by rounding or a change of font size; the next line is a full line away
    if (current && Math.abs(p.y - current.y) <= 0.45 * Math.min(size, current.size)) {
      current.pieces.push(p);
      current.size = Math.max(current.size, size);
      continue;
    }
    current = { y: p.y, size, pieces: [p], clusters: [] };
    lines.push(current);
  }
  for (const l of lines) l.pieces.sort((a, b) => a.x - b.x || a.order - b.order);
  return lines;
}

/**
 * Splits each line into clusters at column gaps. A gap is a column gap when it is very wide
 * (3 em), or wider than any word space (0.8 em) where the content stream jumps: generators
 * draw a table cell by cell, so the right cell's text is not next to the left cell's in the
 * stream ("UBND TỈNH LẠNG SƠN" and "CỘNG HÒA…" are often only 1.4 em apart).
 */
function splitClusters(lines: Line[], textLeft: number, textWidth: number): void {
  const lineOf = new Map<number, Line>();
  for (const l of lines) for (const p of l.pieces) lineOf.set(p.order, l);
  const jumps = (a: Piece, b: Piece, line: Line): boolean => {
    if (a.order > b.order) return true; // the right piece was drawn first
    if (b.order - a.order > 2000) return true; // far apart in the stream: not one run of text
    for (let o = a.order + 1; o < b.order; o++) {
      const other = lineOf.get(o);
      if (other && other !== line) return true;
    }
    return false;
  };
  for (const line of lines) {
    let cluster: Piece[] = [];
    let prev: Piece | null = null;
    for (const p of line.pieces) {
      if (prev) {
        const gap = p.x - (prev.x + prev.w);
        const em = Math.max(line.size, 1);
        const farRight = p.x >= textLeft + 0.25 * textWidth;
        if (farRight && gap >= 0.8 * em && (gap >= 3 * em || jumps(prev, p, line))) {
          const left = cluster.map((c) => c.str).join(' ');
          const blankField = BLANK_FIELD_LEFT_RE.test(left) && BLANK_FIELD_RIGHT_RE.test(p.str);
          // "Kính gửi:<tab>- Sở Y tế;" is the first recipient, not a column
          if (!blankField && !KINH_GUI_END_RE.test(left)) {
            line.clusters.push(cluster);
            cluster = [];
          }
        }
      }
      cluster.push(p);
      prev = p;
    }
    if (cluster.length > 0) line.clusters.push(cluster);
  }
}

/** Text of a cluster: pieces joined with a space where the gap (or a space piece) warrants one. */
function clusterText(cluster: Piece[], spaces: Piece[], size: number): string {
  let out = '';
  let prev: Piece | null = null;
  for (const p of cluster) {
    if (prev) {
      const end = prev.x + prev.w;
      const gap = p.x - end;
      const spaceBetween = spaces.some((s) => s.x >= end - 0.5 && s.x <= p.x + 0.5);
      const hasSpace = /\s$/u.test(out) || /^\s/u.test(p.str);
      if (!hasSpace && (gap > 0.18 * size || (spaceBetween && gap > 0.02 * size))) out += ' ';
    }
    out += p.str;
    prev = p;
  }
  return out.replace(/[ \t]+$/u, '').replace(/^[ \t]+/u, '');
}

/** Lines that open a list item or a heading: never the continuation of the line above. */
const LIST_START_RE =
  /^(?:[-–—+•·▪◦○●■□♦❖➢►✓]\s|\d{1,2}(?:\.\d{1,2})*[.)]?\s|\(\d{1,2}\)|\(?[a-zđ]\)\s|[a-zđ]\.\s|[IVXLC]{1,6}[.)\-–]\s|(?:Điều|Chương|Mục|Phần|ĐIỀU|CHƯƠNG|MỤC|PHẦN)\s+(?:[IVXLC]+|\d{1,3})\b|Kính\s+gửi)/u;

/** The typical distance between baselines of one paragraph on this page. */
function linePitch(lines: Line[], size: number): number {
  const deltas: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (!a || !b) continue;
    const d = b.y - a.y;
    if (d >= 0.9 * size && d <= 2.5 * size) deltas.push(d);
  }
  if (deltas.length < 3) return 1.25 * size;
  deltas.sort((x, y) => x - y);
  return deltas[Math.floor(deltas.length * 0.25)] ?? 1.25 * size;
}

/** Lines of one page's text, in reading order. */
export function pageLines(pieces: Piece[]): string[] {
  const content = pieces.filter((p) => !isBlank(p.str));
  if (content.length === 0) return [];
  const spaces = pieces.filter((p) => isBlank(p.str) && p.str.length > 0);
  let textLeft = Infinity;
  let textRight = -Infinity;
  for (const p of content) {
    textLeft = Math.min(textLeft, p.x);
    textRight = Math.max(textRight, p.x + p.w);
  }
  const textWidth = Math.max(textRight - textLeft, 1);
  const lines = groupLines(content);
  splitClusters(lines, textLeft, textWidth);
  const size = median(content.map((p) => p.size).filter((s) => s > 0)) || 10;
  const pitch = linePitch(lines, size);

  // where the right column starts, on lines that have two clusters
  const rightStart = lines.map((l) => (l.clusters.length >= 2 ? (l.clusters[1]?.[0]?.x ?? null) : null));
  const nearbyRightStart = (i: number): number | null => {
    let best: number | null = null;
    const line = lines[i];
    if (!line) return null;
    for (let j = Math.max(0, i - 10); j < Math.min(lines.length, i + 11); j++) {
      const x = rightStart[j];
      const other = lines[j];
      if (x === null || x === undefined || !other || Math.abs(other.y - line.y) > 15 * size) continue;
      best = best === null ? x : Math.min(best, x);
    }
    return best;
  };

  const spacesByLine = attachSpaces(lines, spaces);
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const gapAbove = !!prev && line.y - prev.y > Math.max(1.3 * pitch, pitch + 0.25 * size);
    const texts = line.clusters.map((c) => clusterText(c, spacesByLine[i] ?? [], line.size)).filter((t) => t.length > 0);
    if (texts.length === 0) return;
    const first = line.clusters[0] ?? [];
    const last = line.clusters[line.clusters.length - 1] ?? [];
    const start = first[0]?.x ?? textLeft;
    const lastPiece = last[last.length - 1];
    const end = lastPiece ? lastPiece.x + lastPiece.w : start;
    const right = nearbyRightStart(i);
    const row: Row = { text: texts.join(' | '), kind: 'plain', start, end, y: line.y, size: line.size, gapAbove, right };
    if (texts.length >= 2) row.kind = 'columns';
    else if (right !== null && start >= right - line.size && start >= textLeft + 0.3 * textWidth && !LIST_START_RE.test(row.text)) row.kind = 'right';
    rows.push(row);
  });
  markLeftColumn(rows, size);
  return render(reflow(rows, textLeft, textRight));
}

/**
 * Text alone in the left column between column rows ("THÔNG" under "SỞ THÔNG TIN VÀ
 * TRUYỀN | …", the rest of "Nơi nhận" beside the signature space) gets a trailing "|" so
 * the parser keeps it in the same two-column block instead of closing the block early.
 */
function markLeftColumn(rows: Row[], size: number): void {
  const isColumn = (r: Row | undefined): boolean => r?.kind === 'columns' || r?.kind === 'right';
  rows.forEach((r, i) => {
    if (r.kind !== 'plain' || r.right === null || r.end > r.right) return;
    let above = false;
    let below = false;
    for (let j = i - 1; j >= Math.max(0, i - 10) && !above; j--) above = isColumn(rows[j]) && r.y - (rows[j]?.y ?? 0) <= 15 * size;
    for (let j = i + 1; j <= Math.min(rows.length - 1, i + 10) && !below; j++) below = isColumn(rows[j]) && (rows[j]?.y ?? 0) - r.y <= 15 * size;
    if (above && below) r.kind = 'left';
  });
}

type Row = {
  text: string;
  /** plain text, a row of columns, or text alone in the left or right column of a column block */
  kind: 'plain' | 'columns' | 'left' | 'right';
  start: number;
  end: number;
  y: number;
  size: number;
  /** a paragraph gap separates it from the line above */
  gapAbove: boolean;
  /** where the right column starts on nearby column rows, if any */
  right: number | null;
};

/** Space pieces of each line (binary search on the baselines). */
function attachSpaces(lines: Line[], spaces: Piece[]): Piece[][] {
  const out: Piece[][] = lines.map(() => []);
  for (const s of spaces) {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lines[mid]?.y ?? 0) < s.y) lo = mid + 1;
      else hi = mid;
    }
    for (const k of [lo - 1, lo]) {
      const l = lines[k];
      if (l && Math.abs(l.y - s.y) <= 0.45 * l.size) {
        out[k]?.push(s);
        break;
      }
    }
  }
  return out;
}

/**
 * Joins the lines of one paragraph where the page shows it and the text alone would not:
 * a justified line that reaches the right margin followed by one at the left margin
 * ("…Nhân dân." + "Đăng tải…" is one paragraph), and a line followed by one that starts in
 * lower case (the wrapped "V/v" subject, "…2020 - 2025;" + "tuyên truyền…"). Lines that
 * start a list item, column rows and lines after a paragraph gap are never joined.
 */
function reflow(rows: Row[], textLeft: number, textRight: number): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (prev && canJoin(prev, row, textLeft, textRight)) {
      const glued = /\p{L}-$/u.test(prev.text) && /^[\p{L}\d]/u.test(row.text);
      prev.text = glued ? prev.text + row.text : `${prev.text} ${row.text}`;
      prev.end = row.end;
      continue;
    }
    out.push({ ...row });
  }
  return out;
}

function canJoin(a: Row, b: Row, textLeft: number, textRight: number): boolean {
  if (b.gapAbove || a.kind === 'columns' || b.kind !== a.kind) return false;
  if (Math.abs(a.size - b.size) > 0.15 * Math.max(a.size, b.size)) return false;
  if (LIST_START_RE.test(b.text) || STARTS_BLOCK_RE.test(b.text)) return false;
  const em = a.size;
  const open = !/[.:!?]$/u.test(a.text);
  const wrapped = a.kind === 'plain' && a.end >= textRight - 1.5 * em && b.start <= textLeft + 0.5 * em;
  const continues = open && /^\p{Ll}/u.test(b.text);
  // a block centred in the left column: the wrapped "V/v …" subject ("… vắc xin phòng" + "COVID-19")
  const centred =
    open &&
    a.kind !== 'right' &&
    !isAllCaps(a.text) &&
    !/^(?:Số|SỐ)\b/u.test(a.text) &&
    a.end < textRight - 2 * em && // not a justified body line
    b.start > textLeft + 0.5 * em && // nor a left-aligned one
    Math.abs((a.start + a.end) / 2 - (b.start + b.end) / 2) <= em;
  return wrapped || continues || centred;
}

/** Lines that open a block of their own in the header or tail. */
const STARTS_BLOCK_RE = /^(?:V\s?\/\s?[vV]\b|Về\s+việc|VỀ\s+VIỆC|Kính\s+gửi|KÍNH\s+GỬI|Nơi\s+nhận|NƠI\s+NHẬN|Số\s*:|SỐ\s*:)/u;

function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toUpperCase();
}

function render(rows: Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (r.gapAbove && out.length > 0) out.push('');
    out.push(r.kind === 'right' ? `| ${r.text}` : r.kind === 'left' ? `${r.text} |` : r.text);
  }
  return out;
}
