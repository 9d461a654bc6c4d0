/** Clean raw text: encodings debris, control characters, markdown and HTML left by converters. */

const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&ndash;': '–',
  '&mdash;': '—',
  '&hellip;': '…',
};

/** Page break marker kept as a line of its own until page furniture is removed. */
export const PAGE_BREAK = '\u000c';

/** Characters, line ends, spaces. Returns the text and whether non-text debris was dropped. */
export function sanitize(input: unknown): { text: string; debris: boolean } {
  let s = typeof input === 'string' ? input : input == null ? '' : String(input);
  let debris = false;
  try {
    s = s.normalize('NFC');
  } catch {
    // lone surrogates make normalize throw in some engines: drop them and retry
    s = s.replace(/[\ud800-\udfff]/g, '');
    debris = true;
  }
  s = s.replace(/^\ufeff/, '');
  s = s.replace(/\r\n?/g, '\n');
  s = s.replace(/\f/g, `\n${PAGE_BREAK}\n`);
  s = s.replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g, ' ');
  s = s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  s = s.replace(/\v/g, '\n');
  // Icelandic eth instead of Đ (old font conversions)
  s = s.replace(/\u00d0/g, 'Đ').replace(/\u00f0/g, 'đ');
  const before = s.length;
  s = s.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff]/g, '');
  s = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  if (s.length !== before) debris = true;
  return { text: s, debris };
}

/** Remove markdown/HTML markup from one line (tables are handled by the column step). */
export function stripMarkup(line: string): string {
  let s = line;
  if (s.indexOf('&') >= 0) s = s.replace(/&(?:nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|#39);/g, (e) => ENTITIES[e] ?? e);
  if (s.indexOf('<') >= 0) {
    // HTML tags, but not autolinks such as <http://…>
    s = s.replace(/<\/?(?:b|i|u|s|em|strong|span|p|div|font|sup|sub|mark|small|big|a|o:p|w:[a-z]+)(?:\s[^<>]{0,300})?\/?>/giu, '');
  }
  // pandoc attributes: [text]{.underline}, {.mark}
  if (s.indexOf('{') >= 0) s = s.replace(/\[([^[\]]{0,500})\]\{[^{}]{0,100}\}/gu, '$1').replace(/\{\.[a-z-]+\}/gu, '');
  // markdown headings and block quotes
  if (/^\s{0,3}[#>]/u.test(s)) s = s.replace(/^\s{0,3}#{1,6}\s+/u, '').replace(/^\s{0,3}(?:>\s?)+/u, '');
  // backslash escapes
  if (s.indexOf('\\') >= 0) s = s.replace(/\\([\\`*_{}[\]()#+\-.!|<>~"'])/gu, '$1');
  if (s.indexOf('*') >= 0) {
    // list bullet written as "* " keeps its place as a bullet; every other asterisk is emphasis
    s = s.replace(/^(\s*)\*[ \t]+(?=\S)/u, '$1- ').replace(/\*+/g, '');
  }
  if (s.indexOf('_') >= 0) {
    s = s.replace(/__(?=\S)([^_]{1,2000}?)__/gu, '$1');
    s = s.replace(/(^|[\s(“"])_(?=\S)([^_\n]{1,2000}?)_(?=$|[\s.,;:)”"])/gu, '$1$2');
  }
  // ~~strike~~ and `code`
  if (s.indexOf('~~') >= 0 || s.indexOf('`') >= 0) s = s.replace(/~~/g, '').replace(/`+/g, '');
  return s;
}
