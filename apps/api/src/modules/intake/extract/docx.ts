/**
 * Text of a .docx in reading order: one line per paragraph with the list marker Word would
 * show, tables flattened row by row as "left | right" (what the parser expects of the
 * official two-column header and signature block). Headers, footers, footnotes, comments,
 * deleted text and field codes are left out.
 */
import { extractError } from './errors';
import { Numbering } from './numbering';
import { walkXml, type PrefixMap } from './xml';
import { readZipEntries } from './zip';

/** Most bytes inflated from one .docx (document, numbering and styles together). */
export const MAX_DOCX_XML_BYTES = 50 * 1024 * 1024;

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';

// Transitional and Strict spellings of the WordprocessingML namespace, and markup compatibility.
const PREFIXES: PrefixMap = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
]);

/** Subtrees whose text is not what the reader sees, or repeats what they see. */
const SKIP = new Set([
  'w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText',
  'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange',
  'mc:Fallback', // the same content as mc:Choice, in an older form
]);

type Para = { text: string; numId: string | null; ilvl: number | null; style: string | null; hiddenRun: boolean };
type Table = { rows: string[][][]; row: string[][] | null };

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Cell lines without blank lines at their edges. */
function trimCell(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]?.trim()) a++;
  while (b > a && !lines[b - 1]?.trim()) b--;
  return lines.slice(a, b);
}

/**
 * A row of several cells becomes as many lines as its tallest cell has, line k joining
 * line k of each cell with " | ": a two-column header gives "UBND TỈNH… | CỘNG HÒA…",
 * "SỞ… | Độc lập…". A row with a single cell (or a merged one) gives its lines as they are.
 */
export function flattenTable(rows: string[][][]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const cells = row.map(trimCell);
    if (cells.length <= 1) {
      out.push(...(cells[0] ?? []));
      continue;
    }
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const line = cells.map((c) => (c[k] ?? '').replace(/\s+/gu, ' ').trim()).join(' | ').trim();
      out.push(/^\|(?:\s*\|)*$/u.test(line) ? '' : line);
    }
  }
  return out;
}

/** Paragraph lines of document.xml, with list markers and flattened tables. */
export function documentLines(documentXml: string, numbering: Numbering): string[] {
  const stack: string[] = [];
  let skipAt = -1; // stack depth of the skipped subtree, or -1
  const body: string[] = [];
  const sinks: string[][] = [body]; // where finished paragraphs go: the body or a table cell
  const paras: Para[] = []; // paragraphs inside text boxes nest inside their anchor paragraph
  const tables: Table[] = [];
  const parent = (up = 1): string | undefined => stack[stack.length - 1 - up];
  const para = (): Para | undefined => paras[paras.length - 1];
  const sink = (): string[] => sinks[sinks.length - 1] ?? body;
  const append = (s: string): void => {
    const p = para();
    if (p && !p.hiddenRun) p.text += s;
  };

  walkXml(
    documentXml,
    {
      open(name, a) {
        stack.push(name);
        if (skipAt >= 0) return;
        if (SKIP.has(name)) {
          skipAt = stack.length;
          return;
        }
        const v = a['w:val'] ?? a.val;
        const p = para();
        const inParaProps = parent() === 'w:pPr' && parent(2) === 'w:p';
        const inNumPr = parent() === 'w:numPr' && parent(2) === 'w:pPr' && parent(3) === 'w:p';
        switch (name) {
          case 'w:p':
            paras.push({ text: '', numId: null, ilvl: null, style: null, hiddenRun: false });
            break;
          case 'w:pStyle':
            if (p && inParaProps) p.style = v ?? null;
            break;
          case 'w:numId':
            if (p && inNumPr) p.numId = v ?? null;
            break;
          case 'w:ilvl':
            if (p && inNumPr) p.ilvl = v === undefined ? null : Number.parseInt(v, 10) || 0;
            break;
          case 'w:r':
            if (p) p.hiddenRun = false;
            break;
          case 'w:vanish':
            if (p && parent() === 'w:rPr' && parent(2) === 'w:r' && !/^(?:0|false|off)$/iu.test(v ?? '')) p.hiddenRun = true;
            break;
          case 'w:tab':
          case 'w:ptab':
            if (parent() === 'w:r') append('\t');
            break;
          case 'w:br':
          case 'w:cr':
            if (parent() === 'w:r') append('\n');
            break;
          case 'w:noBreakHyphen':
            if (parent() === 'w:r') append('-');
            break;
          case 'w:tbl':
            tables.push({ rows: [], row: null });
            break;
          case 'w:tr': {
            const t = tables[tables.length - 1];
            if (t) t.row = [];
            break;
          }
          case 'w:tc':
            sinks.push([]);
            break;
        }
      },
      close(name) {
        // tolerate sloppy nesting: close up to the matching open element
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        stack.length = at;
        if (skipAt >= 0) {
          if (at < skipAt) skipAt = -1; // the skipped element (or, in sloppy XML, an ancestor) closed
          return;
        }
        switch (name) {
          case 'w:p': {
            const p = paras.pop();
            if (!p) break;
            const marker = numbering.next({ numId: p.numId, ilvl: p.ilvl }, p.style);
            const text = p.text.replace(/\s+$/u, '');
            const lines = (marker && text.trim() ? `${marker} ${text.replace(/^[ \t]+/u, '')}` : text).split('\n');
            sink().push(...lines.map((l) => l.replace(/\s+$/u, '')));
            break;
          }
          case 'w:tc': {
            const cell = (sinks.length > 1 ? sinks.pop() : undefined) ?? [];
            tables[tables.length - 1]?.row?.push(cell);
            break;
          }
          case 'w:tr': {
            const t = tables[tables.length - 1];
            if (t?.row) t.rows.push(t.row);
            if (t) t.row = null;
            break;
          }
          case 'w:tbl': {
            const t = tables.pop();
            if (t) sink().push(...flattenTable(t.rows));
            break;
          }
        }
      },
      text(t) {
        if (skipAt < 0 && stack[stack.length - 1] === 'w:t') append(t);
      },
    },
    PREFIXES,
  );
  return body;
}

export function extractDocx(bytes: Uint8Array): { text: string; warnings: string[] } {
  let parts: Map<string, Uint8Array>;
  try {
    parts = readZipEntries(bytes, [DOCUMENT, NUMBERING, STYLES], MAX_DOCX_XML_BYTES);
  } catch (e) {
    // damaged archive, encrypted entry, or more than MAX_DOCX_XML_BYTES once inflated
    throw extractError('CORRUPT_FILE', e);
  }
  const doc = parts.get(DOCUMENT);
  if (!doc) throw extractError('UNSUPPORTED_TYPE'); // a zip, but not a Word document (.xlsx, .odt, .zip…)
  const numberingXml = parts.get(NUMBERING);
  const stylesXml = parts.get(STYLES);
  const numbering = new Numbering(numberingXml ? decodeXml(numberingXml) : null, stylesXml ? decodeXml(stylesXml) : null, PREFIXES);
  const lines = documentLines(decodeXml(doc), numbering);
  return { text: lines.join('\n'), warnings: [] };
}
