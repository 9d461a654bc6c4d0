import { and, eq, exists, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { ParsedDirective, Part as ParsedPart } from '@dondoc/parser';
import { fold as foldText, type CcEntry, type DirectiveInput, type MatchVia, type Part, type PartInput, type PhraseResolution, type UnitPick } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { phraseChoices, unitGroupMembers, unitGroups, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { activeOn } from '../units/service';
import { allPicks } from './parts';
import { isActionPurpose } from './plan';

/**
 * The resolver: matches the phrases of a directive ("Báo Lạng Sơn", "Phòng VH&TT TP Lạng Sơn",
 * "UBND các xã, thị trấn") to units and groups of the directory as it stood on the directive's
 * date. Rules, first that answers wins:
 *
 *  1. a phrase staff matched by hand before (phrase_choices)              → 'remembered'
 *  2. "Lưu: VT, …" archive lines: the units named after "Lưu" if any      → via of the unit
 *  3. with a district-level issuer: "… các xã, thị trấn" / "cấp xã" → that district's units,
 *     "… huyện" with no name → that district's unit                       → 'district_scope'
 *  4. exact name, short name, alias, group name or alias (accents, case, punctuation ignored)
 *                                                                         → 'name' | 'short_name' | 'alias' | 'group'
 *  5. the same after abbreviations are brought to one form on both sides
 *     (PT-TH, VH&TT, VHNTTTT, TT&TT, CNTT&TT, UBND, TP, TT, H., "và" ignored; "Giám đốc Sở" → "Lãnh đạo Sở")
 *                                                                         → 'abbreviation' ('group' for a group)
 *  6. plural phrases "<unit> các huyện, thành phố" / "các xã, phường, thị trấn" / "cấp xã" /
 *     "cơ sở" / "các tỉnh, thành phố": every active unit of that kind at that level — a group
 *     when one has exactly those members                                  → 'group' | 'abbreviation'
 *  7. filler dropped ("tỉnh", "tỉnh Lạng Sơn", "Lạng Sơn" after a provincial unit)
 *                                                                         → 'abbreviation'
 *  8. the phrase is the beginning of exactly one unit's name, or begins with exactly one unit's
 *     full name (several → ambiguous, with candidates)                    → 'abbreviation'
 *  9. a list "Phòng TTBCXB, VP": every piece must resolve                  → 'abbreviation'
 * Several units for one key are 'ambiguous' (a district-level issuer's own district, or a
 * district named in the phrase, breaks the tie); a phrase nothing fits is 'unmatched'. Staff pick
 * units for those, and rememberPicks() keeps the pick for next time (rule 1).
 */

type Target = { unitId: number | null; groupId: number | null };
type Entry = { target: Target; via: MatchVia };

export type Candidate = { unitId: number | null; groupId: number | null; name: string };
export type Resolution = {
  status: 'matched' | 'ambiguous' | 'unmatched';
  unitId: number | null;
  groupId: number | null;
  /** Several units no group stands for ("UBND các xã, thị trấn" of one district): unitId and groupId are null. */
  unitIds?: number[];
  via: MatchVia | null;
  candidates: Candidate[];
};
export type ResolveContext = { onDate: string | null; issuerDistrictCode?: string | null };

const MAX_CANDIDATES = 12;
const MAX_DISPLAY_UNITS = 300;

// ---- one written form for names and phrases ----

/** Applied in order to the folded text with "&" and "và" removed. Long forms first, then written abbreviations, then words. */
const RULES: [RegExp, string][] = [
  [/\bcong nghe thong tin truyen thong\b/g, 'cntttt'],
  [/\bvan hoa nghe thuat the thao truyen thong\b/g, 'vhtttt'],
  [/\bvan hoa the thao truyen thong\b/g, 'vhtttt'],
  [/\bvan hoa the thao du lich\b/g, 'vhttdl'],
  [/\bvan hoa thong tin\b/g, 'vhtt'],
  [/\bthong tin truyen thong\b/g, 'tttt'],
  [/\bphat thanh truyen hinh\b/g, 'ptth'],
  [/\bthong tin bao chi xuat ban\b/g, 'ttbcxb'],
  [/\bthong tin dien tu\b/g, 'ttdt'],
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bhoi dong nhan dan\b/g, 'hdnd'],
  [/\btuyen giao dan van\b/g, 'tgdv'],
  [/\bcntt tt\b/g, 'cntttt'],
  [/\b(vh nt tt tt|vhnt tt tt|vhnttttt|vhntttt|vhnttt|vh tt tt|vhtt tt|vh tttt|vhtttt|vhttt)\b/g, 'vhtttt'],
  [/\b(vh tt dl|vhttdl)\b/g, 'vhttdl'],
  [/\bvh tt\b/g, 'vhtt'],
  [/\bpt th\b/g, 'ptth'],
  [/\btt bc xb\b/g, 'ttbcxb'],
  [/\btg dv\b/g, 'tgdv'],
  [/\btt tt\b/g, 'tttt'],
  [/\b(trung tam|thi tran)\b/g, 'tt'],
  [/\bthanh pho\b/g, 'tp'],
  [/\bthi xa\b/g, 'tx'],
  [/\bhuyen\b/g, 'h'],
];
/** "Giám đốc Sở", "Giám đốc, các PGĐ Sở", "Ban Giám đốc Sở": the department's leadership. */
const LEADERS = /^(ban )?(lanh dao|giam doc|gd|pho giam doc|pgd)( (cac )?(pho giam doc|pgd))* so$/;

const foldCache = new Map<string, string>();
const canonCache = new Map<string, string>();

/** fold(), remembered: the directory's names are folded again for every directive. */
function fold(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  const f = foldText(s);
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(s, f);
  return f;
}

/** "Phòng VH&TT TP Lạng Sơn" and "Phòng Văn hóa và Thông tin thành phố Lạng Sơn" → "phong vhtt tp lang son". */
export function canon(s: string): string {
  const hit = canonCache.get(s);
  if (hit !== undefined) return hit;
  let c = fold(s)
    .replace(/&/g, ' ')
    .split(' ')
    .filter((t) => t && t !== 'va')
    .join(' ');
  for (const [re, to] of RULES) c = c.replace(re, to);
  if (LEADERS.test(c)) c = 'lanh dao so';
  if (canonCache.size > 50_000) canonCache.clear();
  canonCache.set(s, c);
  return c;
}

const MARKERS = new Set(['tp', 'h', 'tx', 'xa', 'phuong', 'tt']);

/** What is left of a provincial name without "tỉnh", "tỉnh Lạng Sơn" or a trailing "Lạng Sơn". */
function fillerVariants(c: string): string[] {
  const out: string[] = [];
  const cut = (s: string, tail: string) => (s.endsWith(` ${tail}`) ? s.slice(0, -tail.length - 1) : null);
  const a = cut(c, 'tinh lang son') ?? cut(c, 'tinh');
  if (a) out.push(a);
  const b = cut(c, 'lang son');
  if (b && !MARKERS.has(b.split(' ').at(-1) ?? '')) out.push(b);
  return out;
}

type Level = 'province' | 'district' | 'commune';
const levelOf = (first: string): Level | null =>
  first === 'xa' || first === 'phuong' || first === 'tt' ? 'commune' : first === 'h' || first === 'tp' || first === 'tx' ? 'district' : first === 'tinh' ? 'province' : null;

/** Plural endings; the head before them names the kind of unit ("ubnd", "phong vhtt", "dai truyen thanh"). */
const PLURALS: { level: Level; re: RegExp }[] = [
  { level: 'district', re: /^(.+?) (cac|cap) (h|tp|tx)( (h|tp|tx))*( tinh)?$/ },
  { level: 'district', re: /^(.+?) (h|tp|tx)( (h|tp|tx))+$/ }, // "huyện, thành phố" without "các"
  { level: 'commune', re: /^(.+?) (cac|cap) (xa|phuong|tt)( (xa|phuong|tt))*$/ },
  { level: 'commune', re: /^(.+?) (xa|phuong|tt)( (xa|phuong|tt))+$/ },
  { level: 'commune', re: /^(.+?) co so$/ },
  { level: 'province', re: /^(.+?) cac tinh( tp)?( truc thuoc (trung uong|tw))?$/ },
];
const BARE_DISTRICT = /^(.+) (h|tp|tx)$/;
const QUALIFIERS = new Set(['tinh', 'tinh lang son', 'lang son']);

const splitCache = new Map<string, { head: string; level: Level } | null>();
let splitSig = '';

/** "phong vhtt h trang dinh" → head "phong vhtt", level district (the longest locality it ends with). */
function splitLocality(c: string, localities: Map<string, Level>): { head: string; level: Level } | null {
  const hit = splitCache.get(c);
  if (hit !== undefined) return hit;
  const tokens = c.split(' ');
  let found: { head: string; level: Level } | null = null;
  for (let k = Math.min(tokens.length - 1, 6); k >= 1 && !found; k -= 1) {
    const level = localities.get(tokens.slice(-k).join(' '));
    if (level) found = { head: tokens.slice(0, -k).join(' '), level };
  }
  splitCache.set(c, found);
  return found;
}

type UnitRec = { id: number; name: string; districtCode: string | null; heads: { head: string; level: Level }[] };

const add = (map: Map<string, Entry[]>, key: string, e: Entry) => {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (!list.some((x) => x.target.unitId === e.target.unitId && x.target.groupId === e.target.groupId)) list.push(e);
};

const unmatched = (): Resolution => ({ status: 'unmatched', unitId: null, groupId: null, via: null, candidates: [] });
const matched = (t: Target, via: MatchVia): Resolution => ({ status: 'matched', unitId: t.unitId, groupId: t.groupId, via, candidates: [] });

/**
 * Remembered choices (rule 1) that stand on a date: their unit is active then, or their group has
 * a member active then. All of them, or those of some phrase keys.
 */
function standingChoices(db: Conn, onDate: string | null, keys?: string[]): Map<string, Target> {
  const unitActive = db
    .select({ one: sql`1` })
    .from(units)
    .where(and(eq(units.id, phraseChoices.unitId), activeOn(onDate)));
  const groupHasActive = db
    .select({ one: sql`1` })
    .from(unitGroupMembers)
    .innerJoin(units, eq(units.id, unitGroupMembers.unitId))
    .where(and(eq(unitGroupMembers.groupId, phraseChoices.groupId), activeOn(onDate)));
  const rows = db
    .select({ key: phraseChoices.phraseKey, unitId: phraseChoices.unitId, groupId: phraseChoices.groupId })
    .from(phraseChoices)
    .where(
      and(
        keys ? inArray(phraseChoices.phraseKey, keys) : undefined,
        or(and(isNotNull(phraseChoices.unitId), exists(unitActive)), and(isNotNull(phraseChoices.groupId), exists(groupHasActive))),
      ),
    )
    .all();
  return new Map(rows.map((r) => [r.key, { unitId: r.unitId, groupId: r.groupId }]));
}

/** Everything the resolver needs from the directory on one date, read once. */
export function directoryIndex(db: Conn, onDate: string | null) {
  const active = db
    .select({ id: units.id, name: units.name, shortName: units.shortName, aliases: units.aliases, districtCode: units.districtCode })
    .from(units)
    .where(activeOn(onDate))
    .all();

  // Localities come from the people's committees' names ("Ủy ban nhân dân huyện Cao Lộc" → "h cao loc"), of any date.
  const localities = new Map<string, Level>();
  const districtLocality = new Map<string, string>();
  const activeIds = new Set(active.map((u) => u.id));
  for (const pc of db.select({ id: units.id, name: units.name, districtCode: units.districtCode }).from(units).where(eq(units.kind, 'people_committee')).all()) {
    const c = canon(pc.name);
    if (!c.startsWith('ubnd ')) continue;
    const loc = c.slice(5);
    const level = levelOf(loc.split(' ')[0] ?? '');
    if (!level) continue;
    localities.set(loc, level);
    if (level === 'district' && pc.districtCode && (activeIds.has(pc.id) || !districtLocality.has(pc.districtCode))) districtLocality.set(pc.districtCode, loc);
  }

  // Splits are cached across directives while the localities stay the same.
  const localitySig = [...localities.keys()].join('|');
  if (localitySig !== splitSig || splitCache.size > 50_000) {
    splitCache.clear();
    splitSig = localitySig;
  }
  const exact = new Map<string, Entry[]>();
  const canonical = new Map<string, Entry[]>();
  const loose = new Map<string, Entry[]>();
  const inside: { key: string; unitId: number; size: number }[] = [];
  const unitById = new Map<number, UnitRec>();

  for (const u of active) {
    const rec: UnitRec = { id: u.id, name: u.name, districtCode: u.districtCode, heads: [] };
    unitById.set(u.id, rec);
    const target = { unitId: u.id, groupId: null };
    const names: [string, MatchVia][] = [[u.name, 'name'], ...(u.shortName ? [[u.shortName, 'short_name'] as [string, MatchVia]] : []), ...u.aliases.map((a): [string, MatchVia] => [a, 'alias'])];
    for (const [n, via] of names) {
      add(exact, fold(n), { target, via });
      const c = canon(n);
      add(canonical, c, { target, via: 'abbreviation' });
      const size = c.split(' ').length;
      if (size >= 2) inside.push({ key: ` ${c} `, unitId: u.id, size });
      // Its head and level: "phong vhtt" + district, "ubnd" + commune, "so tttt" + province.
      const found = splitLocality(c, localities);
      const variants = u.districtCode ? [] : fillerVariants(c);
      for (const v of variants) add(loose, v, { target, via: 'abbreviation' });
      if (found) rec.heads.push(found);
      else if (!u.districtCode) rec.heads.push({ head: variants.at(-1) ?? c, level: 'province' });
    }
  }

  const groupMembers = new Map<number, number[]>();
  for (const m of db.select().from(unitGroupMembers).all()) {
    if (!activeIds.has(m.unitId)) continue;
    const list = groupMembers.get(m.groupId) ?? [];
    list.push(m.unitId);
    groupMembers.set(m.groupId, list);
  }
  const groupName = new Map<number, string>();
  const groupBySet = new Map<string, number>();
  for (const g of db.select().from(unitGroups).all()) {
    const members = groupMembers.get(g.id);
    if (!members?.length) continue; // a group none of whose units exist on that date names nothing
    groupName.set(g.id, g.name);
    const setKey = [...members].sort((a, b) => a - b).join(',');
    if (!groupBySet.has(setKey)) groupBySet.set(setKey, g.id);
    const target = { unitId: null, groupId: g.id };
    for (const n of [g.name, ...g.aliases]) {
      add(exact, fold(n), { target, via: 'group' });
      add(canonical, canon(n), { target, via: 'group' });
    }
  }

  const remembered = standingChoices(db, onDate);

  const nameOf = (t: Target) => (t.unitId != null ? unitById.get(t.unitId)?.name : t.groupId != null ? groupName.get(t.groupId) : undefined) ?? '';
  const ambiguous = (targets: Target[]): Resolution => ({
    status: 'ambiguous',
    unitId: null,
    groupId: null,
    via: null,
    candidates: targets.slice(0, MAX_CANDIDATES).map((t) => ({ unitId: t.unitId, groupId: t.groupId, name: nameOf(t) })),
  });
  /** One set of units: a group with exactly those members, one unit, or several. */
  const ofSet = (ids: number[], via: MatchVia): Resolution => {
    const group = groupBySet.get([...ids].sort((a, b) => a - b).join(','));
    if (group != null) return matched({ unitId: null, groupId: group }, 'group');
    if (ids.length === 1) return matched({ unitId: ids[0] as number, groupId: null }, via);
    return { status: 'matched', unitId: null, groupId: null, unitIds: ids, via, candidates: [] };
  };
  /** Picks among entries of one key; the issuer's district breaks a tie between same-named units. */
  const fromEntries = (entries: Entry[] | undefined, district: string | null, via?: MatchVia): Resolution | null => {
    if (!entries?.length) return null;
    const list = entries.filter((e, i) => entries.findIndex((x) => x.target.unitId === e.target.unitId && x.target.groupId === e.target.groupId) === i);
    if (list.length === 1) {
      const e = list[0] as Entry;
      return matched(e.target, e.via === 'group' ? 'group' : via ?? e.via);
    }
    if (district) {
      const mine = list.filter((e) => e.target.unitId != null && unitById.get(e.target.unitId)?.districtCode === district);
      if (mine.length === 1) return matched((mine[0] as Entry).target, 'district_scope');
    }
    return ambiguous(list.map((e) => e.target));
  };
  const districtsNamedIn = (c: string) => [...districtLocality].filter(([, loc]) => ` ${c} `.includes(` ${loc} `)).map(([code]) => code);

  /** Units of the kind the head names, at a level, optionally in one district. */
  const unitsOfKind = (head: string, level: Level, district: string | null) => {
    const ids: number[] = [];
    for (const u of unitById.values()) {
      if (district && u.districtCode !== district) continue;
      if (u.heads.some((h) => h.head === head && h.level === level)) ids.push(u.id);
    }
    return ids;
  };
  const plural = (c: string, district: string | null, levels: Level[]): Resolution | null => {
    for (const { level, re } of PLURALS) {
      if (!levels.includes(level)) continue;
      const m = re.exec(c);
      if (!m) continue;
      const ids = unitsOfKind(m[1] as string, level, district);
      if (ids.length) return ofSet(ids, district ? 'district_scope' : 'abbreviation');
    }
    return null;
  };

  const byDistrictScope = (c: string, district: string): Resolution | null => {
    const scoped = plural(c, district, ['commune']);
    if (scoped) return scoped;
    const m = BARE_DISTRICT.exec(c);
    const loc = districtLocality.get(district);
    if (m && loc) {
      const list = canonical.get(`${m[1]} ${loc}`)?.filter((e) => e.target.unitId != null);
      if (list?.length === 1) return matched((list[0] as Entry).target, 'district_scope');
    }
    return null;
  };

  const containment = (c: string, phrase: string, district: string | null): Resolution | null => {
    const size = c.split(' ').length;
    if (size >= 2) {
      const ids = [...new Set(inside.filter((x) => x.key.startsWith(` ${c} `)).map((x) => x.unitId))];
      if (ids.length === 1) return matched({ unitId: ids[0] as number, groupId: null }, 'abbreviation');
      if (ids.length > 1) {
        const mine = district ? ids.filter((id) => unitById.get(id)?.districtCode === district) : [];
        if (mine.length === 1) return matched({ unitId: mine[0] as number, groupId: null }, 'district_scope');
        return ambiguous(ids.sort((a, b) => a - b).map((unitId) => ({ unitId, groupId: null })));
      }
    }
    // The phrase is one unit's full name and more ("… huyện Tràng Định tỉnh Lạng Sơn"). In a list
    // ("A, B") only when what follows is where the unit is ("UBND xã Hồng Phong, huyện Cao Lộc").
    const list = /[,;]/.test(phrase);
    const padded = ` ${c} `;
    const qualifies = (rest: string) => !list || localities.has(rest) || QUALIFIERS.has(rest);
    const hits = inside.filter((x) => x.size >= 3 && x.size < size && padded.startsWith(x.key) && qualifies(padded.slice(x.key.length).trim()));
    if (!hits.length) return null;
    const longest = Math.max(...hits.map((h) => h.size));
    let ids = [...new Set(hits.filter((h) => h.size === longest).map((h) => h.unitId))];
    if (ids.length > 1) {
      const named = districtsNamedIn(c);
      const inNamed = ids.filter((id) => named.includes(unitById.get(id)?.districtCode ?? ''));
      if (inNamed.length) ids = inNamed;
    }
    if (ids.length === 1) return matched({ unitId: ids[0] as number, groupId: null }, 'abbreviation');
    return ambiguous(ids.sort((a, b) => a - b).map((unitId) => ({ unitId, groupId: null })));
  };

  /** Union of several matched pieces. */
  const union = (parts: Resolution[]): Resolution => {
    if (parts.length === 1) return parts[0] as Resolution;
    const ids: number[] = [];
    for (const r of parts) for (const id of idsOf(r)) if (!ids.includes(id)) ids.push(id);
    return ofSet(ids, 'abbreviation');
  };

  const core = (phrase: string, ctx: ResolveContext, allowList: boolean): Resolution => {
    const f = fold(phrase);
    if (!f) return unmatched();
    const mine = remembered.get(f);
    if (mine) return matched(mine, 'remembered');
    const district = ctx.issuerDistrictCode ?? null;

    if (/^luu( |$)/.test(f) && allowList) {
      // "Lưu: VT, TTBCXB (ĐTT)": the archive (VT = văn thư) and the drafting division's initials.
      const rest = phrase.replace(/\([^)]*\)/g, ' ').replace(/^\s*[^\s:]+\s*:?/, '');
      const found = rest
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter((s) => s && !['vt', 'van thu'].includes(fold(s)))
        .map((s) => core(s, ctx, false))
        .filter((r) => r.status === 'matched');
      return found.length ? union(found) : unmatched();
    }

    const c = canon(phrase);
    if (district) {
      const r = byDistrictScope(c, district);
      if (r) return r;
    }
    const r =
      fromEntries(exact.get(f), district) ??
      fromEntries(canonical.get(c), district, 'abbreviation') ??
      plural(c, null, ['district', 'commune', 'province']) ??
      fillerVariants(c).reduce<Resolution | null>((acc, v) => acc ?? fromEntries([...(canonical.get(v) ?? []), ...(loose.get(v) ?? [])], district, 'abbreviation'), null);
    if (r) return r;
    const partial = containment(c, phrase, district);
    if (partial?.status === 'matched') return partial;
    if (allowList) {
      const pieces = phrase.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
      if (pieces.length > 1) {
        const each = pieces.map((p) => core(p, ctx, false));
        if (each.every((x) => x.status === 'matched')) return union(each);
      }
    }
    return partial ?? unmatched();
  };

  /** The units a match stands for (a group's active members). */
  const idsOf = (r: Resolution): number[] => r.unitIds ?? (r.unitId != null ? [r.unitId] : r.groupId != null ? groupMembers.get(r.groupId) ?? [] : []);
  /** The same with names, for display. */
  const unitsOf = (r: Resolution): { id: number; name: string }[] =>
    idsOf(r)
      .slice(0, MAX_DISPLAY_UNITS)
      .map((id) => ({ id, name: unitById.get(id)?.name ?? `#${id}` }));

  /**
   * The district of a district-level issuer: "UBND HUYỆN CAO LỘC" directly, or "PHÒNG VĂN HÓA VÀ
   * THÔNG TIN" written in "Cao Lộc" (the header gives the office; the place line gives its district).
   */
  const districtOf = (issuer: string | null, place: string | null): string | null => {
    if (!issuer) return null;
    const r = core(issuer, { onDate }, false);
    if (r.status === 'matched' && r.unitId != null) {
      const code = unitById.get(r.unitId)?.districtCode;
      if (code) return code;
    }
    if (!place) return null;
    const p = canon(place);
    for (const [code, loc] of districtLocality) {
      if (loc.split(' ').slice(1).join(' ') !== p) continue;
      const list = canonical.get(`${canon(issuer)} ${loc}`)?.filter((e) => e.target.unitId != null);
      if (list?.length === 1) return code;
    }
    return null;
  };

  return { resolve: (phrase: string, ctx: ResolveContext) => core(phrase, ctx, true), unitsOf, districtOf, onDate };
}

