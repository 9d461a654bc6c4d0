import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDirective, type ParsedDirective } from '@dondoc/parser';
import { describe, expect, it } from 'vitest';
import { extractText } from './index';
import { pageLines, type Piece } from './pdf-layout';

const HERE = dirname(fileURLToPath(import.meta.url));
const FILES = resolve(HERE, '../../../../test/files');
const FIXTURES = resolve(HERE, '../../../../../../../shared/fixtures/directives');
const expected = JSON.parse(readFileSync(resolve(FIXTURES, '01-langson-stttt-2020-11-engels.expected.json'), 'utf8')) as ParsedDirective;
const file = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(FILES, name)));

describe('extractText: .pdf', () => {
  it('reads dispatch 01 printed as a two-page official letter, and the parser gets the fixture', async () => {
    const bytes = file('seed-01.pdf');
    const out = await extractText(bytes, 'cong-van-01.pdf');
    expect(out.kind).toBe('pdf');
    expect(out.warnings).toEqual([]);
    const lines = out.text.split('\n');
    expect(lines[0]).toBe('UBND TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Số: /STTTT-TTBCXB | Lạng Sơn, ngày tháng 11 năm 2020');
    expect(lines).toContain('Nơi nhận: | KT. GIÁM ĐỐC');
    expect(lines).toContain('| Lê Hải Yến');

    const d = parseDirective(out.text);
    expect(d.recipients).toEqual(expected.recipients);
    expect(d.subject).toBe(expected.subject);
    expect(d.symbol).toBe('STTTT-TTBCXB');
    expect(d.issuer).toBe('SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    expect(d.parts.map((p) => p.label)).toEqual(['1', '2', '3']);
    expect(d.parts.map((p) => p.parts.length)).toEqual([2, 3, 1]);
    expect(d.parts.map((p) => p.title)).toEqual(expected.parts.map((p) => p.title));
    expect(d.parts.flatMap((p) => p.parts.map((c) => c.text))).toEqual(expected.parts.flatMap((p) => p.parts.map((c) => c.text)));
    expect(d.signer).toEqual(expected.signer);
    expect(d.cc).toEqual(expected.cc);
  });

  it('reads dispatch 05 laid out another way (tight header, wrapped subject, "Kính gửi:" beside the first recipient)', async () => {
    const want = JSON.parse(readFileSync(resolve(FIXTURES, '05-langson-stttt-2021-03-pdf-extracted.expected.json'), 'utf8')) as ParsedDirective;
    const out = await extractText(file('letter-05.pdf'), 'cong-van-356.pdf');
    expect(out.text.split('\n')[0]).toBe('UBND TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const d = parseDirective(out.text);
    const { warnings: _w, ...got } = d;
    const { warnings: _x, ...wanted } = want;
    expect(got).toEqual(wanted);
  });

  it('reads the seed PDF well under a second once pdf.js is loaded', async () => {
    const bytes = file('seed-01.pdf');
    await extractText(bytes, 'warm-up.pdf');
    const t0 = performance.now();
    await extractText(bytes, 'cong-van-01.pdf');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('leaves the caller’s bytes intact (pdf.js is given a copy)', async () => {
    const bytes = file('seed-01.pdf');
    const before = bytes.length;
    await extractText(bytes, 'x.pdf');
    expect(bytes.length).toBe(before);
    expect(bytes[0]).toBe(0x25);
  });

  it('says a scanned PDF (only an image) has no text layer', async () => {
    await expect(extractText(file('scanned.pdf'), 'scan.pdf')).rejects.toMatchObject({ status: 400, code: 'PDF_NO_TEXT' });
  });

  it('asks for an unprotected copy of a password-protected PDF', async () => {
    await expect(extractText(file('encrypted.pdf'), 'mat-khau.pdf')).rejects.toMatchObject({ status: 400, code: 'PDF_PASSWORD' });
  });

  it('reports truncated, damaged or garbage PDFs as corrupt, without library wording', async () => {
    const seed = file('seed-01.pdf');
    const damaged = seed.slice();
    damaged.fill(0x41, 10_000, 30_000);
    const garbage = new Uint8Array(5000).map((_, i) => (i * 7919 + 13) % 251);
    garbage.set(new TextEncoder().encode('%PDF-1.7\n'));
    for (const bytes of [seed.subarray(0, 20_000), seed.subarray(0, seed.length - 200), damaged, garbage, new TextEncoder().encode('%PDF-')]) {
      const err = await extractText(bytes, 'x.pdf').catch((e: unknown) => e);
      expect(err).toMatchObject({ status: 400, code: 'CORRUPT_FILE' });
      expect((err as Error).message).not.toMatch(/Invalid|PDF structure|Exception|at /u);
    }
  });
});

describe('pageLines: layout of one page', () => {
  let order = 0;
  const piece = (str: string, x: number, y: number, w: number, size = 13): Piece => ({ str, x, y, w, size, order: order++ });

  it('joins a two-column row with " | ", but not the blank left for a hand-written number', () => {
    order = 0;
    const lines = pageLines([
      piece('UBND TỈNH LẠNG SƠN', 111, 68, 134),
      piece('SỞ TƯ PHÁP', 130, 84, 80),
      piece('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 278, 69, 269), // drawn after the left cell
      piece('Số:', 111, 123, 17),
      piece('/STP-VP', 153, 123, 50),
      piece('Lạng Sơn, ngày', 312, 123, 82),
      piece('tháng 3 năm 2021', 413, 123, 100),
    ]);
    // a line alone in the left column between column rows keeps the block open with a trailing "|"
    expect(lines).toEqual(['UBND TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ TƯ PHÁP |', '', 'Số: /STP-VP | Lạng Sơn, ngày tháng 3 năm 2021']);
  });

  it('adds spaces between pieces only where the gap or a space piece says so', () => {
    order = 0;
    expect(
      pageLines([piece('và Nhân dân (', 85, 100, 80), piece('như: Lòng ghép', 165, 100, 90), piece(' ', 255, 100, 1), piece('cơ quan', 256, 100, 40)]),
    ).toEqual(['và Nhân dân (như: Lòng ghép cơ quan']);
  });

  it('marks text alone in one column of a column block with "|" on the side of the other column', () => {
    order = 0;
    const lines = pageLines([
      piece('Nơi nhận:', 85, 500, 52, 12),
      piece('KT. GIÁM ĐỐC', 366, 500, 93),
      piece('- Như trên;', 85, 514, 49, 11),
      piece('- Lưu: VT.', 85, 528, 50, 11),
      piece('Lê Hải Yến', 381, 590, 63),
    ]);
    expect(lines[0]).toBe('Nơi nhận: | KT. GIÁM ĐỐC');
    expect(lines.filter((l) => l)).toEqual(['Nơi nhận: | KT. GIÁM ĐỐC', '- Như trên; |', '- Lưu: VT. |', '| Lê Hải Yến']);
  });

  it('leaves text below the last column row alone, and never takes a list item for the right column', () => {
    order = 0;
    const lines = pageLines([
      piece('Số: 12/STP-VP', 111, 100, 90),
      piece('Lạng Sơn, ngày 2 tháng 3 năm 2021', 312, 100, 200),
      piece('V/v tuyên truyền', 120, 116, 90),
      piece('Kính gửi:', 170, 150, 50),
      piece('- Ủy ban nhân dân các huyện, thành phố;', 320, 150, 220),
      piece('- Sở Tư pháp.', 320, 166, 80),
    ]);
    expect(lines.filter((l) => l)).toEqual([
      'Số: 12/STP-VP | Lạng Sơn, ngày 2 tháng 3 năm 2021',
      'V/v tuyên truyền',
      'Kính gửi: - Ủy ban nhân dân các huyện, thành phố;',
      '- Sở Tư pháp.',
    ]);
  });

  it('joins the lines of a justified paragraph and lower-case continuations, keeps list items and paragraph gaps', () => {
    order = 0;
    const lines = pageLines([
      piece('- Tuyên truyền sâu rộng trong cán bộ, đảng viên và Nhân dân.', 113, 100, 440),
      piece('Đăng tải văn kiện trên trang thông tin điện tử của Ph.Ăng-', 85, 116.5, 468),
      piece('ghen và các trang mạng xã hội;', 85, 133, 170),
      piece('- Tuyên truyền các tác phẩm kinh điển.', 113, 149.5, 250),
      piece('Đôn đốc các đơn vị thực hiện.', 113, 172, 200),
    ]);
    expect(lines).toEqual([
      '- Tuyên truyền sâu rộng trong cán bộ, đảng viên và Nhân dân. Đăng tải văn kiện trên trang thông tin điện tử của Ph.Ăng-ghen và các trang mạng xã hội;',
      '- Tuyên truyền các tác phẩm kinh điển.',
      '',
      'Đôn đốc các đơn vị thực hiện.',
    ]);
  });
});
