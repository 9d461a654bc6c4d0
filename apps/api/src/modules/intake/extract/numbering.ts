/**
 * List numbering of a .docx: which marker ("1.", "a)", "I.", "-") Word shows before a list
 * paragraph. Reads numbering.xml (abstract definitions, their instances and overrides) and
 * the numbering that paragraph styles carry in styles.xml, then counts like Word does.
 */
import { walkXml, type PrefixMap } from './xml';

type Level = { start: number | null; fmt: string; text: string; restart: number | null; isLgl: boolean; pStyle: string | null };
type Num = { abstractId: string; starts: Map<number, number>; levels: Map<number, Level> };
type StyleNum = { numId: string | null; ilvl: number | null; basedOn: string | null };

const val = (a: Record<string, string>): string | undefined => a['w:val'] ?? a.val;
const int = (s: string | undefined): number | null => {
  const n = s === undefined ? Number.NaN : Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : null;
};
const isOn = (s: string | undefined): boolean => s === undefined || !/^(?:0|false|off)$/iu.test(s);

const newLevel = (): Level => ({ start: null, fmt: 'decimal', text: '', restart: null, isLgl: false, pStyle: null });

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

function letters(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(0x61 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1); // Word: a…z, aa…zz
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'decimalZero': return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalEnclosedParen': return `(${n})`;
    case 'none': return '';
    default: return String(n); // decimal, and ordinal/cardinal text forms read as figures
  }
}

const DASHES = new Set(['-', '–', '—', '−', '‐', '‒']);

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  private readonly styles = new Map<string, StyleNum>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(numberingXml: string | null, stylesXml: string | null, prefixes: PrefixMap) {
    if (numberingXml) this.readNumbering(numberingXml, prefixes);
    if (stylesXml) this.readStyles(stylesXml, prefixes);
  }

  private readNumbering(xml: string, prefixes: PrefixMap): void {
    let abstract: Map<number, Level> | null = null;
    let num: Num | null = null;
    let level: Level | null = null;
    let overrideLvl: number | null = null;
    walkXml(
      xml,
      {
        open: (name, a) => {
          switch (name) {
            case 'w:abstractNum':
              abstract = new Map();
              this.abstracts.set(a['w:abstractNumId'] ?? a.abstractNumId ?? '', abstract);
              break;
            case 'w:num':
              num = { abstractId: '', starts: new Map(), levels: new Map() };
              this.nums.set(a['w:numId'] ?? a.numId ?? '', num);
              break;
            case 'w:abstractNumId':
              if (num) num.abstractId = val(a) ?? '';
              break;
            case 'w:lvlOverride':
              overrideLvl = int(a['w:ilvl'] ?? a.ilvl);
              break;
            case 'w:startOverride':
              if (num && overrideLvl !== null) num.starts.set(overrideLvl, int(val(a)) ?? 0);
              break;
            case 'w:lvl': {
              const ilvl = int(a['w:ilvl'] ?? a.ilvl);
              level = newLevel();
              if (ilvl === null) break;
              if (num && overrideLvl !== null) num.levels.set(ilvl, level);
              else if (abstract) abstract.set(ilvl, level);
              break;
            }
            case 'w:start': if (level) level.start = int(val(a)); break;
            case 'w:numFmt': if (level) level.fmt = val(a) ?? 'decimal'; break;
            case 'w:lvlText': if (level) level.text = val(a) ?? ''; break;
            case 'w:lvlRestart': if (level) level.restart = int(val(a)); break;
            case 'w:isLgl': if (level) level.isLgl = isOn(val(a)); break;
            case 'w:pStyle': if (level) level.pStyle = val(a) ?? null; break;
          }
        },
        close: (name) => {
          if (name === 'w:abstractNum') abstract = null;
          else if (name === 'w:num') num = null;
          else if (name === 'w:lvl') level = null;
          else if (name === 'w:lvlOverride') overrideLvl = null;
        },
        text: () => {},
      },
      prefixes,
    );
  }

  private readStyles(xml: string, prefixes: PrefixMap): void {
    let style: StyleNum | null = null;
    let inPPr = false;
    walkXml(
      xml,
      {
        open: (name, a) => {
          if (name === 'w:style') {
            style = { numId: null, ilvl: null, basedOn: null };
            const type = a['w:type'] ?? a.type;
            if (type === undefined || type === 'paragraph') this.styles.set(a['w:styleId'] ?? a.styleId ?? '', style);
          } else if (!style) return;
          else if (name === 'w:basedOn') style.basedOn = val(a) ?? null;
          else if (name === 'w:pPr') inPPr = true;
          else if (inPPr && name === 'w:numId') style.numId = val(a) ?? null;
          else if (inPPr && name === 'w:ilvl') style.ilvl = int(val(a));
        },
        close: (name) => {
          if (name === 'w:style') style = null;
          else if (name === 'w:pPr') inPPr = false;
        },
        text: () => {},
      },
      prefixes,
    );
  }

  /** numId/ilvl a paragraph style gives (following basedOn), if any. */
  private fromStyle(styleId: string): { numId: string | null; ilvl: number | null } {
    let numId: string | null = null;
    let ilvl: number | null = null;
    const seen = new Set<string>();
    for (let id: string | null = styleId; id !== null && !seen.has(id); ) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return { numId, ilvl };
  }

  /**
   * The marker Word shows before a paragraph with this direct numbering and style, and
   * advances the list's counters. Null when the paragraph is not in a list.
   */
  next(direct: { numId: string | null; ilvl: number | null }, styleId: string | null): string | null {
    const styled = styleId ? this.fromStyle(styleId) : { numId: null, ilvl: null };
    const numId = direct.numId ?? styled.numId;
    if (numId === null || numId === '0') return null;
    const num = this.nums.get(numId);
    const abstract = num ? this.abstracts.get(num.abstractId) : undefined;
    if (!num || !abstract) return null;
    const levelOf = (k: number): Level | undefined => num.levels.get(k) ?? abstract.get(k);
    let ilvl = direct.ilvl ?? styled.ilvl;
    if (ilvl === null && styleId) for (const [k, l] of abstract) if (l.pStyle === styleId) ilvl = k;
    ilvl = Math.min(Math.max(ilvl ?? 0, 0), 8);
    const level = levelOf(ilvl);
    if (!level) return null;

    // Word shares counters between instances of one definition unless an instance restarts them
    const key = num.starts.size > 0 ? `n${numId}` : `a${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const startOf = (k: number): number => num.starts.get(k) ?? levelOf(k)?.start ?? 0;
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let k = ilvl + 1; k < 9; k++) if (levelOf(k)?.restart !== 0) counts[k] = undefined;

    if (level.fmt === 'bullet') return this.bullet(level.text, ilvl, levelOf);
    if (level.fmt === 'none' && !/%\d/u.test(level.text)) return level.text.trim() || null;
    const marker = level.text.replace(/%([1-9])/gu, (_m, d: string) => {
      const k = Number(d) - 1;
      const lv = levelOf(k);
      return formatNumber(counts[k] ?? startOf(k), level.isLgl ? 'decimal' : (lv?.fmt ?? 'decimal'));
    });
    return marker.trim() || null;
  }

  /** A typed "-" or "+" glyph as it is; any other glyph "-", or "+" when nested in a bullet level. */
  private bullet(glyph: string, ilvl: number, levelOf: (k: number) => Level | undefined): string {
    const g = glyph.trim();
    if (g === '+') return '+';
    if (DASHES.has(g)) return '-';
    for (let k = 0; k < ilvl; k++) if (levelOf(k)?.fmt === 'bullet') return '+';
    return '-';
  }
}
