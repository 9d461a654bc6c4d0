import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { parseDirective, type ParsedDirective, type Part } from '@dondoc/parser';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type IParagraphOptions,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { flattenTable } from './docx';
import { extractText } from './index';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../../../shared/fixtures/directives');
const expected = JSON.parse(readFileSync(resolve(FIXTURES, '01-langson-stttt-2020-11-engels.expected.json'), 'utf8')) as ParsedDirective;

const dashLevel: ILevelsOptions = { level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT };
const p = (text: string, extra: Omit<IParagraphOptions, 'text'> = {}) => new Paragraph({ text, ...extra });
const cell = (paras: Paragraph[], width: number) => new TableCell({ children: paras, width: { size: width, type: WidthType.PERCENTAGE } });
const twoColumns = (left: Paragraph[], right: Paragraph[]) =>
  new Table({
    borders: TableBorders.NONE,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [cell(left, 40), cell(right, 60)] })],
  });

/** Dispatch 01 as the department would type it in Word: tables for the columns, real lists. */
async function seedDocx(): Promise<Uint8Array> {
  const dash = { reference: 'dash', level: 0 };
  const numbered = { reference: 'parts', level: 0 };
  const body: (Paragraph | Table)[] = [
    twoColumns(
      [
        p('UBND TỈNH LẠNG SƠN'),
        new Paragraph({ children: [new TextRun({ text: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', bold: true })] }),
        p(''),
        p('Số: /STTTT-TTBCXB'),
        p(`V/v ${expected.subject}`),
      ],
      [
        new Paragraph({ children: [new TextRun({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true })] }),
        p('Độc lập - Tự do - Hạnh phúc'),
        p(''),
        new Paragraph({ children: [new TextRun({ text: 'Lạng Sơn, ngày tháng 11 năm 2020', italics: true })] }),
      ],
    ),
    p(''),
    p('Kính gửi:'),
    ...expected.recipients.map((r, i) => p(`${r}${i === expected.recipients.length - 1 ? '.' : ';'}`, { numbering: dash })),
    p(''),
    p(expected.preamble ?? ''),
  ];
  for (const part of expected.parts) {
    body.push(new Paragraph({ children: [new TextRun({ text: part.title, bold: true })], numbering: numbered }));
    for (const child of part.parts) {
      const at = child.text.indexOf('(như:');
      if (at >= 0) {
        // a run in italics in the middle of the paragraph, as in the original
        const close = child.text.indexOf(')', at);
        body.push(
          new Paragraph({
            numbering: dash,
            children: [
              new TextRun(child.text.slice(0, at + 1)),
              new TextRun({ text: child.text.slice(at + 1, close), italics: true }),
              new TextRun(child.text.slice(close)),
            ],
          }),
        );
      } else body.push(child.label === '-' ? p(child.text, { numbering: dash }) : p(child.text));
    }
  }
  body.push(...expected.closing.map((c) => p(c)), p(''));
  body.push(
    twoColumns(
      [
        new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true })] }),
        ...expected.cc.map((c, i) =>
          p(`${c.name}${c.purpose ? ` (${c.purpose})` : ''}${i === expected.cc.length - 1 ? '.' : ';'}`, { numbering: dash }),
        ),
      ],
      [
        p(expected.signer.authority ?? ''),
        p(expected.signer.title ?? ''),
        p(''),
        p(''),
        p(''),
        p(expected.signer.name ?? ''),
      ],
    ),
  );
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'dash', levels: [dashLevel] },
        { reference: 'parts', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const shape = (parts: Part[]): unknown => parts.map((x) => ({ label: x.label, title: x.title, children: shape(x.parts) }));

describe('extractText: .docx', () => {
  it('reads dispatch 01 typed in Word: header table flattened with " | ", list markers, and the parser gets the fixture', async () => {
    const bytes = await seedDocx();
    const t0 = performance.now();
    const out = await extractText(bytes, 'cong-van-01.docx');
    const ms = performance.now() - t0;
    expect(out.kind).toBe('docx');
    expect(out.warnings).toEqual([]);
    const lines = out.text.split('\n');
    expect(lines).toContain('UBND TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('SỞ THÔNG TIN VÀ TRUYỀN THÔNG | Độc lập - Tự do - Hạnh phúc');
    expect(lines).toContain('Số: /STTTT-TTBCXB | Lạng Sơn, ngày tháng 11 năm 2020');
    expect(lines).toContain(`V/v ${expected.subject} |`);
    expect(lines).toContain('- Báo Lạng Sơn;');
    expect(lines.filter((l) => /^[123]\. /u.test(l)).map((l) => l.slice(0, 3))).toEqual(['1. ', '2. ', '3. ']);
    expect(lines).toContain('Nơi nhận: | KT. GIÁM ĐỐC');
    expect(lines).toContain('- Như trên; | PHÓ GIÁM ĐỐC');
    expect(out.text).toContain('(như: Lòng ghép');

    const d = parseDirective(out.text);
    expect(d.recipients).toEqual(expected.recipients);
    expect(d.subject).toBe(expected.subject);
    expect(d.symbol).toBe('STTTT-TTBCXB');
    expect(d.issuer).toBe('SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    expect(d.place).toBe('Lạng Sơn');
    expect(d.parts.map((x) => x.parts.length)).toEqual([2, 3, 1]);
    expect(shape(d.parts)).toEqual(shape(expected.parts));
    expect(d.signer).toEqual(expected.signer);
    expect(d.cc).toEqual(expected.cc);
    expect(d.references).toEqual(expected.references);
    expect(ms).toBeLessThan(1000);
  });

  it('reads a plain document of paragraphs, keeping empty paragraphs as blank lines', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            p('Kính gửi: Báo Lạng Sơn.'),
            p(''),
            new Paragraph({ children: [new TextRun('Đề nghị tuyên truyền '), new TextRun({ text: 'Luật An ninh mạng', bold: true }), new TextRun(' & báo cáo <trước ngày 15/4/2021>.')] }),
            new Paragraph({ children: [new TextRun('Dòng một'), new TextRun({ text: 'dòng hai', break: 1 })] }),
            new Paragraph({ children: [new TextRun({ children: ['Nơi nhận:', new Tab(), 'KT. GIÁM ĐỐC'] })] }),
          ],
        },
      ],
    });
    const out = await extractText(new Uint8Array(await Packer.toBuffer(doc)), 'plain.docx');
    expect(out.text).toBe(
      ['Kính gửi: Báo Lạng Sơn.', '', 'Đề nghị tuyên truyền Luật An ninh mạng & báo cáo <trước ngày 15/4/2021>.', 'Dòng một', 'dòng hai', 'Nơi nhận:\tKT. GIÁM ĐỐC'].join(
        '\n',
      ),
    );
  });

  it('numbers lists like Word: roman, decimal, letters; deeper levels restart', async () => {
    const ref = { reference: 'plan', level: 0 };
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'plan',
            levels: [
              { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', start: 1 },
              { level: 1, format: LevelFormat.DECIMAL, text: '%2.', start: 1 },
              { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', start: 1 },
              { level: 3, format: LevelFormat.DECIMAL, text: '%1.%2.%4', start: 1, isLegalNumberingStyle: true },
              { level: 4, format: LevelFormat.BULLET, text: '\u2022', start: 1 },
              { level: 5, format: LevelFormat.BULLET, text: 'o', start: 1 },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            p('MỤC ĐÍCH, YÊU CẦU', { numbering: ref }),
            p('Mục đích', { numbering: { ...ref, level: 1 } }),
            p('Nâng cao nhận thức', { numbering: { ...ref, level: 2 } }),
            p('Tạo đồng thuận', { numbering: { ...ref, level: 2 } }),
            p('Yêu cầu', { numbering: { ...ref, level: 1 } }),
            p('Chi tiết', { numbering: { ...ref, level: 3 } }),
            p('NỘI DUNG', { numbering: ref }),
            p('Tuyên truyền', { numbering: { ...ref, level: 1 } }),
            p('Thứ nhất', { numbering: { ...ref, level: 2 } }),
            p('Ý chính', { numbering: { ...ref, level: 4 } }),
            p('Ý phụ', { numbering: { ...ref, level: 5 } }),
            p('', { numbering: { ...ref, level: 2 } }),
            p('Thứ ba', { numbering: { ...ref, level: 2 } }),
          ],
        },
      ],
    });
    const out = await extractText(new Uint8Array(await Packer.toBuffer(doc)), 'ke-hoach.docx');
    expect(out.text.split('\n')).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'a) Nâng cao nhận thức',
      'b) Tạo đồng thuận',
      '2. Yêu cầu',
      '1.2.1 Chi tiết', // legal numbering: the roman "I" shows as "1" here
      'II. NỘI DUNG',
      '1. Tuyên truyền',
      'a) Thứ nhất',
      '- Ý chính',
      '+ Ý phụ',
      '', // an empty list paragraph shows no marker but still counts, as in Word
      'c) Thứ ba',
    ]);
  });

  it('flattens table rows line by line, skipping empty cells and all-empty lines', () => {
    expect(
      flattenTable([
        [['A1', 'A2', ''], ['B1']],
        [['only'], []],
        [[], ['right']],
        [['', ''], ['', '']],
        [['merged across']],
      ]),
    ).toEqual(['A1 | B1', 'A2 |', 'only |', '| right', 'merged across']);
  });
});

