import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema/index';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Finds the committed drizzle/ folder from source (src/db) and from the bundle (dist/). */
function migrationsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    const candidate = path.join(dir, 'drizzle');
    if (fs.existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('drizzle migrations folder not found');
}

/** Up to 1 GB of the database file mapped into memory (a province's ten years of data is a few hundred MB). */
const MMAP_BYTES = 1024 ** 3;

export type DbOptions = { synchronous?: 'NORMAL' | 'FULL' };

export function openDb(file: string, opts: DbOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives a process crash; only an OS crash or power cut may lose
  // the last commits. FULL syncs the WAL on every commit, so a commit also survives a power cut.
  sqlite.pragma(`synchronous = ${opts.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Reads straight from the mapped file instead of a read() into SQLite's 2 MB page cache for
  // every page not in it: a quick write reads pages of rows nobody touched lately (W4: 2,600–3,300
  // → 3,600 completions a second). Only as much of the address space as the file is long is used.
  sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: migrationsFolder() });
  return db;
}

/** Most distinct SQL texts kept compiled; the app has a few hundred query shapes. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * drizzle compiles every query it runs (\`prepare\` on each call): measured on the unit task list,
 * compiling was about a tenth of the server's CPU. Queries with the same text compile to the same
 * statement, so keep them, oldest out first. A statement comes back in its default
 * mode (drizzle switches \`raw\` on for the rows it maps itself); better-sqlite3 runs each call to
 * the end before returning, so one statement is never used by two callers at once (nothing here
 * iterates lazily), and SQLite re-prepares a kept statement by itself after a schema change.
 */
function cacheStatements(sqlite: Database.Database) {
  const compile = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let st = kept.get(source);
    if (st) {
      if (st.reader) st.raw(false);
      return st;
    }
    // Oldest compiled out first: the app's few hundred shapes rarely reach the limit, and moving
    // each hit to the back (a true LRU) cost 2 % of a quick write.
    st = compile(source);
    if (kept.size >= STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value as string);
    kept.set(source, st);
    return st;
  }) as typeof sqlite.prepare;
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: helpers that only read take this. */
export type Conn = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

/**
 * The better-sqlite3 connection behind a drizzle database or transaction, for the hot paths kept
 * in plain SQL (a write answered thousands of times a second spent most of its CPU in drizzle
 * building queries and mapping rows, decision 0014). A transaction runs on the same connection,
 * so statements run through it are part of the transaction. drizzle keeps the connection on
 * \`session.client\` (not in its types); client.test.ts fails if an upgrade moves it.
 */
/**
 * Runs \`fn\` in one transaction on the raw connection (a savepoint when one is already open), for
 * hot writes: drizzle's own \`transaction\` builds several objects per call, measured at 8 % of a
 * task's completion. Queries through \`db\` inside \`fn\` run on the same connection, in it.
 */
export function transact<T>(db: Db, fn: () => T): T {
  return runnerOf(db.$client)(fn) as T;
}

const runners = new WeakMap<Database.Database, (fn: () => unknown) => unknown>();

/** One transaction function per connection that runs what it is given (better-sqlite3 builds each one with some cost). */
export function runnerOf(sqlite: Database.Database): (fn: () => unknown) => unknown {
  let run = runners.get(sqlite);
  if (!run) {
    run = sqlite.transaction((fn: () => unknown) => fn());
    runners.set(sqlite, run);
  }
  return run;
}

export function sqliteOf(conn: Conn): Database.Database {
  const client = (conn as unknown as { session?: { client?: Database.Database } }).session?.client;
  if (!client) throw new Error('drizzle session has no better-sqlite3 client');
  return client;
}
