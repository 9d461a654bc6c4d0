import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type Db } from '../db/client';
import { GroupCommit, groupCommit } from './group-commit';

const opened: { db: Db; dir: string }[] = [];
function fresh(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-group-'));
  const db = openDb(path.join(dir, 'dondoc.db'), { synchronous: 'FULL' });
  db.$client.exec('create table t (id integer primary key, v text not null)');
  opened.push({ db, dir });
  return db;
}
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const insert = (db: Db, v: string) => () => Number(db.$client.prepare('insert into t (v) values (?)').run(v).lastInsertRowid);
const values = (db: Db) => db.$client.prepare('select v from t order by id').pluck().all();

describe('group commit', () => {
  it('commits the writes that arrive together once, and answers each with its own result', async () => {
    const db = fresh();
    const exec = vi.spyOn(db.$client, 'exec');
    const g = new GroupCommit(db.$client);
    const ids = await Promise.all([g.run(insert(db, 'a')), g.run(insert(db, 'b')), g.run(insert(db, 'c'))]);
    expect(ids).toEqual([1, 2, 3]);
    expect(exec.mock.calls.map((c) => c[0])).toEqual(['BEGIN IMMEDIATE', 'COMMIT']);
    expect(values(db)).toEqual(['a', 'b', 'c']);
  });

  it('rolls back only the write that failed, with everything it wrote, and rejects only its caller', async () => {
    const db = fresh();
    const g = groupCommit(db);
    const failing = () => {
      insert(db, 'half-written')();
      throw new Error('refused');
    };
    const [a, b, c] = await Promise.allSettled([g.run(insert(db, 'a')), g.run(failing), g.run(insert(db, 'c'))]);
    expect(a).toEqual({ status: 'fulfilled', value: 1 });
    expect(b).toMatchObject({ status: 'rejected', reason: new Error('refused') });
    expect(c.status).toBe('fulfilled');
    expect(values(db)).toEqual(['a', 'c']);
    expect(db.$client.inTransaction).toBe(false);
  });

  it('answers nobody as done when the commit itself fails, and leaves nothing behind', async () => {
    const db = fresh();
    const g = new GroupCommit(db.$client);
    // A deferred foreign key is checked at COMMIT: the whole batch is refused there.
    db.$client.exec('create table p (id integer primary key); create table ch (p_id integer references p(id) deferrable initially deferred)');
    db.$client.pragma('foreign_keys = ON');
    const orphan = () => db.$client.prepare('insert into ch (p_id) values (42)').run().changes;
    const results = await Promise.allSettled([g.run(insert(db, 'a')), g.run(orphan)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(values(db)).toEqual([]);
    expect(db.$client.inTransaction).toBe(false);
  });

  it('gives one group per database, and a later batch for writes that come in a later turn', async () => {
    const db = fresh();
    expect(groupCommit(db)).toBe(groupCommit(db));
    const exec = vi.spyOn(db.$client, 'exec');
    await groupCommit(db).run(insert(db, 'a'));
    await groupCommit(db).run(insert(db, 'b'));
    expect(exec.mock.calls.filter((c) => c[0] === 'COMMIT')).toHaveLength(2);
  });
});