/** A resolver over the directory of a draft's date, with its issuer's district. */
function issuerResolver(db: Conn, d: { issuer?: string | null; place?: string | null }, onDate: string | null): (phrase: string) => Resolution {
  const index = directoryIndex(db, onDate);
  const ctx: ResolveContext = { onDate, issuerDistrictCode: index.districtOf(d.issuer ?? null, d.place ?? null) };
  return (phrase) => index.resolve(phrase, ctx);
}

/** A resolver over the directory of ctx.onDate; the index is built once, here. */
export function resolver(db: Conn, ctx: ResolveContext): (phrase: string) => Resolution {
  const index = directoryIndex(db, ctx.onDate);
  return (phrase) => index.resolve(phrase, ctx);
}

/** The directive's date as the directory is read: a missing day or month counts as the first. */
export const issuedDate = (i: ParsedDirective['issued'] | undefined) =>
  i?.year ? `${i.year}-${String(i.month ?? 1).padStart(2, '0')}-${String(i.day ?? 1).padStart(2, '0')}` : null;

type Pick = { label: string; unitId: number | null; groupId: number | null };

/** A match to several units becomes one pick per unit, all labelled with the phrase. */
function picksFor(phrase: string, r: Resolution): Pick[] {
  if (r.status !== 'matched') return [{ label: phrase, unitId: null, groupId: null }];
  if (r.unitIds?.length) return r.unitIds.map((unitId) => ({ label: phrase, unitId, groupId: null }));
  return [{ label: phrase, unitId: r.unitId, groupId: r.groupId }];
}

