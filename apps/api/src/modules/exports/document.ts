/**
 * A BÁO CÁO as the three writers (docx, pdf, print view) lay it out, per Decree 30/2020: the
 * letterhead and national title, "Số: 15/BC-STTTT", place and date, the kind and subject, the
 * narrative with its table of figures, the signature and "Nơi nhận". Text decisions (leading
 * zeros, punctuation of the recipients) are made here once, so the three agree.
 */
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
 * The header and signature blocks (two-column borderless tables) reach 10 mm into the left
 * margin, as the usual Decree 30 templates do: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" (74 mm in 12 pt
 * bold) and the national title (88 mm) then each fit on one line over the 165 mm of text width.
 */
export const BLOCKS = { outdentMm: 10, leftMm: 80, rightMm: PAGE.widthMm - PAGE.leftMm - PAGE.rightMm + 10 - 80 } as const;

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
      { header: 'STT', width: 0.075, align: 'center' },
      { header: 'Đơn vị', width: 0.315, align: 'left' },
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
    blocks,
    signer: r.signer,
    recipients: recipientLines(r.recipients),
  };
}
