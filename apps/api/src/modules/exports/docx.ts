/**
 * A BÁO CÁO as .docx with the `docx` library, in the Decree 30/2020 layout: A4, margins 20/20/30/15
 * mm, Times New Roman; the letterhead and the signature as two-column borderless tables; short
 * rules under the issuing body and the subject; body justified with a first-line indent; page
 * numbers centred in the top margin from page 2.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { BLOCKS, LETTERHEAD, PAGE, SUBJECT_SHARE, TYPE, type FigureTable, type ReportDocument } from './document';

const FONT = 'Times New Roman';
/** Twentieths of a point per millimetre. */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const half = (pt: number) => pt * 2;
const TEXT_WIDTH = twip(PAGE.widthMm - PAGE.leftMm - PAGE.rightMm);
const LEFT = twip(BLOCKS.leftMm);
const RIGHT = twip(BLOCKS.rightMm);
const SIGN_LEFT = twip(BLOCKS.signLeftMm);
const OUTDENT = twip(BLOCKS.outdentMm);
/** Twips of a length in points. */
const twipOfPt = (pt: number) => Math.round(pt * 20);
/** Left and right margins of the header and signature cells. */
const CELL_PAD = 40;
/** First-line indent of body paragraphs: 1.27 cm. */
const INDENT = twip(12.7);

type RunOpts = Omit<IRunOptions, 'text' | 'children'>;
const run = (text: string, size: number, o: RunOpts = {}) => new TextRun({ text, font: FONT, size: half(size), ...o });

const centred = (text: string, size: number, o: RunOpts = {}, before = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [run(text, size, o)] });

/** A short centred rule: an empty paragraph whose bottom border spans `width` twips of `within`. */
const rule = (width: number, within: number) => {
  const side = Math.max(0, Math.round((within - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 100, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', 2)],
  });
};

/** An empty paragraph `height` twips high. */
const spacer = (height: number) => new Paragraph({ spacing: { before: 0, after: 0, line: height, lineRule: LineRuleType.EXACT }, children: [run('', 2)] });

const cell = (width: number, children: Paragraph[], o: { borders?: boolean; flushLeft?: boolean } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    children,
    verticalAlign: VerticalAlign.TOP,
    margins: { left: o.flushLeft ? 0 : CELL_PAD, right: CELL_PAD, top: 0, bottom: 0 },
    ...(o.borders ? {} : { borders: TableBorders.NONE }),
  });

/** The header and signature blocks: borderless; the header reaches OUTDENT into the left margin. */
const plainTable = (widths: number[], rows: TableRow[], outdent = 0) =>
  new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    indent: { size: -outdent, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows,
  });

function letterhead(doc: ReportDocument): Table {
  const leftInner = LEFT - 2 * CELL_PAD;
  const rightInner = RIGHT - 2 * CELL_PAD;
  return plainTable(
    [LEFT, RIGHT],
    [
      new TableRow({
        children: [
          cell(LEFT, [centred(LETTERHEAD.parent, TYPE.letterhead), centred(LETTERHEAD.body, TYPE.letterhead, { bold: true }), rule(twipOfPt(doc.rules.issuingBody), leftInner)]),
          cell(RIGHT, [
            centred(LETTERHEAD.nationalTitle, TYPE.nationalTitle, { bold: true }),
            // A rule of the motto's length rather than an underline, which runs through the dots under "Độc", "lập", "Hạnh".
            centred(LETTERHEAD.motto, TYPE.motto, { bold: true }),
            rule(twipOfPt(doc.rules.motto), rightInner),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell(LEFT, [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: [run(doc.numberLine, TYPE.number)] })]),
          cell(RIGHT, [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: [run(doc.placeDate, TYPE.placeDate, { italics: true })] })]),
        ],
      }),
    ],
    OUTDENT,
  );
}

