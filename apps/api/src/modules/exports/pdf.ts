/**
 * The same BÁO CÁO as a PDF with pdfmake, in Liberation Serif (metric-compatible with Times New
 * Roman, so lines break where Word breaks them) embedded as a subset: Vietnamese prints right on
 * any machine, with or without Times New Roman.
 *
 * pdfmake's default export is a module-level singleton (fonts, policies); we build its Printer
 * ourselves with the fonts in memory and no access to the file system or the network.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type PdfPrinterClass from 'pdfmake/js/Printer';
import type { DocDefinition } from 'pdfmake/js/Printer';
import { BLOCKS, LETTERHEAD, PAGE, SUBJECT_SHARE, TEXT_WIDTH_PT as TEXT_WIDTH, TYPE, fontFiles, fontsFolder, ptOfMm as pt, type FigureTable, type ReportDocument } from './document';

export { fontsFolder };

const require = createRequire(import.meta.url);
/** Cell padding either side in the header and signature tables. */
const PAD = 4;
/** Column widths of the header and signature blocks (cell padding taken off); the header reaches into the left margin. */
const LEFT = pt(BLOCKS.leftMm) - 2 * PAD;
const RIGHT = pt(BLOCKS.rightMm) - 2 * PAD;
/** "Nơi nhận" starts at the margin (no left padding). */
const SIGN_LEFT = pt(BLOCKS.signLeftMm) - PAD;
const OUTDENT = pt(BLOCKS.outdentMm);
const FILES = fontFiles();
/** Word's "multiple 1.2" line spacing of the body: pdfmake multiplies the font's line height the same way. */
const LINE = 1.2;

let printer: PdfPrinterClass | null = null;

function getPrinter(): PdfPrinterClass {
  if (printer) return printer;
  const dir = fontsFolder();
  const files = new Map(Object.values(FILES).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
  // CommonJS with an ES-module default: read `.default` the same way under Node and under vitest.
  const Printer = (require('pdfmake/js/Printer') as { default: typeof PdfPrinterClass }).default;
  printer = new Printer(
    { Times: FILES },
    { existsSync: (name) => files.has(name), readFileSync: (name) => files.get(name) as Buffer },
    { resolve: async () => {}, resolved: async () => [] },
    () => false,
  );
  return printer;
}

/** A rule `length` long, `gap` points under the line above; centred by the enclosing alignment. */
const rule = (length: number, gap = 6) => ({ canvas: [{ type: 'line', x1: 0, y1: gap, x2: length, y2: gap, lineWidth: 0.6 }], alignment: 'center' });

type Node = Record<string, unknown>;
/** pdfmake's 'noBorders' drops the outer padding; ours keeps PAD on both sides so the columns measure what BLOCKS says. */
const BORDERLESS = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => PAD, paddingRight: () => PAD, paddingTop: () => 0, paddingBottom: () => 0 };

/**
 * Text as inlines in which a word joined by "/" or "-" ("…/STTTT-TTBCXB", "Ph.Ăng-ghen", "2/13")
 * is one unbreakable piece: pdfmake would otherwise break a line inside it and, when justifying,
 * widen the joins ("…/ STTTT- TTBCXB").
 */
export function inlines(text: string): (string | Node)[] {
  const out: (string | Node)[] = [];
  let plain = '';
  for (const piece of text.split(/(\s+)/)) {
    if (!/[^\s/-][/-]+[^\s/-]/.test(piece)) {
      plain += piece;
      continue;
    }
    if (plain) out.push(plain);
    out.push({ text: piece, noWrap: true });
    plain = '';
  }
  if (plain) out.push(plain);
  return out;
}

function figureTable(t: FigureTable): Node[] {
  // pdfmake adds the padding (3 + 3) and the rules (0.5 each) to the column widths.
  const inner = TEXT_WIDTH - t.columns.length * 6 - (t.columns.length + 1) * 0.5;
  const widths = t.columns.map((c) => c.width * inner);
  const row = (cells: string[], bold = false, header = false) =>
    cells.map((text, i) => ({ text: inlines(text), bold, alignment: header ? 'center' : (t.columns[i]?.align ?? 'left'), verticalAlignment: 'middle' }));
  return [
    { text: inlines(t.caption), italics: true, alignment: 'center', fontSize: TYPE.body - 1, margin: [0, 6, 0, 6] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths, body: [row(t.columns.map((c) => c.header), true, true), ...t.rows.map((r) => row(r)), row(t.totals, true)] },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 3, paddingRight: () => 3, paddingTop: () => 1, paddingBottom: () => 1 },
      fontSize: TYPE.table,
      lineHeight: 1,
      margin: [0, 0, 0, 9],
    },
  ];
}

