import { eq } from 'drizzle-orm';
import type { Conn } from '../../db/client';
import { users } from '../../db/schema/index';
import type { Recipient } from './notifications';

export type Person = Recipient & { unitId: number | null; isHead: boolean };

/** Active users by unit, read once per pass: a province has a few hundred. */
export type People = {
  ofUnit: (unitId: number) => Person[];
  /** The unit's head(s); all its users when none is marked head, so an escalation always reaches someone there. */
  headsOf: (unitId: number) => Person[];
  byId: (id: number | null | undefined) => Person | undefined;
};

export function loadPeople(conn: Conn): People {
  const rows = conn
    .select({ id: users.id, email: users.email, emailOff: users.emailOff, unitId: users.unitId, isHead: users.isHead })
    .from(users)
    .where(eq(users.active, true))
    .all();
  const byUnit = new Map<number, Person[]>();
  const byId = new Map<number, Person>();
  for (const p of rows) {
    byId.set(p.id, p);
    if (p.unitId == null) continue;
    const list = byUnit.get(p.unitId);
    if (list) list.push(p);
    else byUnit.set(p.unitId, [p]);
  }
  const headsOf = (unitId: number) => {
    const all = byUnit.get(unitId) ?? [];
    const heads = all.filter((p) => p.isHead);
    return heads.length > 0 ? heads : all;
  };
  return { ofUnit: (unitId) => byUnit.get(unitId) ?? [], headsOf, byId: (id) => (id == null ? undefined : byId.get(id)) };
}

/** One entry per person, in first-seen order. */
export function distinct(people: (Person | undefined)[]): Person[] {
  const seen = new Set<number>();
  const out: Person[] = [];
  for (const p of people) {
    if (!p || seen.has(p.id)) continue;
    seen.add(p.id);
    out.push(p);
  }
  return out;
}
