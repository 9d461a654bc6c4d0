/**
 * Two-column blocks (header: issuer | national motto; footer: Nơi nhận | signer) flattened
 * into one line per row, with "|" (PDF extraction, markdown tables) or runs of spaces/tabs.
 * Each block is rewritten as its left column, a blank line, then its right column.
 */
import { BASIS_RE, KINH_GUI_RE, NOI_NHAN_RE } from './lines';
import { readLabel } from './labels';

type Row = { cells: string[] } | null; // null: not a column row

/** Markdown table separator "|---|:---:|" and grid-table borders "+----+----+" (tested on trimmed lines). */
const MD_SEPARATOR_RE = /^\|?(?: ?:?-{2,}:? ?\|)*(?: ?:?-{2,}:? ?)\|?$/u;
const GRID_BORDER_RE = /^\+[-=:+]+\+$/u;

function splitCells(cell: string): string[] {
  return cell
    .split(/<br\s*\/?>|\\n/iu)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

function pipeRow(line: string): Row {
  if (line.indexOf('|') < 0) return null;
  const t = line.trim();
  const md = t.startsWith('|') && t.endsWith('|') && t.length > 1;
  if (!md && !/\s\|(?:\s|$)|^\|\s|\s\|$/u.test(t)) return null;
  const inner = md ? t.slice(1, -1) : t;
  return { cells: inner.split('|') };
}

/** Blanks left for a hand-written day or number ("ngày      tháng 12", "Số:      /STTTT") are not column gaps. */
function closeBlankFields(line: string): string {
  return line
    .replace(/(ngày|Ngày|NGÀY)\s{2,}(?=[.…_]*\s*(?:tháng|THÁNG))/gu, '$1 ')
    .replace(/(tháng|THÁNG)\s{2,}(?=[.…_]*\s*(?:năm|NĂM))/gu, '$1 ')
    .replace(/((?:Số|SỐ)\s*:?)\s{2,}(?=[.…_]*\s*[/-])/gu, '$1 ');
}

function spaceRow(raw: string): Row {
  const line = closeBlankFields(raw);
  if (!/\S(?:\s{3,}|\t)\S|^(?:\s{8,}|\t+)\S/u.test(line)) return null;
  const indented = /^(?:\s{8,}|\t+)\S/u.test(line);
  const cells = line.trim().split(/\s{3,}|\t+/u);
  return { cells: indented ? ['', ...cells] : cells };
}

/** Zone where space-separated columns are trusted: the header and the footer. */
function spaceZones(lines: string[]): boolean[] {
  const ok = new Array<boolean>(lines.length).fill(false);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    if (!t) continue;
    if (KINH_GUI_RE.test(t) || BASIS_RE.test(t) || readLabel(t) || t.length > 200) break;
    ok[i] = true;
    if (++seen > 25) break;
  }
  let tail = -1;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 80; i--) {
    const t = (lines[i] ?? '').trim();
    if (NOI_NHAN_RE.test(t) || /\.\/\.\s*$/u.test(t)) {
      tail = NOI_NHAN_RE.test(t) ? i : i + 1;
      break;
    }
  }
  if (tail >= 0) for (let i = tail; i < lines.length; i++) ok[i] = true;
  return ok;
}

/** Rewrite every two-column block as column 1, blank line, column 2… */
export function flattenColumns(lines: string[]): string[] {
  const zones = spaceZones(lines);
  const rows: Row[] = lines.map((l, i) => {
    const t = l.trim();
    if (t.length > 2 && (MD_SEPARATOR_RE.test(t) || GRID_BORDER_RE.test(t))) return { cells: [] };
    return pipeRow(l) ?? (zones[i] ? spaceRow(l) : null);
  });
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!rows[i]) {
      out.push(lines[i] ?? '');
      i++;
      continue;
    }
    // a block: column rows, allowing up to 3 plain lines between them (left-column text)
    let end = i;
    let j = i + 1;
    while (j < lines.length && j - end <= 4) {
      if (rows[j]) end = j;
      j++;
    }
    const columns: string[][] = [];
    for (let k = i; k <= end; k++) {
      const row = rows[k];
      const cells = row ? row.cells : [lines[k] ?? ''];
      cells.forEach((cell, c) => {
        const col = columns[c] ?? (columns[c] = []);
        const parts = splitCells(cell);
        if (parts.length === 0 && !row) col.push('');
        col.push(...parts);
      });
    }
    columns.forEach((col, c) => {
      if (c > 0) out.push('');
      out.push(...col);
    });
    out.push('');
    i = end + 1;
  }
  return out;
}
