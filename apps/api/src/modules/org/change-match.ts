import { inArray } from 'drizzle-orm';
import { fold, type OrgChangeInput } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { unitGroupMembers, type units } from '../../db/schema/index';
import { canonicalType, communeNameOf, displayDate, PREFIX, roleOf, ROLES, splitType, unitNamesFor, type Role } from './change-names';
import type { Issue, NewUnit } from './change-plan';

type UnitRow = typeof units.$inferSelect;
/** A mention of a former commune by a new one. */
export type Ref = { commune: number; name: string; district: string | null; partial: boolean };

/**
 * The new communes of a change and the former communes they name, matched by GSO code to the
 * directory's units active on the change's date. Problems (blocking) and warnings are added to the lists given.
 */
export function matchCommunes(
  change: OrgChangeInput,
  byCode: Map<string, UnitRow>,
  isActive: (u: UnitRow) => boolean,
  districtName: (districtCode: string | null) => string | null,
  problems: Issue[],
  warnings: Issue[],
) {
  const communes = change.communes.map((c) => {
    const { type: prefixType, bare } = splitType(c.name);
    return { src: c, type: canonicalType(c.type || prefixType || 'Xã'), bare };
  });
  const seenCommunes = new Set<string>();
  for (const c of communes) {
    const key = fold(`${c.type} ${c.bare}`);
    if (seenCommunes.has(key)) problems.push({ code: 'DUPLICATE_COMMUNE', message: `Xã, phường mới «${c.src.name}» có hai lần trong tệp` });
    seenCommunes.add(key);
  }
  const refs = new Map<string, Ref[]>();
  communes.forEach((c, i) => {
    for (const p of c.src.predecessors) {
      const list = refs.get(p.code) ?? [];
      if (list.some((r) => r.commune === i)) {
        problems.push({ code: 'DUPLICATE_PREDECESSOR', message: `Xã, phường mới «${c.src.name}»: xã cũ mã ${p.code} được ghi hai lần` });
        continue;
      }
      list.push({ commune: i, name: p.name, district: p.district, partial: p.partial });
      refs.set(p.code, list);
    }
  });
  const communeList = (list: Ref[]) => list.map((r) => `«${communes[r.commune]?.src.name}»`).join(', ');

  // Matched by code; the names are only compared, for a warning.
  const matched = new Map<string, UnitRow[]>();
  const nameInDirectory = new Map<string, string>();
  const involved = new Map<number, UnitRow>();
  for (const [code, list] of refs) {
    const found = ROLES.map((r) => byCode.get(`${PREFIX[r]}-${code}`)).filter((u): u is UnitRow => u != null);
    for (const u of found) involved.set(u.id, u);
    const active = found.filter(isActive);
    const first = list[0] as Ref;
    if (found.length === 0) {
      problems.push({ code: 'PREDECESSOR_NOT_FOUND', message: `${communeList(list)}: không tìm thấy xã cũ ${first.name} (mã ${code}) trong danh mục` });
      continue;
    }
    if (active.length === 0) {
      const until = found.map((u) => u.validTo ?? '').sort()[0] ?? '';
      problems.push({ code: 'PREDECESSOR_RETIRED', message: `${communeList(list)}: xã cũ ${first.name} (mã ${code}) đã ngừng hoạt động từ ngày ${displayDate(until)}` });
      continue;
    }
    matched.set(code, active);
    const dirName = communeNameOf(active[0] as UnitRow);
    if (fold(splitType(dirName).bare) !== fold(splitType(first.name).bare)) {
      nameInDirectory.set(code, dirName);
      warnings.push({ code: 'NAME_DIFFERS', message: `Mã ${code}: tệp ghi «${first.name}», danh mục ghi «${dirName}» — đối chiếu theo mã` });
    }
    const dn = districtName(active[0]?.districtCode ?? null);
    if (first.district && dn && fold(first.district) !== fold(dn)) {
      warnings.push({ code: 'DISTRICT_DIFFERS', message: `Mã ${code} (${first.name}): tệp ghi thuộc «${first.district}», danh mục ghi «${dn}»` });
    }
  }
  const splitCodes = new Set([...refs].filter(([code, list]) => list.length > 1 && matched.has(code)).map(([code]) => code));
  for (const code of splitCodes) {
    const list = refs.get(code) ?? [];
    if (list.some((r) => !r.partial)) {
      warnings.push({ code: 'SPLIT_NOT_MARKED', message: `Xã cũ ${list[0]?.name} (mã ${code}) thuộc ${list.length} xã, phường mới (${communeList(list)}) nhưng không được đánh dấu «một phần»: coi là chia tách` });
    }
  }

  return { communes, refs, matched, nameInDirectory, splitCodes, involved, communeList };
}

const slug = (s: string) => fold(s).toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);

/**
 * The units a change creates: for each new commune, one per role (radio station, people's committee)
 * its matched predecessors had, coded from its type and name ("DTT-XA-THAT-KHE", "-2" if taken),
 * in the groups those predecessors were in.
 */
export function newUnits(db: Conn, communes: ReturnType<typeof matchCommunes>['communes'], matched: Map<string, UnitRow[]>, splitCodes: Set<string>, allUnits: UnitRow[]) {
  const taken = new Set(allUnits.map((u) => u.code));
  /** Codes found taken: part of the token, since the codes given depend on them. */
  const takenHits: string[] = [];
  const memberships = db
    .select({ groupId: unitGroupMembers.groupId, unitId: unitGroupMembers.unitId })
    .from(unitGroupMembers)
    .where(inArray(unitGroupMembers.unitId, [...matched.values()].flat().map((u) => u.id)))
    .all();
  const groupsOfUnit = new Map<number, number[]>();
  for (const m of memberships) groupsOfUnit.set(m.unitId, (groupsOfUnit.get(m.unitId) ?? []).concat(m.groupId));
  const created: NewUnit[] = [];
  const createdOf = communes.map(() => new Map<Role, NewUnit>());
  communes.forEach((c, i) => {
    for (const role of ROLES) {
      const preds = c.src.predecessors.flatMap((p) => {
        const u = matched.get(p.code)?.find((x) => roleOf(x.code) === role);
        return u ? [{ unitId: u.id, partial: p.partial || splitCodes.has(p.code) }] : [];
      });
      if (preds.length === 0) continue;
      const base = `${PREFIX[role]}-${slug(`${c.type} ${c.bare}`)}`;
      let code = base;
      for (let n = 2; taken.has(code); n += 1) {
        takenHits.push(code);
        code = `${base}-${n}`;
      }
      taken.add(code);
      const u: NewUnit = { code, ...unitNamesFor(role, c.type, c.bare), role, commune: c.src.name, predecessors: preds, groupIds: [...new Set(preds.flatMap((p) => groupsOfUnit.get(p.unitId) ?? []))] };
      created.push(u);
      createdOf[i]?.set(role, u);
    }
  });
  return { created, createdOf, takenHits };
}
