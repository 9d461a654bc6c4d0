/**
 * A BÁO CÁO as the three writers (docx, pdf, print view) lay it out, per Decree 30/2020: the
 * letterhead and national title, "Số: 15/BC-STTTT", place and date, the kind and subject, the
 * narrative with its table of figures, the signature and "Nơi nhận". Text decisions (leading
 * zeros, punctuation of the recipients) are made here once, so the three agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SummaryFigures, SummaryReportSection, SummaryReportSigner } from '@dondoc/schemas';
import { numberVi } from '../reports/prefill';
import { REPORT_WORDS, STATE_LABELS } from './tables';

/** The department's letterhead (Decree 30: parent body regular, issuing body bold). */
export const LETTERHEAD = {
  parent: 'UBND TỈNH LẠNG SƠN',
  body: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
  bodyName: 'Sở Thông tin và Truyền thông',
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
} as const;

/** Page (mm) and type (pt) per Decree 30, Appendix I; each writer converts to its own units. */
export const PAGE = { widthMm: 210, heightMm: 297, topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15, headerMm: 10 } as const;
export const TYPE = { body: 14, letterhead: 12, number: 13, placeDate: 14, nationalTitle: 12, motto: 13, kind: 14, table: 12, recipientsHead: 12, recipients: 11, pageNumber: 13 } as const;
/**
 * The header block (a two-column borderless table) reaches 10 mm into the left margin, as the
 * usual Decree 30 templates do: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" (74 mm in 12 pt bold) and the
 * national title (88 mm) then each fit on one line over the 165 mm of text width. The signature
 * block keeps the same right column but starts at the margin: "Nơi nhận" sits "sát lề trái".
 */
export const BLOCKS = {
  outdentMm: 10,
  leftMm: 80,
  rightMm: PAGE.widthMm - PAGE.leftMm - PAGE.rightMm + 10 - 80,
  signLeftMm: 80 - 10,
} as const;
/** The subject wraps within the middle three quarters of the text width. */
export const SUBJECT_SHARE = 0.75;
/** The rules under the issuing body and the subject: 1/3 to 1/2 of their line (Decree 30); we draw 2/5. */
export const RULE_SHARE = 0.4;

export const ptOfMm = (mm: number) => (mm * 72) / 25.4;
export const TEXT_WIDTH_PT = ptOfMm(PAGE.widthMm - PAGE.leftMm - PAGE.rightMm);

const FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;
export type FontStyle = keyof typeof FONT_FILES;
export const fontFiles = (): Record<FontStyle, string> => ({ ...FONT_FILES });

/** assets/fonts of this app, from source (src/modules/exports) and from the bundle (dist/). */
export function fontsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    const candidate = path.join(dir, 'assets', 'fonts');
    if (fs.existsSync(path.join(candidate, FONT_FILES.normal))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('assets/fonts (Liberation Serif) not found');
}

/**
 * Advance widths from the TrueType tables (head, hhea, hmtx and the Windows BMP cmap, format 4).
 * Liberation Serif has Times New Roman's metrics, so a rule measured here matches the text in
 * Word, LibreOffice, the PDF and the browser alike.
 */
