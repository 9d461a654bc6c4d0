import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openDb, sqliteOf } from './client';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-sync-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

// SQLite reports synchronous as a number: 1 = NORMAL, 2 = FULL.
const syncOf = (file: string, mode?: 'NORMAL' | 'FULL') => {
  const db = openDb(file, mode ? { synchronous: mode } : {});
  try {
    return { sync: db.$client.pragma('synchronous', { simple: true }), journal: db.$client.pragma('journal_mode', { simple: true }) };
  } finally {
    db.$client.close();
  }
};

describe('SQLITE_SYNCHRONOUS', () => {
  it('defaults to NORMAL with WAL, and FULL when asked for a commit that survives a power cut', () => {
    const dir = tmp();
    const config = loadConfig({ DATA_DIR: dir, SESSION_SECRET: 'x'.repeat(32) });
    expect(config.sqliteSynchronous).toBe('NORMAL');
    expect(syncOf(path.join(dir, 'a.db'), config.sqliteSynchronous)).toEqual({ sync: 1, journal: 'wal' });
    const full = loadConfig({ DATA_DIR: dir, SESSION_SECRET: 'x'.repeat(32), SQLITE_SYNCHRONOUS: 'FULL' });
    expect(syncOf(path.join(dir, 'b.db'), full.sqliteSynchronous)).toEqual({ sync: 2, journal: 'wal' });
  });

  it('refuses a mode that could lose acknowledged writes', () => {
    expect(() => loadConfig({ DATA_DIR: tmp(), SESSION_SECRET: 'x'.repeat(32), SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(/SQLITE_SYNCHRONOUS/);
  });
});

describe('sqliteOf', () => {
  it('reaches the connection behind the database and behind a transaction (drizzle keeps it off its types)', () => {
    const dir = tmp();
    const db = openDb(path.join(dir, 'c.db'));
    try {
      expect(sqliteOf(db)).toBe(db.$client);
      db.transaction((tx) => expect(sqliteOf(tx)).toBe(db.$client));
    } finally {
      db.$client.close();
    }
  });
});