const bodyParagraph = (text: string, o: RunOpts = {}, keep = false) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    ...(keep ? { keepNext: true, keepLines: true } : {}),
    indent: { firstLine: INDENT },
    spacing: { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO },
    children: [run(text, TYPE.body, o)],
  });

function figureTable(t: FigureTable): (Paragraph | Table)[] {
  const widths = t.columns.map((c) => Math.round(c.width * TEXT_WIDTH));
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const row = (cells: string[], o: { bold?: boolean; header?: boolean } = {}) =>
    new TableRow({
      tableHeader: o.header ?? false,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            borders,
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 60, right: 60, top: 20, bottom: 20 },
            children: [
              new Paragraph({
                alignment: o.header ? AlignmentType.CENTER : align[t.columns[i]?.align ?? 'left'],
                spacing: { before: 0, after: 0 },
                children: [run(text, TYPE.table, { bold: o.bold ?? false })],
              }),
            ],
          }),
      ),
    });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, keepNext: true, children: [run(t.caption, TYPE.body - 1, { italics: true })] }),
    new Table({
      width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [row(t.columns.map((c) => c.header), { bold: true, header: true }), ...t.rows.map((r) => row(r)), row(t.totals, { bold: true })],
    }),
    // Keeps two tables apart (Word would merge them) and gives the 6 pt before what follows.
    spacer(120),
  ];
}

function signature(doc: ReportDocument): Table {
  const left = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('Nơi nhận:', TYPE.recipientsHead, { bold: true, italics: true })] }),
    ...doc.recipients.map((r) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(r, TYPE.recipients)] })),
  ];
  const right = [
    ...(doc.signer.authority ? [centred(doc.signer.authority.toUpperCase(), TYPE.body, { bold: true })] : []),
    centred(doc.signer.title.toUpperCase(), TYPE.body, { bold: true }),
    // The signing space: the seal and signature go here.
    ...Array.from({ length: 4 }, () => centred('', TYPE.body)),
    centred(doc.signer.name, TYPE.body, { bold: true }),
  ];
  // "Nơi nhận" at the margin ("sát lề trái"); the signer under the header's right column.
  return plainTable([SIGN_LEFT, RIGHT], [new TableRow({ cantSplit: true, children: [cell(SIGN_LEFT, left, { flushLeft: true }), cell(RIGHT, right)] })]);
}

export async function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const subjectWidth = Math.round(TEXT_WIDTH * SUBJECT_SHARE);
  const children: (Paragraph | Table)[] = [
    letterhead(doc),
    // "BÁO CÁO" stands clear of the letterhead.
    centred(doc.kind, TYPE.kind, { bold: true }, 360),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: Math.round((TEXT_WIDTH - subjectWidth) / 2), right: Math.round((TEXT_WIDTH - subjectWidth) / 2) },
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [run(doc.subject, TYPE.kind, { bold: true })],
    }),
    rule(twipOfPt(doc.rules.subject), TEXT_WIDTH),
    spacer(360),
  ];
  doc.blocks.forEach((b, i) => {
    // Headings stay with what follows; the closing paragraph with the signature.
    if (b.kind === 'heading') children.push(bodyParagraph(b.text, { bold: true }, true));
    else if (b.kind === 'paragraph') children.push(bodyParagraph(b.text, {}, i === doc.blocks.length - 1));
    else children.push(...figureTable(b.table));
  });
  children.push(signature(doc));

  const document = new Document({
    creator: 'Đôn Đốc',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: half(TYPE.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(PAGE.widthMm), height: twip(PAGE.heightMm) },
            margin: { top: twip(PAGE.topMm), bottom: twip(PAGE.bottomMm), left: twip(PAGE.leftMm), right: twip(PAGE.rightMm), header: twip(PAGE.headerMm), footer: twip(PAGE.headerMm) },
          },
        },
        headers: {
          // Page numbers from page 2, centred in the top margin; none on the first page.
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(TYPE.pageNumber) })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