/**
 * Turns a parse into a draft's input, every phrase matched against the directory of its date,
 * and says how each phrase was matched. Paths point at the draft: "recipients.<i>",
 * "parts.<key>.addressees.<i>", "cc.<i>", where i is the index of the phrase's (first) pick.
 * "Như trên" stands for the recipients and gets no pick of its own (it makes no extra task).
 */
export function resolveParsed(db: Conn, p: ParsedDirective): { draft: DirectiveInput; resolution: PhraseResolution[] } {
  const onDate = issuedDate(p.issued);
  const index = directoryIndex(db, onDate);
  const ctx: ResolveContext = { onDate, issuerDistrictCode: index.districtOf(p.issuer, p.place) };
  const resolution: PhraseResolution[] = [];
  const record = (path: string, phrase: string, r: Resolution, status: PhraseResolution['status'] = r.status) =>
    resolution.push({ path, phrase, status, via: r.via, unitId: r.unitId, groupId: r.groupId, units: r.status === 'matched' ? index.unitsOf(r) : [], candidates: r.candidates });

  const recipientUnits = new Map<number, string>();
  const recipients: Pick[] = [];
  for (const phrase of p.recipients) {
    const r = index.resolve(phrase, ctx);
    record(`recipients.${recipients.length}`, phrase, r);
    if (r.status === 'matched') for (const u of index.unitsOf(r)) recipientUnits.set(u.id, u.name);
    recipients.push(...picksFor(phrase, r));
  }

  const part = (x: ParsedPart, key: string): PartInput => {
    const addressees: Pick[] = [];
    for (const phrase of x.addressees) {
      const r = index.resolve(phrase, ctx);
      record(`parts.${key}.addressees.${addressees.length}`, phrase, r);
      addressees.push(...picksFor(phrase, r));
    }
    return {
      label: x.label,
      title: x.title,
      text: x.text,
      addressees,
      actionable: x.actionable,
      deadline: x.deadline,
      parts: x.parts.map((c, i) => part(c, `${key}.${i + 1}`)),
    };
  };
  const parts = p.parts.map((x, i) => part(x, String(i + 1)));

  const cc: CcEntry[] = [];
  for (const c of p.cc) {
    const path = `cc.${cc.length}`;
    const base = { name: c.name, purpose: c.purpose };
    if (fold(c.name) === 'nhu tren') {
      resolution.push({
        path,
        phrase: c.name,
        status: recipientUnits.size ? 'matched' : 'ignored',
        via: 'as_above',
        unitId: null,
        groupId: null,
        units: [...recipientUnits].slice(0, MAX_DISPLAY_UNITS).map(([id, name]) => ({ id, name })),
        candidates: [],
      });
      cc.push({ ...base, unitId: null, groupId: null });
      continue;
    }
    const r = index.resolve(c.name, ctx);
    const action = isActionPurpose(c.purpose);
    // Copies for information ("b/c", "để biết", "Lưu") make no task: if they cannot be matched, nothing is lost.
    record(path, c.name, r, r.status === 'matched' || action ? r.status : 'ignored');
    if (r.unitIds?.length && !action) cc.push({ ...base, unitId: null, groupId: null });
    else for (const pk of picksFor(c.name, r)) cc.push({ ...base, unitId: pk.unitId, groupId: pk.groupId });
  }

  return {
    draft: {
      number: p.number,
      symbol: p.symbol,
      kind: p.kind,
      issuer: p.issuer ?? 'Sở Thông tin và Truyền thông',
      place: p.place,
      issued: p.issued,
      subject: p.subject ?? '(không có trích yếu)',
      signer: p.signer,
      references: p.references,
      recipients,
      cc,
      preamble: p.preamble,
      parts,
      closing: p.closing,
      report: p.report,
      // The parse gives deadlines per part and for the report; an overall due date is staff's to set.
      dueDate: null,
    },
    resolution,
  };
}