/** "Nơi nhận" on the left, level with the authority line; the signer on the right. */
function signature(doc: ReportDocument): Node {
  return {
    table: {
      widths: [SIGN_LEFT, RIGHT],
      body: [
        [
          { stack: [{ text: 'Nơi nhận:', bold: true, italics: true, fontSize: TYPE.recipientsHead }, ...doc.recipients.map((r) => ({ text: r, fontSize: TYPE.recipients }))], lineHeight: 1 },
          {
            stack: [
              ...(doc.signer.authority ? [{ text: doc.signer.authority.toUpperCase(), bold: true }] : []),
              { text: doc.signer.title.toUpperCase(), bold: true },
              // The signing space: the seal and signature go here.
              { text: ' ', margin: [0, 0, 0, 60] },
              { text: doc.signer.name, bold: true },
            ],
            alignment: 'center',
            lineHeight: 1,
          },
        ],
      ],
    },
    layout: { ...BORDERLESS, paddingLeft: (i: number) => (i === 0 ? 0 : PAD) },
    margin: [0, 6, 0, 0],
  };
}

export function reportPdfDefinition(doc: ReportDocument): DocDefinition {
  const body = doc.blocks.flatMap((b): Node[] => {
    if (b.kind === 'table') return figureTable(b.table);
    return [{ text: inlines(b.text), bold: b.kind === 'heading', alignment: 'justify', leadingIndent: pt(12.7), margin: [0, 0, 0, 6] }];
  });
  const subjectSide = (TEXT_WIDTH * (1 - SUBJECT_SHARE)) / 2;
  const last = doc.blocks.at(-1);
  const keepWithSignature = last?.kind === 'paragraph' ? body.length - 1 : body.length;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [pt(PAGE.leftMm), pt(PAGE.topMm), pt(PAGE.rightMm), pt(PAGE.bottomMm)],
    info: { title: doc.title, creator: 'Đôn Đốc', producer: 'Đôn Đốc' },
    // No kerning, as Word sets text by default: lines then break where they break in the .docx.
    defaultStyle: { font: 'Times', fontSize: TYPE.body, lineHeight: LINE, fontFeatures: { kern: false } },
    // Page numbers centred in the top margin, from page 2.
    header: (page: number) => (page > 1 ? { text: String(page), alignment: 'center', fontSize: TYPE.pageNumber, margin: [0, pt(PAGE.headerMm), 0, 0] } : null),
    content: [
      {
        table: {
          widths: [LEFT, RIGHT],
          body: [
            [
              { stack: [{ text: LETTERHEAD.parent, fontSize: TYPE.letterhead }, { text: LETTERHEAD.body, fontSize: TYPE.letterhead, bold: true }, rule(doc.rules.issuingBody)], alignment: 'center' },
              // The motto's rule is drawn, not an underline: an underline runs through the dots under "Độc", "lập", "Hạnh".
              { stack: [{ text: LETTERHEAD.nationalTitle, fontSize: TYPE.nationalTitle, bold: true }, { text: LETTERHEAD.motto, fontSize: TYPE.motto, bold: true }, rule(doc.rules.motto, 5)], alignment: 'center' },
            ],
            [
              { text: inlines(doc.numberLine), fontSize: TYPE.number, alignment: 'center', margin: [0, 6, 0, 0] },
              { text: doc.placeDate, fontSize: TYPE.placeDate, italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
            ],
          ],
        },
        layout: BORDERLESS,
        lineHeight: 1,
        margin: [-OUTDENT, 0, 0, 0],
      },
      { text: doc.kind, bold: true, alignment: 'center', fontSize: TYPE.kind, margin: [0, 18, 0, 0], lineHeight: 1 },
      { text: inlines(doc.subject), bold: true, alignment: 'center', fontSize: TYPE.kind, margin: [subjectSide, 0, subjectSide, 0], lineHeight: 1 },
      rule(doc.rules.subject),
      { text: '', margin: [0, 0, 0, 9] },
      ...body.slice(0, keepWithSignature),
      // The closing paragraph ("Trên đây là báo cáo…") stays on the page of the signature.
      { unbreakable: true, stack: [...body.slice(keepWithSignature), signature(doc)] },
    ],
  };
}

export async function reportPdf(doc: ReportDocument): Promise<Buffer> {
  const pdf = await getPrinter().createPdfKitDocument(reportPdfDefinition(doc));
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}
