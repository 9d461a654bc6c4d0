/** Labels that open a part: "I.", "1.", "1.2.", "a)", "-", "+", "Điều 1."… */

export type LabelType =
  | 'section' // Phần I, Chương I, Mục 1
  | 'article' // Điều 1
  | 'upper' // A., B.
  | 'roman' // I., II.
  | 'arabic' // 1., 2)
  | `dec${number}` // 1.1, 1.2.3
  | 'letter' // a), b.
  | `bullet:${string}`; // -, +, •

export type Label = { label: string; type: LabelType; rest: string };

const BULLET_CHARS = '-–—+•·▪◦○●■□♦❖➢►✓';

const ROMAN = /^(X{0,3}(?:IX|IV|V?I{0,3}))\s?[.)\-–:]\s*(?=\S)/u;

function isBulletType(t: LabelType): boolean {
  return t.startsWith('bullet:');
}

export { isBulletType };

/** Read the label at the start of a paragraph; null when the paragraph has none. */
export function readLabel(line: string): Label | null {
  const s = line.trim();
  if (!s) return null;
  const c = s.charAt(0);
  let m: RegExpExecArray | null;

  if (c >= '0' && c <= '9') {
    m = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+|(?=\p{Lu}))(?=\S)/u.exec(s);
    if (m) {
      const label = m[1] ?? '';
      return { label, type: `dec${label.split('.').length - 1}`, rest: s.slice(m[0].length) };
    }
    m = /^(\d{1,2})\s?(?:[.)]\s*(?=[\p{Lu}"“(])|[.)]\s+(?=\S)|\s?[-–/]\s+(?=\p{Lu}))/u.exec(s);
    if (m) return { label: m[1] ?? '', type: 'arabic', rest: s.slice(m[0].length) };
    return null;
  }

  if (BULLET_CHARS.includes(c)) {
    m = /^([-–—+•·▪◦○●■□♦❖➢►✓])\s*(?=\S)/u.exec(s);
    if (!m) return null;
    const raw = m[1] ?? '-';
    const label = raw === '–' || raw === '—' ? '-' : raw;
    const rest = s.slice(m[0].length);
    // "-28/11/2020", "- -" are not bullets
    if (/^[-–—]/u.test(rest) || (m[0].length === 1 && /^\d/u.test(rest))) return null;
    return { label, type: `bullet:${label}`, rest };
  }

  // a word of two letters or more opens most paragraphs and is not a label
  if (/^\p{L}{2}/u.test(s) && !/^(?:[IVX]+\s?[.)\-–:]|Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)/u.test(s)) return null;

  m = /^((?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(?:[IVXLC]+|\d{1,2}|thứ \p{L}+))\s*[.:\-–]?\s+(?=\S)/u.exec(s);
  if (m) return { label: m[1] ?? '', type: 'section', rest: s.slice(m[0].length) };

  m = /^((?:Điều|ĐIỀU)\s+\d{1,3})\s*[.:\-–]?\s*(?=\S|$)/u.exec(s);
  if (m) return { label: m[1] ?? '', type: 'article', rest: s.slice(m[0].length) };

  m = ROMAN.exec(s);
  if (m && (m[1] ?? '').length > 0) {
    const rest = s.slice(m[0].length);
    // "V/v" is not a label; a roman label is followed by a capitalised heading or text
    if (/^[\p{Lu}\d"“(]/u.test(rest)) return { label: m[1] ?? '', type: 'roman', rest };
  }

  m = /^([A-HJ-UWYZ])\.\s+(?=\p{Lu})/u.exec(s);
  if (m && !/^[A-Z]\.\s+\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(s.slice(0, 40))) {
    return { label: m[1] ?? '', type: 'upper', rest: s.slice(m[0].length) };
  }

  m = /^([a-zđ])\s?(?:[).]\s*|[-/]\s+)(?=\S)/u.exec(s);
  if (m) return { label: m[1] ?? '', type: 'letter', rest: s.slice(m[0].length) };
  return null;
}

/** Canonical depth of a label type, used when a new type appears under a bullet. */
export function typeRank(t: LabelType): number {
  if (t === 'section') return 0;
  if (t === 'article') return 1;
  if (t === 'upper') return 2;
  if (t === 'roman') return 3;
  if (t === 'arabic') return 4;
  if (t.startsWith('dec')) return 4 + Number(t.slice(3));
  if (t === 'letter') return 10;
  if (t === 'bullet:-') return 11;
  if (t === 'bullet:+') return 12;
  return 13;
}
