import { dispatch, type Run } from './engels-dispatch';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const runs = (rs: Run[]) => rs.map((r) => (typeof r === 'string' ? esc(r) : `<i>${esc(r.italic)}</i>`)).join('');

/** The dispatch as a printed A4 page, for page.pdf(): serif type, two-column header and signature. */
export function dispatchHtml(): string {
  const [parent, issuer, number, subject] = dispatch.headerLeft.map((s) => esc(s));
  const [nation, motto, placeDate] = dispatch.headerRight.map((s) => esc(s));
  const [ccTitle, ...ccLines] = dispatch.cc.map((s) => esc(s));
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
  body { font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; font-size: 13pt; line-height: 1.35; color: #000; }
  table { width: 100%; border-collapse: collapse; }
  td { vertical-align: top; text-align: center; padding: 0; }
  .left { width: 40%; } .right { width: 60%; }
  .subject { font-size: 12pt; margin-top: 4pt; }
  .recipients { margin: 14pt 0 10pt; text-align: center; }
  .recipients p { margin: 0; }
  .body p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
  .cc { text-align: left; font-size: 11pt; width: 50%; }
  .cc p, .sign p, td p { margin: 0; }
  .sign { width: 50%; }
</style></head><body>
<table><tr>
  <td class="left"><p>${parent}</p><p><b>${issuer}</b></p><p>${number}</p><p class="subject">${subject}</p></td>
  <td class="right"><p><b>${nation}</b></p><p><b>${motto}</b></p><p><i>${placeDate}</i></p></td>
</tr></table>
<div class="recipients">${dispatch.recipients.map((r) => `<p>${esc(r)}</p>`).join('')}</div>
<div class="body">${dispatch.body.map((p) => `<p>${p.bold ? `<b>${runs(p.runs)}</b>` : runs(p.runs)}</p>`).join('\n')}</div>
<table><tr>
  <td class="cc"><p><b><i>${ccTitle}</i></b></p>${ccLines.map((c) => `<p>${c}</p>`).join('')}</td>
  <td class="sign"><p><b>${esc(dispatch.signature.authority)}</b></p><p><b>${esc(dispatch.signature.title)}</b></p><p>&nbsp;</p><p>&nbsp;</p><p><b>${esc(dispatch.signature.name)}</b></p></td>
</tr></table>
</body></html>`;
}
