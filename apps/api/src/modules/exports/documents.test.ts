import { describe, expect, it } from 'vitest';
import type { SummaryReport } from '@dondoc/schemas';
import { actorFor, fakeClock, seededDb } from '../../../test/helpers';
import { extractPdf } from '../intake/extract/pdf';
import { LETTERHEAD, TYPE, numberLine, placeDate, recipientLines, textWidthPt } from './document';
import { reportDocx } from './docx';
import { inlines, reportPdf } from './pdf';
import { reportHtml } from './print';
import { createSummaryReport, summaryDocument, updateSummaryReport } from './summary-reports';
import { paragraphs, runProps, someWork, tables, unzipText } from './test-setup';

async function numberedReport() {
  const clock = fakeClock('2020-11-20T02:00:00.000Z');
  const { db } = await seededDb(clock);
  someWork(db, clock);
  const staff = actorFor(db, 'staff');
  const draft = createSummaryReport(db, clock, staff, 1);
  const report: SummaryReport = updateSummaryReport(db, clock, staff, draft.id, {
    version: draft.version,
    number: '15',
    symbol: draft.symbol,
    place: draft.place,
    date: '2021-01-05',
    subject: draft.subject,
    sections: draft.sections,
    signer: draft.signer,
    recipients: draft.recipients,
  });
  return { db, clock, staff, report, ...summaryDocument(db, clock, staff, report.id) };
}

