import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ITableBordersOptions } from 'docx';
import { dispatch } from './engels-dispatch';
import type { Run } from './engels-dispatch';

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt, the size of official dispatches

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const borderless: ITableBordersOptions = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

type Style = { bold?: boolean; italics?: boolean; size?: number };

const text = (t: string, { bold = false, italics = false, size = SIZE }: Style = {}) => new TextRun({ text: t, font: FONT, size, bold, italics });

const line = (t: string, { center = false, ...style }: Style & { center?: boolean } = {}) =>
  new Paragraph({ children: [text(t, style)], alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT });

const cell = (children: Paragraph[], pct: number) => new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: borderless });

/** Two columns side by side, no lines: how the header and the signature block are set. */
const twoColumns = (left: Paragraph[], right: Paragraph[], leftPct = 40) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: borderless,
    rows: [new TableRow({ children: [cell(left, leftPct), cell(right, 100 - leftPct)] })],
  });

const runsOf = (runs: Run[], bold = false) => runs.map((r) => (typeof r === 'string' ? text(r, { bold }) : text(r.italic, { bold, italics: true })));

/** The dispatch as Word would save it: tables for the header and the signature block, paragraphs between. */
export async function dispatchDocx(): Promise<Buffer> {
  const [parent, issuer, number, subject] = dispatch.headerLeft;
  const [nation, motto, placeDate] = dispatch.headerRight;
  const header = twoColumns(
    [line(parent ?? '', { center: true }), line(issuer ?? '', { bold: true, center: true }), line(number ?? '', { center: true }), line(subject ?? '', { size: 24, center: true })],
    [line(nation ?? '', { bold: true, center: true }), line(motto ?? '', { bold: true, center: true }), line(placeDate ?? '', { italics: true, center: true })],
  );
  const [ccTitle, ...ccLines] = dispatch.cc;
  const signature = twoColumns(
    [line(ccTitle ?? '', { bold: true, italics: true, size: 24 }), ...ccLines.map((c) => line(c, { size: 22 }))],
    [
      line(dispatch.signature.authority, { bold: true, center: true }),
      line(dispatch.signature.title, { bold: true, center: true }),
      line(''),
      line(''),
      line(dispatch.signature.name, { bold: true, center: true }),
    ],
    50,
  );
  const doc = new Document({
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          header,
          line(''),
          ...dispatch.recipients.map((r, i) => line(r, { center: i === 0 })),
          line(''),
          ...dispatch.body.map(
            (p) => new Paragraph({ children: runsOf(p.runs, p.bold), alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120 } }),
          ),
          line(''),
          signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
