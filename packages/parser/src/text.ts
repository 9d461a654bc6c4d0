/** Small string helpers shared by the modules. All pure, all linear in the input. */

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function hasLetters(s: string): boolean {
  return /\p{L}/u.test(s);
}

/** Every letter is upper case ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "KT. GIÁM ĐỐC"). */
export function isAllCaps(s: string): boolean {
  if (!hasLetters(s)) return false;
  return s === s.toUpperCase() && /\p{Lu}/u.test(s);
}

/** First letter is an upper-case letter. */
export function startsUpper(s: string): boolean {
  return /^\P{L}{0,3}\p{Lu}/u.test(s);
}

/** First letter is lower case. */
export function startsLower(s: string): boolean {
  return /^\p{Ll}/u.test(s);
}

/** Strip trailing list punctuation: ";" "." "," ":" and "./." */
export function stripTrailingPunct(s: string): string {
  return s.replace(/(?:\s*(?:\.\/\.|[;,.:]))+\s*$/u, '').trim();
}

/** Strip a leading bullet ("-", "–", "+", "•"…). */
export function stripBullet(s: string): string {
  return s.replace(/^\s*[-–—+•·▪◦○●■□♦❖➢►✓*]+\s*/u, '').trim();
}

export const BULLET_RE = /^[-–—+•·▪◦○●■□♦❖➢►✓]/u;

/** Only dots, ellipses, underscores: a placeholder to be filled in by hand. */
export function isPlaceholder(s: string): boolean {
  const t = s.replace(/[\s:;,]/g, '');
  return t.length === 0 || /^[.…_\-–]+$/u.test(t);
}

/** Text ends a sentence (or a list item): the line is complete. */
export function endsSentence(s: string): boolean {
  return /[.;!?…:]["”’)\]]*\s*$/u.test(s.trim());
}

/** Abbreviations followed by a full stop inside a sentence ("TP. Lạng Sơn", "TS. Nguyễn Văn A"). */
const ABBREVIATIONS = new Set(['TP', 'Tp', 'TX', 'Tx', 'TT', 'TS', 'PGS', 'GS', 'KS', 'BS', 'ThS', 'Ths', 'Th.S', 'CN', 'Q', 'P', 'KT', 'TL', 'TM', 'TUQ', 'Đ/c', 'đ/c', 'St', 'v.v', 'Ph']);

/**
 * Sentences of a paragraph. A full stop ends a sentence when followed by a space and an
 * upper-case letter, unless the word before it is an abbreviation ("TP.", "TS.") or an initial.
 */
export function sentences(text: string): string[] {
  if (!/[.!?][\s"”’)\]]/u.test(text)) return text.trim() ? [text.trim()] : [];
  const out: string[] = [];
  let start = 0;
  const re = /[.!?;](?:["”’)\]]*)\s+(?=["“(]?\p{Lu})|\.\/\.\s*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const ch = text[m.index];
    if (ch === ';') continue; // a semicolon separates clauses, not sentences
    if (ch === '.') {
      const before = text.slice(Math.max(start, m.index - 6), m.index);
      const word = /(\S+)$/u.exec(before)?.[1] ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) continue;
    }
    out.push(text.slice(start, end).trim());
    start = end;
  }
  if (start < text.length) {
    const rest = text.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** Clauses: split on ";" and sentence ends. */
export function clauses(text: string): string[] {
  return sentences(text)
    .flatMap((s) => s.split(/;\s*/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Lower-case comparison key without accents and punctuation. */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