/**
 * Remembers a pick staff made by hand: when a phrase's chosen unit or group is not what the
 * resolver finds for it on the directive's date, the choice is stored and wins next time.
 * A phrase matched to several units (one pick each) is left alone while the picks are among them.
 */
export function rememberPicks(
  tx: Conn,
  actor: Actor,
  now: string,
  d: {
    issuer?: string | null;
    place?: string | null;
    issued: { year: number | null; month: number | null; day: number | null } | null;
    recipients: UnitPick[];
    parts: Part[];
    cc: CcEntry[];
  },
) {
  const picks = allPicks(d).filter((p) => p.pick.unitId != null || p.pick.groupId != null);
  if (picks.length === 0) return;
  const onDate = issuedDate(d.issued);
  const byKey = new Map<string, { label: string; targets: Target[] }>();
  for (const { pick } of picks) {
    const key = fold(pick.label);
    if (!key) continue;
    const entry = byKey.get(key) ?? { label: pick.label, targets: [] };
    if (!entry.targets.some((t) => t.unitId === pick.unitId && t.groupId === pick.groupId)) entry.targets.push({ unitId: pick.unitId, groupId: pick.groupId });
    byKey.set(key, entry);
  }
  // Rule 1 answers first with a choice that stands on the date (key is fold(label)): for phrases
  // that have one, the directory index, the dearest part of saving a directive, is not built.
  const standing = standingChoices(tx, onDate, [...byKey.keys()]);
  let resolve: ((label: string) => Resolution) | undefined;
  for (const [key, { label, targets }] of byKey) {
    const mine = standing.get(key);
    const found = mine ? matched(mine, 'remembered') : (resolve ??= issuerResolver(tx, d, onDate))(label);
    if (found.status === 'matched') {
      const same = (t: Target) => (found.unitIds ? t.groupId == null && found.unitIds.includes(t.unitId ?? -1) : t.unitId === found.unitId && t.groupId === found.groupId);
      if (targets.every(same)) continue;
    }
    // One phrase, one choice: several different hand picks under one phrase are not remembered.
    if (targets.length !== 1) continue;
    const { unitId, groupId } = targets[0] as Target;
    tx.insert(phraseChoices)
      .values({ phraseKey: key, phrase: label, unitId, groupId, chosenById: actor.userId, createdAt: now })
      .onConflictDoUpdate({ target: phraseChoices.phraseKey, set: { phrase: label, unitId, groupId, chosenById: actor.userId, createdAt: now } })
      .run();
  }
}
