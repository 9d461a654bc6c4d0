/** "Kính gửi" block: on the same line, or as a list with "-", "–", "+" bullets. */
import { readLabel } from './labels';
import { BASIS_RE, KINH_GUI_RE, isStructural } from './lines';
import { BULLET_RE, collapse, isPlaceholder, stripBullet, stripTrailingPunct } from './text';

function clean(entry: string): string | null {
  const s = collapse(stripTrailingPunct(stripBullet(entry)));
  return s && !isPlaceholder(s) ? s : null;
}

function isBulleted(t: string): boolean {
  return BULLET_RE.test(t);
}

/** Read recipients starting at the "Kính gửi" line; returns them and the index after the block. */
export function readRecipients(lines: string[], at: number): { recipients: string[]; end: number } {
  const recipients: string[] = [];
  const first = (lines[at] ?? '').replace(KINH_GUI_RE, '').trim();
  let open = true;
  let lastEnd = ';';
  if (first) {
    for (const piece of first.split(/;\s*(?=\S)/u)) {
      const c = clean(piece);
      if (c) recipients.push(c);
    }
    lastEnd = /;\s*$/u.test(first) ? ';' : /\.\s*$/u.test(first) ? '.' : '';
    open = lastEnd === ';' || isPlaceholder(first);
  }
  let j = at + 1;
  const n = lines.length;
  while (open && j < n) {
    const t = lines[j] ?? '';
    if (!t) {
      if (recipients.length === 0) { j++; continue; }
      let k = j;
      while (k < n && !lines[k]) k++;
      if (k < n && isBulleted(lines[k] ?? '') && lastEnd === ';' && !BASIS_RE.test(stripBullet(lines[k] ?? ''))) { j = k; continue; }
      break;
    }
    const label = readLabel(t);
    const bullet = isBulleted(t);
    if (BASIS_RE.test(t) || isStructural(t) || t.length > 200) break;
    if (label && !bullet) break;
    if (!bullet && (t.length > 120 || (recipients.length > 0 && lastEnd !== ';' && lastEnd !== ','))) break;
    const c = clean(t);
    if (c) recipients.push(c);
    lastEnd = /;\s*$/u.test(t) ? ';' : /,\s*$/u.test(t) ? ',' : /\.\s*$/u.test(t) ? '.' : '';
    j++;
    if (lastEnd === '.') break;
  }
  return { recipients, end: j };
}
