import type { FigureFieldOut, FigureValue, OutlineSectionOut, ReportDetail, ReportProposal, ReportVersion } from '@dondoc/schemas';

/** A report's content as the editor holds it: figures as typed (a number field may hold "12,5" for a moment). */
export type Content = {
  nothingToReport: boolean;
  explanation: string;
  narrative: Record<string, string>;
  figures: Record<string, string>;
};

export type Payload = {
  nothingToReport: boolean;
  explanation: string | null;
  narrative: Record<string, string>;
  figures: Record<string, FigureValue>;
};

// Vietnamese writing whatever the interface language: "12.000", "2,5" (parseNumber reads both back).
const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 10 });

/** A stored value as the input shows it: grouped, with a decimal comma, so that 1.234 is never read back as 1234. */
export const typed = (v: FigureValue | undefined): string => (v === null || v === undefined ? '' : typeof v === 'number' ? viNumber.format(v) : v);

export function contentOf(r: Pick<ReportDetail, 'nothingToReport' | 'explanation' | 'narrative' | 'figures'>, fields: readonly FigureFieldOut[]): Content {
  return {
    nothingToReport: r.nothingToReport,
    explanation: r.explanation ?? '',
    narrative: { ...r.narrative },
    figures: Object.fromEntries(fields.map((f) => [f.key, typed(r.figures[f.key])])),
  };
}

/** "12", "12,5", "1.200" (Vietnamese grouping) or "1200.5": a non-negative number, or NaN. */
export function parseNumber(s: string): number {
  const v = s.trim().replace(/\s/g, '');
  if (v === '') return Number.NaN;
  // A dot followed by exactly three digits, with no comma, groups thousands ("1.200"); a comma is the decimal mark.
  const normal = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(v) ? v.replace(/\./g, '').replace(',', '.') : v.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/** What autosave and submit send, and the figures that are not numbers yet (sent as they were last saved: left out). */
export function payloadOf(content: Content, fields: readonly FigureFieldOut[]): { payload: Payload; invalid: string[] } {
  const figures: Record<string, FigureValue> = {};
  const invalid: string[] = [];
  for (const f of fields) {
    const raw = content.figures[f.key] ?? '';
    if (raw.trim() === '') figures[f.key] = null;
    else if (f.type !== 'number') figures[f.key] = raw;
    else {
      const n = parseNumber(raw);
      if (Number.isNaN(n)) invalid.push(f.key);
      else figures[f.key] = n;
    }
  }
  return {
    payload: { nothingToReport: content.nothingToReport, explanation: content.explanation.trim() || null, narrative: content.narrative, figures },
    invalid,
  };
}

export type FigureChange = { key: string; name: string; before: FigureValue; after: FigureValue };
export type SectionChange = { key: string; title: string; before: string; after: string };

const sameValue = (a: FigureValue | undefined, b: FigureValue | undefined) => (a ?? null) === (b ?? null);

/** What applying the activities' proposal would change: figures it has a number for, sections it has text for. */
export function proposalChanges(content: Content, proposal: ReportProposal, fields: readonly FigureFieldOut[], outline: readonly OutlineSectionOut[]) {
  const { payload } = payloadOf(content, fields);
  const figures: FigureChange[] = [];
  for (const f of fields) {
    const after = proposal.figures[f.key];
    if (after === null || after === undefined) continue;
    const before = payload.figures[f.key] ?? null;
    if (!sameValue(before, after)) figures.push({ key: f.key, name: f.name, before, after });
  }
  const sections: SectionChange[] = [];
  for (const s of outline) {
    const after = proposal.narrative[s.key];
    if (after === undefined || after.trim() === '') continue;
    const before = content.narrative[s.key] ?? '';
    if (before !== after) sections.push({ key: s.key, title: s.title, before, after });
  }
  return { figures, sections };
}

/** The server's rule for "apply": figures with a proposal and sections with proposed text replace the draft's. */
export function applyProposal(content: Content, proposal: ReportProposal): Content {
  const figures = { ...content.figures };
  for (const [k, v] of Object.entries(proposal.figures)) if (v !== null && k in figures) figures[k] = typed(v);
  const narrative = { ...content.narrative };
  for (const [k, v] of Object.entries(proposal.narrative)) if (v.trim() !== '') narrative[k] = v;
  return { ...content, figures, narrative };
}

export type VersionDiff = {
  nothingToReport: { before: boolean; after: boolean } | null;
  explanation: { before: string | null; after: string | null } | null;
  figures: FigureChange[];
  sections: SectionChange[];
};

/** What differs from one version to another (any two, in either order), named as the request names it. */
export function compareVersions(a: ReportVersion, b: ReportVersion, outline: readonly OutlineSectionOut[], fields: readonly FigureFieldOut[]): VersionDiff {
  const order = (keys: Iterable<string>, known: string[]) => [...new Set(keys)].sort((x, y) => (known.indexOf(x) + 1 || 1e9) - (known.indexOf(y) + 1 || 1e9) || x.localeCompare(y));
  const names = new Map(fields.map((f) => [f.key, f.name]));
  const titles = new Map(outline.map((s) => [s.key, s.title]));
  return {
    nothingToReport: a.nothingToReport !== b.nothingToReport ? { before: a.nothingToReport, after: b.nothingToReport } : null,
    explanation: (a.explanation ?? null) !== (b.explanation ?? null) ? { before: a.explanation, after: b.explanation } : null,
    figures: order([...Object.keys(a.figures), ...Object.keys(b.figures)], fields.map((f) => f.key))
      .filter((k) => !sameValue(a.figures[k], b.figures[k]))
      .map((k) => ({ key: k, name: names.get(k) ?? k, before: a.figures[k] ?? null, after: b.figures[k] ?? null })),
    sections: order([...Object.keys(a.narrative), ...Object.keys(b.narrative)], outline.map((s) => s.key))
      .filter((k) => (a.narrative[k] ?? '') !== (b.narrative[k] ?? ''))
      .map((k) => ({ key: k, title: titles.get(k) ?? k, before: a.narrative[k] ?? '', after: b.narrative[k] ?? '' })),
  };
}

export type Segment = { kind: 'same' | 'del' | 'ins'; text: string };

/** Above this many words on a side the texts are shown whole, struck and added, rather than compared word by word. */
const WORD_LIMIT = 1500;

/** Word-level difference (longest common subsequence), whitespace kept with the word before it. */
export function wordDiff(before: string, after: string): Segment[] {
  const a = before.match(/\S+\s*|\s+/g) ?? [];
  const b = after.match(/\S+\s*|\s+/g) ?? [];
  if (a.length > WORD_LIMIT || b.length > WORD_LIMIT) {
    return [...(before ? [{ kind: 'del' as const, text: before }] : []), ...(after ? [{ kind: 'ins' as const, text: after }] : [])];
  }
  const key = (w: string) => w.trimEnd();
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint16Array;
    const next = lcs[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--) row[j] = key(a[i] as string) === key(b[j] as string) ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const out: Segment[] = [];
  const push = (kind: Segment['kind'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (key(a[i] as string) === key(b[j] as string)) {
      push('same', b[j] as string);
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) push('del', a[i++] as string);
    else push('ins', b[j++] as string);
  }
  while (i < n) push('del', a[i++] as string);
  while (j < m) push('ins', b[j++] as string);
  return out;
}
