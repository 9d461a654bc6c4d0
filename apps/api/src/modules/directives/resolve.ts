import type { Conn } from '../../db/client';
import { unitGroups, units } from '../../db/schema/index';
import { fold } from '@dondoc/schemas';
import { activeOn } from '../units/service';

export type Resolution = { unitId: number | null; groupId: number | null; via: 'name' | 'short_name' | 'alias' | 'group' | null };

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
    const r = index.get(fold(phrase));
    return r && r !== 'ambiguous' ? r : { unitId: null, groupId: null, via: null };
  };
}