describe('extractText: damaged or hostile .docx', () => {
  it('refuses a zip without word/document.xml as an unsupported type', async () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), '[Content_Types].xml': strToU8('<Types/>') });
    await expect(extractText(zip, 'bang-tinh.docx')).rejects.toMatchObject({ status: 415, code: 'UNSUPPORTED_TYPE' });
  });

  it('reports a truncated .docx as corrupt', async () => {
    const bytes = await seedDocx();
    await expect(extractText(bytes.subarray(0, Math.floor(bytes.length / 2)), 'x.docx')).rejects.toMatchObject({ status: 400, code: 'CORRUPT_FILE' });
  });

  /**
   * A zip whose word/document.xml is `mb` megabytes of spaces. Each megabyte is deflated
   * once with a full flush (byte-aligned, no back-references across it), so the stream is
   * that block repeated: built in milliseconds without ever holding the spaces.
   * The CRC is left at 0: the reader refuses the entry long before a CRC could matter.
   */
  function spacesBomb(mb: number): Uint8Array {
    const spaces = Buffer.alloc(1024 * 1024, 0x20);
    const block = deflateRawSync(spaces, { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
    const last = deflateRawSync(spaces, { level: 9 });
    const data = Buffer.concat([...Array.from({ length: mb - 1 }, () => block), last]);
    const name = Buffer.from('word/document.xml');
    const size = mb * 1024 * 1024;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42); // local header at 0
    const cdOffset = local.length + name.length + data.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(cdOffset, 16);
    return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
  }

  /** Central directory entry of the first file: its declared uncompressed size is at +24. */
  function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
    const copy = zip.slice();
    const view = new DataView(copy.buffer);
    for (let i = copy.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) !== 0x06054b50) continue;
      const cd = view.getUint32(i + 16, true);
      view.setUint32(cd + 24, size, true);
      return copy;
    }
    throw new Error('no central directory');
  }

  it('stops a zip bomb (200 MB of spaces) quickly, honest or lying about its size', async () => {
    const bomb = spacesBomb(200);
    expect(bomb.length).toBeLessThan(300 * 1024);
    for (const bytes of [bomb, lieAboutSize(bomb, 1000)]) {
      const t0 = performance.now();
      await expect(extractText(bytes, 'bom.docx')).rejects.toMatchObject({ status: 400, code: 'CORRUPT_FILE' });
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
