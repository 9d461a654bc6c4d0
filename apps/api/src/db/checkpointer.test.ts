import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from './checkpointer';
import { openDb } from './client';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('checkpointer', () => {
  it('copies the log into the database file from its worker while the server connection never checkpoints', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-ckpt-'));
    dirs.push(dir);
    const file = path.join(dir, 'dondoc.db');
    const db = openDb(file, { synchronous: 'FULL' });
    db.$client.pragma('wal_autocheckpoint = 0');
    db.$client.exec('create table t (id integer primary key, v text)');
    const insert = db.$client.prepare('insert into t (v) values (?)');
    for (let i = 0; i < 300; i += 1) insert.run('x'.repeat(2000));
    // Every page is still only in the log.
    const sizeBefore = fs.statSync(file).size;
    const errors: string[] = [];
    const checkpointer = startCheckpointer(file, { synchronous: 'FULL', everyMs: 20, onError: (m) => errors.push(m) });
    try {
      const deadline = Date.now() + 5000;
      while (fs.statSync(file).size <= sizeBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(fs.statSync(file).size).toBeGreaterThan(sizeBefore + 300 * 2000);
      expect(errors).toEqual([]);
    } finally {
      await checkpointer.stop();
      db.$client.close();
    }
    // What the worker copied is what the server wrote.
    const again = openDb(file);
    expect(again.$client.prepare('select count(*) from t').pluck().get()).toBe(300);
    again.$client.close();
  });

  it('stops at once when its worker is already gone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-ckpt-'));
    dirs.push(dir);
    const errors: string[] = [];
    // No such database: the worker fails at start and exits; stopping must not wait for it.
    const checkpointer = startCheckpointer(path.join(dir, 'missing.db'), { synchronous: 'NORMAL', onError: (m) => errors.push(m) });
    const deadline = Date.now() + 5000;
    while (errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(errors.join(' ')).toMatch(/CANTOPEN|unable to open|does not exist/i);
    const t0 = performance.now();
    await checkpointer.stop();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
