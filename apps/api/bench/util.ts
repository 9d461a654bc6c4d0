import { eq } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { users } from '../src/db/schema/index';
import type { Actor } from '../src/lib/actor';

export type Result = { name: string; value: number; unit: string; budget: number; ok: boolean };

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)] ?? NaN;
}

export function actorForUsername(db: Db, username: string): Actor {
  const u = db.select().from(users).where(eq(users.username, username)).get();
  if (!u) throw new Error(`no user ${username}`);
  return { userId: u.id, username: u.username, role: u.role, unitId: u.unitId, isHead: u.isHead };
}