describe('the BÁO CÁO layout (Decree 30/2020)', () => {
  it('writes numbers, dates and recipients the way the decree does', () => {
    expect(numberLine('15', 'BC-STTTT')).toBe('Số: 15/BC-STTTT');
    expect(numberLine('5', 'BC-STTTT')).toBe('Số: 05/BC-STTTT');
    expect(numberLine(null, 'BC-STTTT')).toMatch(/^Số:\s+\/BC-STTTT$/);
    expect(placeDate('Lạng Sơn', '2021-01-05')).toBe('Lạng Sơn, ngày 05 tháng 01 năm 2021');
    expect(placeDate('Lạng Sơn', '2021-03-15')).toBe('Lạng Sơn, ngày 15 tháng 3 năm 2021');
    expect(placeDate('Lạng Sơn', '2020-12-09')).toBe('Lạng Sơn, ngày 09 tháng 12 năm 2020');
    expect(recipientLines(['Như trên;', '- Lãnh đạo Sở', 'Lưu: VT, TTBCXB.'])).toEqual(['- Như trên;', '- Lãnh đạo Sở;', '- Lưu: VT, TTBCXB.']);
  });

  it('prefills the draft from the directive’s results', async () => {
    const { report } = await numberedReport();
    expect(report.subject).toBe(
      'Kết quả thực hiện Công văn số …/STTTT-TTBCXB tháng 11/2020 của Sở Thông tin và Truyền thông về tuyên truyền thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025; tuyên truyền kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen (28/11/1820 -28/11/2020)',
    );
    expect(report.signer).toEqual({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Hải Yến' });
    expect(report.recipients).toEqual(['UBND tỉnh (b/c)', 'Ban Tuyên giáo Tỉnh ủy (b/c)', 'Lãnh đạo Sở', 'Lưu: VT, TTBCXB']);
    const body = (key: string) => report.sections.find((s) => s.key === key)?.body ?? '';
    expect(body('mo_dau')).toContain('Thực hiện Kế hoạch số 02-KH/TU ngày 13/11/2020 của Tỉnh ủy Lạng Sơn; Hướng dẫn số 11-HD/BTGTU ngày 13/11/2020 của Ban Tuyên giáo Tỉnh ủy');
    expect(body('ket_qua_noi_dung')).toContain('2. Tuyên truyền kỷ niệm 200 năm Ngày sinh Ph.Ăng-ghen');
    expect(body('ket_qua_noi_dung')).toMatch(/: 2\/13 đơn vị đã hoàn thành; 2 hoạt động \(Báo in: 8 tin\/bài; Pa nô, băng rôn, khẩu hiệu: 12 cái\)/);
    expect(body('ket_qua_don_vi')).toContain('- Báo Lạng Sơn: hoàn thành 5/5 nội dung (hoàn thành); 1 hoạt động: Báo in: 8 tin/bài.');
    expect(body('ket_qua_don_vi')).toContain('Có 2/14 đơn vị đã hoàn thành (trong đó 1 đơn vị hoàn thành sau thời hạn), 0 đơn vị đang thực hiện, 1 đơn vị quá hạn');
    expect(body('ton_tai')).toContain('Đơn vị quá hạn chưa hoàn thành: Đài Phát thanh và Truyền hình tỉnh.');
    expect(body('ton_tai')).toMatch(/Đơn vị chưa gửi báo cáo[^:]*: Báo Lạng Sơn; Đài Phát thanh/);
    expect(report.figures.totals).toMatchObject({ units: 14, done: 2, overdue: 1, activities: 3, articles: 14, reported: 1 });
  });

  it('lays the .docx out on A4 with the decree’s margins, header, table and signature', async () => {
    const { doc, report } = await numberedReport();
    const zip = unzipText(await reportDocx(doc));
    const xml = zip.get('word/document.xml') as string;
    const ps = paragraphs(xml);
    const [header, figures, signature] = tables(xml) as [string[][], string[][], string[][]];

    // Two-column header: parent and issuing body | national title and motto; then number | place and date.
    expect(header[0]?.[0]).toBe('UBND TỈNH LẠNG SƠN\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\n');
    expect(header[0]?.[1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n');
    expect(header[1]).toEqual(['Số: 15/BC-STTTT', 'Lạng Sơn, ngày 05 tháng 01 năm 2021']);
    const size = (text: string) => Number(/<w:sz w:val="(\d+)"\/>/.exec(runProps(xml, text))?.[1]) / 2;
    expect(runProps(xml, 'UBND TỈNH LẠNG SƠN')).not.toContain('<w:b/>');
    expect(runProps(xml, 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG')).toContain('<w:b/>');
    expect(runProps(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    // The motto's rule is a drawn line, not an underline (which would cross the dots under "Độc", "lập", "Hạnh").
    expect(runProps(xml, 'Độc lập - Tự do - Hạnh phúc')).toContain('<w:b/>');
    expect(runProps(xml, 'Độc lập - Tự do - Hạnh phúc')).not.toContain('<w:u ');
    expect(runProps(xml, 'Lạng Sơn, ngày 05 tháng 01 năm 2021')).toContain('<w:i/>');
    expect([size('UBND TỈNH LẠNG SƠN'), size('SỞ THÔNG TIN VÀ TRUYỀN THÔNG'), size('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')]).toEqual([12, 12, 12]);
    expect([size('Độc lập - Tự do - Hạnh phúc'), size('Số: 15/BC-STTTT'), size('Lạng Sơn, ngày 05 tháng 01 năm 2021')]).toEqual([13, 13, 14]);
    // Rules under the issuing body, the motto and the subject: empty paragraphs with a bottom border,
    // centred by equal indents in their box; lengths measured on the text (Liberation Serif = TNR metrics).
    const rules = [...xml.matchAll(/<w:pPr><w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>(?:(?!<\/w:pPr>).)*?<w:ind w:left="(\d+)" w:right="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(rules).toHaveLength(3);
    for (const [l, r] of rules) expect(l).toBe(r);
    const cellInner = (mm: number) => Math.round((mm * 1440) / 25.4) - 80;
    const ruleMm = (i: number, box: number) => ((box - 2 * (rules[i]?.[0] ?? 0)) / 1440) * 25.4;
    const ptMm = (pt: number) => (pt * 25.4) / 72;
    const bodyMm = ptMm(textWidthPt(LETTERHEAD.body, TYPE.letterhead, 'bold'));
    expect(bodyMm).toBeCloseTo(74, 0);
    expect(ruleMm(0, cellInner(80)) / bodyMm).toBeGreaterThanOrEqual(1 / 3);
    expect(ruleMm(0, cellInner(80)) / bodyMm).toBeLessThanOrEqual(1 / 2);
    expect(ruleMm(1, cellInner(95))).toBeCloseTo(ptMm(textWidthPt(LETTERHEAD.motto, TYPE.motto, 'bold')), 0);
    // The subject wraps in 3/4 of the 165 mm text width; its rule is 1/3–1/2 of a full line.
    expect(ruleMm(2, Math.round((165 * 1440) / 25.4)) / (165 * 0.75)).toBeGreaterThanOrEqual(1 / 3 - 0.02);
    expect(ruleMm(2, Math.round((165 * 1440) / 25.4)) / (165 * 0.75)).toBeLessThanOrEqual(1 / 2);
    // The header is a two-column borderless table reaching 10 mm into the left margin (80 + 95 mm);
    // the signature block starts at the margin, so "Nơi nhận" is flush left ("sát lề trái"), 70 + 95 mm.
    const grids = [...xml.matchAll(/<w:tblGrid>((?:(?!<\/w:tblGrid>).)*)<\/w:tblGrid>/g)].map((m) => [...(m[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])));
    expect(grids[0]).toEqual([4535, 5386]);
    expect(grids[2]).toEqual([3969, 5386]);
    const indents = [...xml.matchAll(/<w:tblInd w:type="dxa" w:w="(-?\d+)"\/>/g)].map((m) => Number(m[1]));
    expect([indents[0], indents.at(-1)]).toEqual([-567, 0]);
    expect(xml).toMatch(/<w:tcMar><w:top[^>]*\/><w:left w:type="dxa" w:w="0"\/>[\s\S]*?Nơi nhận:/);
    expect(header).toHaveLength(2);
    expect(header.every((row) => row.length === 2)).toBe(true);

    const kind = ps.indexOf('BÁO CÁO');
    expect(kind).toBeGreaterThan(0);
    expect(ps[kind + 1]).toBe(report.subject);
    expect(runProps(xml, 'BÁO CÁO')).toContain('<w:b/>');
    expect(runProps(xml, 'Kết quả thực hiện Công văn')).toContain('<w:b/>');
    expect([size('BÁO CÁO'), size('Kết quả thực hiện Công văn'), size('Thực hiện Kế hoạch số')]).toEqual([14, 14, 14]);
    expect(ps).toContain('I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI');
    expect(ps).toContain('- Báo Lạng Sơn: hoàn thành 5/5 nội dung (hoàn thành); 1 hoạt động: Báo in: 8 tin/bài.');

    // The table of figures: header, one row per unit, totals.
    expect(figures[0]).toEqual(['STT', 'Đơn vị', 'Nội dung hoàn thành', 'Tình trạng', 'Số hoạt động', 'Số tin, bài', 'Báo cáo']);
    expect(figures).toHaveLength(14 + 2);
    expect(figures.find((r) => r[1] === 'Báo Lạng Sơn')).toEqual([expect.any(String), 'Báo Lạng Sơn', '5/5', 'Hoàn thành', '1', '8', 'Chưa gửi']);
    expect(figures.find((r) => r[1] === 'Đài Phát thanh và Truyền hình tỉnh')?.[3]).toBe('Quá hạn');
    expect(figures.find((r) => r[1] === 'Phòng Văn hóa và Thông tin thành phố Lạng Sơn')?.[3]).toBe('Hoàn thành muộn');
    expect(figures.at(-1)?.slice(1)).toEqual(['Tổng cộng: 14 đơn vị', '11/77', '2 hoàn thành', '3', '14', '1/13 đã gửi']);

    // Signature: Nơi nhận on the left, authority, title and name on the right.
    expect(signature[0]?.[0]).toBe('Nơi nhận:\n- UBND tỉnh (b/c);\n- Ban Tuyên giáo Tỉnh ủy (b/c);\n- Lãnh đạo Sở;\n- Lưu: VT, TTBCXB.');
    expect(signature[0]?.[1]).toMatch(/^KT\. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(\n)+Lê Hải Yến$/);
    expect(runProps(xml, 'Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>/);
    expect([size('Nơi nhận:'), size('- UBND tỉnh (b/c);'), size('KT. GIÁM ĐỐC'), size('PHÓ GIÁM ĐỐC'), size('Lê Hải Yến')]).toEqual([12, 11, 14, 14, 14]);
    for (const t of ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Hải Yến']) expect(runProps(xml, t)).toContain('<w:b/>');

    // A4 portrait, margins 20/20/30/15 mm in twips; first page without a page number, then centred numbers.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"( w:orient="portrait")?\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567"/);
    expect(xml).toContain('<w:titlePg/>');
    const headers = [...zip.entries()].filter(([n]) => /^word\/header\d+\.xml$/.test(n)).map(([, x]) => x);
    expect(headers.some((h) => h.includes('PAGE') && h.includes('<w:jc w:val="center"/>'))).toBe(true);
    // Times New Roman throughout: the default run font and every run.
    expect(zip.get('word/styles.xml')).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    // Text in 11–14 pt (the rules' empty runs aside).
    const sizes = new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2));
    expect([...sizes].filter((s) => s > 2).every((s) => s >= 11 && s <= 14)).toBe(true);
    expect(xml.match(/<w:rFonts w:ascii="([^"]+)"/g)?.every((m) => m.includes('Times New Roman'))).toBe(true);
    // Body justified with a first-line indent of 1.27 cm and 6 pt after.
    const body = /<w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr><w:r><w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">Thực hiện Kế hoạch số/.exec(xml)?.[1] ?? '';
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('<w:ind w:firstLine="720"/>');
    expect(body).toMatch(/w:after="120"/);
  });

  it('prints the same report as a PDF with the fonts embedded and Vietnamese intact', async () => {
    const { doc } = await numberedReport();
    const bytes = await reportPdf(doc);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = bytes.toString('latin1');
    // Liberation Serif (Times New Roman's metrics) embedded as subsets, never a standard font reference.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSerif-Bold/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/(Times-Roman|Helvetica)/);
    // A4 in points.
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    const { text } = await extractPdf(bytes);
    const t = text.normalize('NFC');
    const lines = t.split('\n').map((l) => l.trim());
    // Page numbers from page 2, on a line of their own; none on page 1.
    expect(lines[0]).toMatch(/^UBND TỈNH LẠNG SƠN/);
    expect(lines).toContain('2');
    // Symbols are set whole: no line break or justification gap inside "…/STTTT-TTBCXB" or "Ph.Ăng-ghen".
    expect(t).toContain('Công văn số …/STTTT-TTBCXB');
    expect(t).not.toMatch(/…\/\s+STTTT|STTTT-\s+TTBCXB|Ph\.Ăng-\s+ghen/);
    for (const words of [
      'UBND TỈNH LẠNG SƠN',
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-STTTT',
      'Lạng Sơn, ngày 05 tháng 01 năm 2021',
      'BÁO CÁO',
      'Phòng Văn hóa và Thông tin huyện Tràng Định',
      'Đài Phát thanh và Truyền hình tỉnh',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Lê Hải Yến',
      'Nơi nhận:',
      '- Ban Tuyên giáo Tỉnh ủy (b/c);',
      '- Lưu: VT, TTBCXB.',
      'Tổng cộng: 14 đơn vị',
    ]) {
      expect(t).toContain(words);
    }
  });

  it('keeps words joined by "/" or "-" whole in the PDF, and only those', () => {
    expect(inlines('Công văn số …/STTTT-TTBCXB tháng 11/2020, nhiệm kỳ 2020 - 2025.')).toEqual([
      'Công văn số ',
      { text: '…/STTTT-TTBCXB', noWrap: true },
      ' tháng ',
      { text: '11/2020,', noWrap: true },
      ' nhiệm kỳ 2020 - 2025.',
    ]);
  });

  it('has a print view: one page of HTML with A4 print CSS and the text escaped', async () => {
    const { doc } = await numberedReport();
    const html = reportHtml({ ...doc, subject: `${doc.subject} <script>alert(1)</script>` });
    expect(html).toMatch(/^<!doctype html>/);
    // Browsers clip what overflows the page box: it starts at 20 mm (where the header block begins) and the
    // sheet pads the text back to the decree's 30 mm.
    expect(html).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 20mm;');
    expect(html).toContain('.sheet { width: auto; min-height: 0; margin: 0; padding: 0 0 0 10mm;');
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toContain('font-family: "Times New Roman", "Liberation Serif"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<(link|img|script)\b/);
    for (const s of ['Số: 15/BC-STTTT', 'Độc lập - Tự do - Hạnh phúc', 'KT. GIÁM ĐỐC', 'Nơi nhận:', 'Báo Lạng Sơn']) expect(html).toContain(s);
  });
});