function advances(buf: Buffer): (cp: number) => number {
  const tables = new Map<string, number>();
  for (let i = 0; i < buf.readUInt16BE(4); i += 1) tables.set(buf.toString('latin1', 12 + i * 16, 16 + i * 16), buf.readUInt32BE(20 + i * 16));
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((t) => tables.get(t) ?? 0) as [number, number, number, number];
  const unitsPerEm = buf.readUInt16BE(head + 18);
  const metrics = buf.readUInt16BE(hhea + 34);
  let sub = 0;
  for (let i = 0; i < buf.readUInt16BE(cmap + 2); i += 1) {
    const r = cmap + 4 + i * 8;
    if (buf.readUInt16BE(r) === 3 && buf.readUInt16BE(r + 2) === 1) sub = cmap + buf.readUInt32BE(r + 4);
  }
  const seg2 = buf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + seg2 + 2;
  const deltas = starts + seg2;
  const ranges = deltas + seg2;
  const glyph = (cp: number) => {
    for (let s = 0; s < seg2; s += 2) {
      if (cp > buf.readUInt16BE(ends + s)) continue;
      const start = buf.readUInt16BE(starts + s);
      if (cp < start) return 0;
      const delta = buf.readUInt16BE(deltas + s);
      const offset = buf.readUInt16BE(ranges + s);
      if (offset === 0) return (cp + delta) & 0xffff;
      const g = buf.readUInt16BE(ranges + s + offset + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  return (cp) => buf.readUInt16BE(hmtx + 4 * Math.min(glyph(cp), metrics - 1)) / unitsPerEm;
}

const metricsCache = new Map<FontStyle, (cp: number) => number>();

/** The width in points of `text` set on one line (no kerning, as Word sets it by default). */
export function textWidthPt(text: string, size: number, style: FontStyle = 'normal'): number {
  let advance = metricsCache.get(style);
  if (!advance) {
    advance = advances(fs.readFileSync(path.join(fontsFolder(), FONT_FILES[style])));
    metricsCache.set(style, advance);
  }
  let em = 0;
  for (const ch of text.normalize('NFC')) em += advance(ch.codePointAt(0) ?? 32);
  return em * size;
}

/** The longest line of `text` wrapped greedily (as Word does) in a box `box` points wide. */
export function longestLinePt(text: string, size: number, style: FontStyle, box: number): number {
  const space = textWidthPt(' ', size, style);
  let longest = 0;
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidthPt(word, size, style);
    if (line > 0 && line + space + w > box) {
      longest = Math.max(longest, line);
      line = w;
    } else line = line > 0 ? line + space + w : w;
  }
  return Math.min(box, Math.max(longest, line));
}

/** Lengths (pt) of the three rules: under the issuing body and the subject (2/5 of the line), under the motto (its full length). */
export function ruleLengths(subject: string): { issuingBody: number; motto: number; subject: number } {
  return {
    issuingBody: RULE_SHARE * textWidthPt(LETTERHEAD.body, TYPE.letterhead, 'bold'),
    motto: textWidthPt(LETTERHEAD.motto, TYPE.motto, 'bold'),
    subject: RULE_SHARE * longestLinePt(subject, TYPE.kind, 'bold', TEXT_WIDTH_PT * SUBJECT_SHARE),
  };
}

export type FigureTable = {
  caption: string;
  /** Width as a share of the text width. */
  columns: { header: string; width: number; align: 'left' | 'center' | 'right' }[];
  rows: string[][];
  totals: string[];
};
export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'table'; table: FigureTable };

export type ReportDocument = {
  /** For file metadata. */
  title: string;
  numberLine: string;
  placeDate: string;
  kind: string;
  subject: string;
  /** Lengths in points of the short rules, measured on the text they underline. */
  rules: { issuingBody: number; motto: number; subject: number };
  blocks: Block[];
  signer: SummaryReportSigner;
  /** Lines as printed: "- UBND tỉnh (b/c);" … "- Lưu: VT, TTBCXB." */
  recipients: string[];
};

export type ReportInput = {
  number: string | null;
  symbol: string;
  place: string;
  date: string;
  subject: string;
  sections: SummaryReportSection[];
  signer: SummaryReportSigner;
  recipients: string[];
};

/** Numbers under 10 get a leading zero ("05/BC-STTTT"); an unnumbered draft leaves room for the clerk. */
export function numberLine(number: string | null, symbol: string): string {
  const n = number?.trim() ? (/^\d$/.test(number.trim()) ? `0${number.trim()}` : number.trim()) : '\u00A0'.repeat(6);
  return `Số: ${n}/${symbol}`;
}

/** "Lạng Sơn, ngày 05 tháng 01 năm 2021", "…ngày 15 tháng 3 năm 2021": zeros for days under 10 and for months 1 and 2 only. */
export function placeDate(place: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/** "- Như trên;" … the last one ends with a full stop. */
export function recipientLines(entries: string[]): string[] {
  const clean = entries.map((e) => e.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]\s*$/, '')).filter(Boolean);
  return clean.map((e, i) => `- ${e}${i === clean.length - 1 ? '.' : ';'}`);
}


export function figureTable(f: SummaryFigures): FigureTable {
  const asked = f.rows.filter((r) => r.report !== 'none').length;
  return {
    caption: `Biểu tổng hợp kết quả thực hiện của các đơn vị (số liệu đến ngày ${f.asOf.slice(8, 10)}/${f.asOf.slice(5, 7)}/${f.asOf.slice(0, 4)})`,
    columns: [
      { header: 'STT', width: 0.06, align: 'center' },
      { header: 'Đơn vị', width: 0.33, align: 'left' },
      { header: 'Nội dung hoàn thành', width: 0.13, align: 'center' },
      { header: 'Tình trạng', width: 0.15, align: 'center' },
      { header: 'Số hoạt động', width: 0.11, align: 'right' },
      { header: 'Số tin, bài', width: 0.1, align: 'right' },
      { header: 'Báo cáo', width: 0.12, align: 'center' },
    ],
    rows: f.rows.map((r, i) => [
      String(i + 1),
      r.unitName,
      `${r.itemsDone}/${r.itemsTotal}`,
      STATE_LABELS[r.state],
      numberVi(r.activities),
      numberVi(r.articles),
      REPORT_WORDS[r.report],
    ]),
    totals: [
      '',
      `Tổng cộng: ${f.totals.units} đơn vị`,
      `${f.rows.reduce((s, r) => s + r.itemsDone, 0)}/${f.rows.reduce((s, r) => s + r.itemsTotal, 0)}`,
      `${f.totals.done} hoàn thành`,
      numberVi(f.totals.activities),
      numberVi(f.totals.articles),
      asked ? `${f.totals.reported}/${asked} đã gửi` : '',
    ],
  };
}

/** The sections' text as blocks; the table of figures follows the results per unit (or ends the body). */
export function reportDocument(r: ReportInput, figures: SummaryFigures): ReportDocument {
  const blocks: Block[] = [];
  const table: Block = { kind: 'table', table: figureTable(figures) };
  let placed = false;
  for (const s of r.sections) {
    if (s.title.trim()) blocks.push({ kind: 'heading', text: s.title.trim() });
    for (const line of s.body.split(/\r?\n/)) {
      if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim() });
    }
    if (s.key === 'ket_qua_don_vi' && figures.rows.length > 0) {
      blocks.push(table);
      placed = true;
    }
  }
  if (!placed && figures.rows.length > 0) {
    // Before the closing line ("Trên đây là báo cáo…") when there is one.
    const closing = r.sections.at(-1)?.key === 'ket_thuc' ? blocks.findLastIndex((b) => b.kind === 'paragraph') : -1;
    if (closing >= 0) blocks.splice(closing, 0, table);
    else blocks.push(table);
  }
  return {
    title: `Báo cáo ${r.subject}`,
    numberLine: numberLine(r.number, r.symbol),
    placeDate: placeDate(r.place, r.date),
    kind: 'BÁO CÁO',
    subject: r.subject,
    rules: ruleLengths(r.subject),
    blocks,
    signer: r.signer,
    recipients: recipientLines(r.recipients),
  };
}
