import { fold, type CcEntry, type Part, type UnitPick } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { phraseChoices, unitGroups, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { activeOn } from '../units/service';
import { allPicks } from './parts';

export type Resolution = { unitId: number | null; groupId: number | null; via: 'name' | 'short_name' | 'alias' | 'group' | 'remembered' | null };

/**
 * Matches a phrase of a directive ("Báo Lạng Sơn", "Phòng Văn hóa và Thông tin các huyện,
 * thành phố") to one directory unit or group by exact folded name, short name or alias.
 * The intake issue grows this into the full resolver (abbreviations, context, user picks).
 */
export function resolver(db: Conn, onDate: string | null) {
  const index = new Map<string, Resolution | 'ambiguous'>();
  const add = (key: string, r: Resolution) => {
    const k = fold(key);
    if (!k) return;
    const prev = index.get(k);
    if (prev && prev !== 'ambiguous' && (prev.unitId !== r.unitId || prev.groupId !== r.groupId)) index.set(k, 'ambiguous');
    else if (!prev) index.set(k, r);
  };
  const remembered = new Map<string, Resolution>();
  for (const c of db.select().from(phraseChoices).all()) remembered.set(c.phraseKey, { unitId: c.unitId, groupId: c.groupId, via: 'remembered' });
  for (const g of db.select().from(unitGroups).all()) {
    add(g.name, { unitId: null, groupId: g.id, via: 'group' });
    for (const a of g.aliases) add(a, { unitId: null, groupId: g.id, via: 'group' });
  }
  for (const u of db.select().from(units).where(activeOn(onDate)).all()) {
    add(u.name, { unitId: u.id, groupId: null, via: 'name' });
    if (u.shortName) add(u.shortName, { unitId: u.id, groupId: null, via: 'short_name' });
    for (const a of u.aliases) add(a, { unitId: u.id, groupId: null, via: 'alias' });
  }
  return (phrase: string): Resolution => {
    const key = fold(phrase);
    const mine = remembered.get(key);
    if (mine) return mine;
    const r = index.get(key);
    return r && r !== 'ambiguous' ? r : { unitId: null, groupId: null, via: null };
  };
}

/**
 * Remembers a pick staff made by hand: when a phrase's chosen unit or group is not what the
 * resolver finds for it, the choice is stored and wins next time.
 */
export function rememberPicks(
  tx: Conn,
  actor: Actor,
  now: string,
  d: { issued: { year: number | null; month: number | null; day: number | null } | null; recipients: UnitPick[]; parts: Part[]; cc: CcEntry[] },
) {
  const picks = allPicks(d).filter((p) => p.pick.unitId != null || p.pick.groupId != null);
  if (picks.length === 0) return;
  const resolve = resolver(tx, null);
  for (const { pick } of picks) {
    const found = resolve(pick.label);
    if (found.unitId === pick.unitId && found.groupId === pick.groupId) continue;
    const key = fold(pick.label);
    if (!key) continue;
    tx.insert(phraseChoices)
      .values({ phraseKey: key, phrase: pick.label, unitId: pick.unitId, groupId: pick.groupId, chosenById: actor.userId, createdAt: now })
      .onConflictDoUpdate({ target: phraseChoices.phraseKey, set: { phrase: pick.label, unitId: pick.unitId, groupId: pick.groupId, chosenById: actor.userId, createdAt: now } })
      .run();
  }
}
