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
import { fileURLToPath } from 'node:url';
import type PdfPrinterClass from 'pdfmake/js/Printer';
import type { DocDefinition, FontFiles } from 'pdfmake/js/Printer';
import { BLOCKS, LETTERHEAD, PAGE, TYPE, type FigureTable, type ReportDocument } from './document';

const require = createRequire(import.meta.url);
const pt = (mm: number) => (mm * 72) / 25.4;
const TEXT_WIDTH = pt(PAGE.widthMm - PAGE.leftMm - PAGE.rightMm);
/** Column widths of the header and signature blocks (cell padding taken off), which reach into the left margin. */
const LEFT = pt(BLOCKS.leftMm) - 8;
const RIGHT = pt(BLOCKS.rightMm) - 8;
const OUTDENT = pt(BLOCKS.outdentMm);

const FILES: FontFiles = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
};

/** assets/fonts of this app, from source (src/modules/exports) and from the bundle (dist/). */
export function fontsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    const candidate = path.join(dir, 'assets', 'fonts');
    if (fs.existsSync(path.join(candidate, FILES.normal))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('assets/fonts (Liberation Serif) not found');
}

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

/** A short centred rule in a box `width` wide. */
const rule = (length: number, width: number) => ({ canvas: [{ type: 'line', x1: (width - length) / 2, y1: 2.5, x2: (width + length) / 2, y2: 2.5, lineWidth: 0.6 }] });

type Node = Record<string, unknown>;

function figureTable(t: FigureTable): Node[] {
  const widths = t.columns.map((c) => c.width * TEXT_WIDTH - 8.5);
  const row = (cells: string[], bold = false, header = false) =>
    cells.map((text, i) => ({ text, bold, alignment: header ? 'center' : (t.columns[i]?.align ?? 'left') }));
  return [
    { text: t.caption, italics: true, alignment: 'center', fontSize: TYPE.body - 1, margin: [0, 6, 0, 6] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths, body: [row(t.columns.map((c) => c.header), true, true), ...t.rows.map((r) => row(r)), row(t.totals, true)] },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 3, paddingRight: () => 3, paddingTop: () => 1, paddingBottom: () => 1 },
      fontSize: TYPE.table,
      lineHeight: 1,
      margin: [0, 0, 0, 6],
    },
  ];
}

/** "Nơi nhận" on the left, level with the authority line; the signer on the right. */
function signature(doc: ReportDocument): Node {
  return {
    table: {
      widths: [LEFT, RIGHT],
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
    layout: 'noBorders',
    margin: [-OUTDENT, 6, 0, 0],
  };
}

export function reportPdfDefinition(doc: ReportDocument): DocDefinition {
  const body = doc.blocks.flatMap((b): Node[] => {
    if (b.kind === 'table') return figureTable(b.table);
    return [{ text: b.text, bold: b.kind === 'heading', alignment: 'justify', leadingIndent: pt(12.7), margin: [0, 0, 0, 6] }];
  });
  const noBorders = 'noBorders';
  const last = doc.blocks.at(-1);
  const keepWithSignature = last?.kind === 'paragraph' ? body.length - 1 : body.length;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [pt(PAGE.leftMm), pt(PAGE.topMm), pt(PAGE.rightMm), pt(PAGE.bottomMm)],
    info: { title: doc.title, creator: 'Đôn Đốc', producer: 'Đôn Đốc' },
    defaultStyle: { font: 'Times', fontSize: TYPE.body, lineHeight: 1.15 },
    // Page numbers centred in the top margin, from page 2.
    header: (page: number) => (page > 1 ? { text: String(page), alignment: 'center', fontSize: TYPE.pageNumber, margin: [0, pt(PAGE.headerMm), 0, 0] } : null),
    content: [
      {
        table: {
          widths: [LEFT, RIGHT],
          body: [
            [
              { stack: [{ text: LETTERHEAD.parent, fontSize: TYPE.letterhead }, { text: LETTERHEAD.body, fontSize: TYPE.letterhead, bold: true }, rule(LEFT * 0.35, LEFT)], alignment: 'center' },
              { stack: [{ text: LETTERHEAD.nationalTitle, fontSize: TYPE.nationalTitle, bold: true }, { text: LETTERHEAD.motto, fontSize: TYPE.motto, bold: true, decoration: 'underline' }], alignment: 'center' },
            ],
            [
              { text: doc.numberLine, fontSize: TYPE.number, alignment: 'center', margin: [0, 6, 0, 0] },
              { text: doc.placeDate, fontSize: TYPE.placeDate, italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
            ],
          ],
        },
        layout: noBorders,
        lineHeight: 1,
        margin: [-OUTDENT, 0, 0, 0],
      },
      { text: doc.kind, bold: true, alignment: 'center', fontSize: TYPE.kind, margin: [0, 18, 0, 0], lineHeight: 1 },
      { text: doc.subject, bold: true, alignment: 'center', fontSize: TYPE.kind, margin: [TEXT_WIDTH * 0.125, 0, TEXT_WIDTH * 0.125, 3], lineHeight: 1 },
      rule(TEXT_WIDTH * 0.2, TEXT_WIDTH),
      { text: '', margin: [0, 0, 0, 6] },
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
