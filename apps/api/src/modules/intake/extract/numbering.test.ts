import { describe, expect, it } from 'vitest';
import { Numbering } from './numbering';
import { documentLines } from './docx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const PREFIXES = new Map([[W, 'w']]);

const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="Điều %1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="%2."/><w:lvlRestart w:val="0"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;

const stylesXml = `<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Dieu"><w:basedOn w:val="Heading1"/></w:style>
</w:styles>`;

describe('Numbering', () => {
  it('numbers through styles, keeps or restarts counters like Word, and honours numId 0', () => {
    const n = new Numbering(numberingXml, stylesXml, PREFIXES);
    const seq = [
      n.next({ numId: null, ilvl: null }, 'Heading1'), // level found from the level's pStyle
      n.next({ numId: '1', ilvl: 1 }, null),
      n.next({ numId: null, ilvl: null }, 'Dieu'), // basedOn Heading1
      n.next({ numId: '1', ilvl: 1 }, null), // lvlRestart 0: carries on
      n.next({ numId: '0', ilvl: 0 }, 'Heading1'), // numbering removed on the paragraph
      n.next({ numId: '2', ilvl: 0 }, null),
      n.next({ numId: '2', ilvl: 0 }, null),
      n.next({ numId: '3', ilvl: 0 }, null), // same list definition, restarted by startOverride
      n.next({ numId: '9', ilvl: 0 }, null), // unknown list
    ];
    expect(seq).toEqual(['Điều 1.', '01.', 'Điều 2.', '02.', null, 'a)', 'b)', 'a)', null]);
  });

  it('reads a document whose WordprocessingML prefix is not "w", decoding entities and skipping what is not shown', () => {
    const xml = `<?xml version="1.0"?>
<ns0:document xmlns:ns0="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<ns0:body>
  <ns0:p><ns0:r><ns0:t>Báo cáo &amp; đề xuất &lt;kèm theo&gt; &#273;&#x1EA7;y đủ</ns0:t></ns0:r></ns0:p>
  <ns0:p>
    <ns0:ins><ns0:r><ns0:t>giữ</ns0:t></ns0:r></ns0:ins>
    <ns0:del><ns0:r><ns0:delText>xóa</ns0:delText></ns0:r></ns0:del>
    <ns0:r><ns0:fldChar ns0:fldCharType="begin"/></ns0:r><ns0:r><ns0:instrText> PAGE </ns0:instrText></ns0:r>
    <ns0:r><ns0:rPr><ns0:vanish/></ns0:rPr><ns0:t>ẩn</ns0:t></ns0:r>
    <ns0:r><ns0:t xml:space="preserve"> lại</ns0:t></ns0:r>
  </ns0:p>
  <ns0:p><ns0:r><mc:AlternateContent><mc:Choice Requires="wps"><ns0:drawing><ns0:txbxContent><ns0:p><ns0:r><ns0:t>Hộp chữ</ns0:t></ns0:r></ns0:p></ns0:txbxContent></ns0:drawing></mc:Choice><mc:Fallback><ns0:pict><ns0:txbxContent><ns0:p><ns0:r><ns0:t>Hộp chữ</ns0:t></ns0:r></ns0:p></ns0:txbxContent></ns0:pict></mc:Fallback></mc:AlternateContent></ns0:r><ns0:r><ns0:t>Neo</ns0:t></ns0:r></ns0:p>
  <ns0:p><ns0:pPr><ns0:tabs><ns0:tab ns0:val="left" ns0:pos="720"/></ns0:tabs></ns0:pPr><ns0:r><ns0:t>A</ns0:t><ns0:tab/><ns0:t>B</ns0:t></ns0:r></ns0:p>
</ns0:body></ns0:document>`;
    expect(documentLines(xml, new Numbering(null, null, PREFIXES))).toEqual([
      'Báo cáo & đề xuất <kèm theo> đầy đủ',
      'giữ lại',
      'Hộp chữ', // a text box comes before the paragraph it is anchored in
      'Neo',
      'A\tB',
    ]);
  });
});
