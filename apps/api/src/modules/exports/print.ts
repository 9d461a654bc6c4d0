/**
 * The print view of a BÁO CÁO: one self-contained HTML page (no script, no outside resource)
 * laid out like the .docx, with print CSS for A4 and the decree's margins. Browsers that support
 * page-margin boxes number the pages from 2 in the top margin.
 */
import { BLOCKS, LETTERHEAD, PAGE, SUBJECT_SHARE, TYPE, type FigureTable, type ReportDocument } from './document';

const mm = (pt: number) => `${((pt * 25.4) / 72).toFixed(1)}mm`;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function table(t: FigureTable): string {
  const cols = t.columns.map((c) => `<col style="width:${(c.width * 100).toFixed(1)}%">`).join('');
  const cells = (row: string[], tag: 'td' | 'th') => row.map((v, i) => `<${tag} class="${tag === 'th' ? 'c' : (t.columns[i]?.align ?? 'left')[0]}">${esc(v)}</${tag}>`).join('');
  return `<p class="caption">${esc(t.caption)}</p>
<table class="figures"><colgroup>${cols}</colgroup>
<thead><tr>${cells(t.columns.map((c) => c.header), 'th')}</tr></thead>
<tbody>${t.rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('\n')}</tbody>
<tfoot><tr class="total">${cells(t.totals, 'td')}</tr></tfoot></table>`;
}

export function reportHtml(doc: ReportDocument): string {
  const html = doc.blocks.map((b) => (b.kind === 'table' ? table(b.table) : `<p class="body${b.kind === 'heading' ? ' b' : ''}">${esc(b.text)}</p>`));
  // The closing paragraph ("Trên đây là báo cáo…") stays on the page of the signature.
  const closing = doc.blocks.at(-1)?.kind === 'paragraph' ? (html.pop() ?? '') : '';
  const body = html.join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>
/* Browsers clip what overflows the page box, so the printed page box starts ${BLOCKS.outdentMm} mm further left
   (where the header block begins) and the sheet pads it back to the decree's ${PAGE.leftMm} mm. */
@page { size: A4 portrait; margin: ${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm - BLOCKS.outdentMm}mm;
  @top-center { content: counter(page); padding-left: ${BLOCKS.outdentMm}mm; font: ${TYPE.pageNumber}pt "Times New Roman", "Liberation Serif", Tinos, serif; } }
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { background: #e5e5e5; }
body { margin: 0; font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: ${TYPE.body}pt; color: #000; font-kerning: none; }
.sheet { width: ${PAGE.widthMm}mm; min-height: ${PAGE.heightMm}mm; margin: 10mm auto; padding: ${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
@media print { html { background: none; } .sheet { width: auto; min-height: 0; margin: 0; padding: 0 0 0 ${BLOCKS.outdentMm}mm; box-shadow: none; } }
table.head, table.sign { table-layout: fixed; border-collapse: collapse; line-height: 1.2; }
table.head { width: ${BLOCKS.leftMm + BLOCKS.rightMm}mm; margin-left: -${BLOCKS.outdentMm}mm; }
table.sign { width: ${BLOCKS.signLeftMm + BLOCKS.rightMm}mm; }
table.head td, table.sign td { vertical-align: top; text-align: center; padding: 0 2pt; }
table.head td:first-child { width: ${BLOCKS.leftMm}mm; }
table.sign td:first-child { width: ${BLOCKS.signLeftMm}mm; padding-left: 0; }
.lh { font-size: ${TYPE.letterhead}pt; }
.nt { font-size: ${TYPE.nationalTitle}pt; font-weight: bold; }
.motto { font-size: ${TYPE.motto}pt; font-weight: bold; }
/* Rules measured on the text they underline (an underline would run through the dots under "Độc", "Hạnh"). */
.rule { margin: 5pt auto 0; border-top: 0.6pt solid #000; }
.no { font-size: ${TYPE.number}pt; padding-top: 6pt !important; }
.date { font-size: ${TYPE.placeDate}pt; font-style: italic; padding-top: 6pt !important; }
.kind { margin: 18pt 0 0; text-align: center; font-weight: bold; font-size: ${TYPE.kind}pt; }
.subject { margin: 0 ${((1 - SUBJECT_SHARE) * 50).toFixed(1)}% 3pt; text-align: center; font-weight: bold; font-size: ${TYPE.kind}pt; line-height: 1.2; }
p.body { margin: 0 0 6pt; text-align: justify; text-indent: 1.27cm; line-height: 1.2; }
p.b { font-weight: bold; }
p.caption { margin: 6pt 0; text-align: center; font-style: italic; font-size: ${TYPE.body - 1}pt; }
table.figures { width: 100%; border-collapse: collapse; font-size: ${TYPE.table}pt; margin-bottom: 6pt; }
table.figures th, table.figures td { border: 0.5pt solid #000; padding: 1pt 3pt; }
table.figures tr { break-inside: avoid; }
th.c, td.c { text-align: center; } td.l { text-align: left; } td.r { text-align: right; }
tr.total td { font-weight: bold; }
.closing { break-inside: avoid; }
table.sign { margin-top: 6pt; }
table.sign td:first-child { text-align: left; }
.rh { font-size: ${TYPE.recipientsHead}pt; font-weight: bold; font-style: italic; }
.r { font-size: ${TYPE.recipients}pt; }
.sg { font-weight: bold; }
.space { height: 60pt; }
</style></head>
<body><main class="sheet">
<table class="head"><tr>
<td><div class="lh">${esc(LETTERHEAD.parent)}</div><div class="lh"><b>${esc(LETTERHEAD.body)}</b></div><div class="rule" style="width:${mm(doc.rules.issuingBody)}"></div></td>
<td><div class="nt">${esc(LETTERHEAD.nationalTitle)}</div><div class="motto">${esc(LETTERHEAD.motto)}</div><div class="rule" style="width:${mm(doc.rules.motto)};margin-top:2pt"></div></td>
</tr><tr><td class="no">${esc(doc.numberLine)}</td><td class="date">${esc(doc.placeDate)}</td></tr></table>
<p class="kind">${esc(doc.kind)}</p>
<p class="subject">${esc(doc.subject)}</p>
<div class="rule" style="width:${mm(doc.rules.subject)}"></div>
<div style="height:12pt"></div>
${body}
<div class="closing">${closing}
<table class="sign"><tr>
<td><div class="rh">Nơi nhận:</div>${doc.recipients.map((r) => `<div class="r">${esc(r)}</div>`).join('')}</td>
<td>${doc.signer.authority ? `<div class="sg">${esc(doc.signer.authority.toUpperCase())}</div>` : ''}<div class="sg">${esc(doc.signer.title.toUpperCase())}</div><div class="space"></div><div class="sg">${esc(doc.signer.name)}</div></td>
</tr></table></div>
</main></body></html>
`;
}
