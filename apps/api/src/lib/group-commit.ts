import type Database from 'better-sqlite3';
import { runnerOf, type Db } from '../db/client';

type Job = { write: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit (decision 0014): writes that arrive in the same turn of the event loop run one after
 * another in one SQLite transaction and share its COMMIT, so with synchronous=FULL they share one
 * fsync of the write-ahead log instead of paying one each. Each write still runs in its own
 * savepoint: one that throws is rolled back alone, its caller gets its error, and the others
 * commit. No caller hears back before the COMMIT holding its write has returned, so an answered
 * write is exactly as durable as with a transaction of its own.
 *
 * Under light load a batch is a single write and costs nothing more. \`write\` must be synchronous
 * (better-sqlite3 is) and should be the whole of one request's change, audit entry included.
 */
export class GroupCommit {
  private queue: Job[] = [];

  private readonly savepoint: (write: () => unknown) => unknown;

  constructor(private readonly sqlite: Database.Database) {
    this.savepoint = runnerOf(sqlite);
  }

  run<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.queue.push({ write, resolve: resolve as (value: unknown) => void, reject }) === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const jobs = this.queue;
    this.queue = [];
    const outcomes = this.commit(jobs);
    jobs.forEach((job, i) => {
      const o = outcomes[i] as Outcome;
      if (o.ok) job.resolve(o.value);
      else job.reject(o.error);
    });
  }

  /** Runs the batch in one transaction: the outcome of each write (all failed when the batch did). */
  private commit(jobs: Job[]): Outcome[] {
    const failed = (error: unknown): Outcome[] => jobs.map(() => ({ ok: false, error }));
    try {
      this.sqlite.exec('BEGIN IMMEDIATE');
    } catch (error) {
      return failed(error);
    }
    const outcomes: Outcome[] = [];
    for (const job of jobs) {
      try {
        // Nested in the open transaction, better-sqlite3 runs this as a savepoint.
        outcomes.push({ ok: true, value: this.savepoint(job.write) });
      } catch (error) {
        outcomes.push({ ok: false, error });
        // An error that made SQLite roll back the whole transaction (disk full, I/O) took the
        // earlier writes of the batch with it: none of them may be reported as done.
        if (!this.sqlite.inTransaction) return failed(error);
      }
    }
    try {
      this.sqlite.exec('COMMIT');
    } catch (error) {
      if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
      return failed(error);
    }
    return outcomes;
  }
}

const groups = new WeakMap<Database.Database, GroupCommit>();

/** The connection's one group: every grouped write of a database shares its queue. */
export function groupCommit(db: Db): GroupCommit {
  const sqlite = db.$client;
  let g = groups.get(sqlite);
  if (!g) {
    g = new GroupCommit(sqlite);
    groups.set(sqlite, g);
  }
  return g;
}
