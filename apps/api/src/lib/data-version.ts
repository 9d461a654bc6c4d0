import type { Db } from '../db/client';
import { todayVn, type Clock } from './clock';

/**
 * Audited actions that change nothing anyone reads in lists or figures: a leader exporting the
 * matrix, or someone changing their notification settings, must not throw away every cached view.
 */
export const READ_ONLY_ACTIONS = ['export.create', 'user.preferences'] as const;

const LAST_WRITE = `select id from audit_log where action not in (${READ_ONLY_ACTIONS.map((a) => `'${a}'`).join(', ')}) order by id desc limit 1`;

/**
 * The version of what people read: the last audit entry's id (every write records one in its own
 * transaction, decision 0003, so no write goes unseen) and today's date in Vietnam (a task becomes
 * overdue overnight without a write). Newest first by rowid, stopping at the first entry that
 * counts: a few rows read however long the log (decisions 0009, 0012, 0013).
 */
export function dataVersion(db: Db, clock: Clock): { today: string; version: string } {
  const today = todayVn(clock);
  const last = (db.$client.prepare(LAST_WRITE).pluck().get() as number | undefined) ?? 0;
  return { today, version: `${last}.${today.replaceAll('-', '')}` };
}

/** Values of one data version, kept until the version moves; least recently used out first past `capacity`. */
export class VersionedCache {
  private readonly entries = new Map<string, unknown>();
  private version = '';

  constructor(private readonly capacity: number) {}

  get<T>(version: string, key: string, compute: () => T): T {
    if (this.version !== version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.has(key)) {
      const hit = this.entries.get(key) as T;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
