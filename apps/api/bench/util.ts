import { eq } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { users } from '../src/db/schema/index';
import type { Actor } from '../src/lib/actor';

/**
 * `ratio`: the figure against the bare Fastify route measured in the same run (see `ratioTo`):
 * throughput as a fraction of the bare route's req/s, time as a multiple of the bare route's
 * latency. `peer`: Redmine's figure for the same workload and ours divided by it.
 * `ok` is null for figures shown for information (no budget applies) or not measured (value null).
 */
export type Result = {
  name: string;
  value: number | null;
  unit: string;
  budget: number | null;
  ok: boolean | null;
  ratio: number | null;
  ratioTo: string | null;
  peer?: Peer;
  note?: string;
};

/** Which bare-route figure a figure is divided by. */
export type Ref = 'rps' | 'seq50' | 'seq95' | 'seq99' | 'load50' | 'load95' | 'load99' | 'none';
export type Peer = { redmine: number | null; oursOverRedmine: number | null; note?: string };
export type RecordOpts = { ref?: Ref; peer?: Peer; note?: string; info?: boolean };
export type RecordFn = (name: string, value: number | null, unit: string, budget: number | null, lowerIsBetter?: boolean, opts?: RecordOpts) => void;

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
