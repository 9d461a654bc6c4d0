import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../modules/auth/password';
import { generateLarge } from './generate';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const target = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-large-'));
  dirs.push(dir);
  return path.join(dir, 'dondoc.db');
};

describe('province-scale data generator', () => {
  it('builds a consistent history at a small scale, the same every time', async () => {
    const file = target();
    const s = await generateLarge(file, { scale: 0.02, scryptN: 1024, password: 'large-pass' });
    expect(s).toMatchObject({ directives: 30, activities: { activities: 2000 }, reports: { reports: 100 } });
    const db = new Database(file, { readonly: true });
    const one = <T>(q: string) => db.prepare(q).get() as T;
    const all = <T>(q: string) => db.prepare(q).all() as T[];
    try {
      expect(one<{ n: number }>('select count(*) n from tasks').n).toBe(s.tasks);
      expect(one<{ n: number }>('select count(*) n from task_items').n).toBe(s.items);
      // 5–70 recipients per directive, about 20 on average.
      const per = all<{ n: number }>('select count(*) n from tasks where parent_task_id is null group by directive_id');
      expect(per).toHaveLength(30);
      expect(Math.min(...per.map((p) => p.n))).toBeGreaterThanOrEqual(5);
      expect(Math.max(...per.map((p) => p.n))).toBeLessThanOrEqual(70);
      // A task's counters agree with its items; complete exactly when every item is done.
      expect(
        one<{ n: number }>(
          `select count(*) n from tasks t where t.items_total <> (select count(*) from task_items i where i.task_id = t.id)
             or t.items_done <> (select count(*) from task_items i where i.task_id = t.id and i.status in ('done', 'not_applicable'))
             or (t.completed_at is not null) <> (t.items_done = t.items_total)
             or (t.completed_at is not null and t.received_at is null)`,
        ).n,
      ).toBe(0);
      // Sub-tasks' items point to items of the task they were passed on from.
      expect(one<{ n: number }>('select count(*) n from task_items i join tasks t on t.id = i.task_id left join task_items p on p.id = i.parent_item_id where t.parent_task_id is not null and (p.id is null or p.task_id <> t.parent_task_id)').n).toBe(0);
      // A realistic mix: on time, late, overdue and open.
      const states = all<{ s: string; n: number }>(
        `select case when completed_at is null then (case when deadline < '2025-01-14' then 'overdue' else 'open' end) when completed_at >= deadline || 'T17:00:00.000Z' then 'late' else 'on_time' end s, count(*) n from tasks where parent_task_id is null group by s`,
      );
      expect(states.map((x) => x.s).sort()).toEqual(['late', 'on_time', 'open', 'overdue']);
      // Activities: on a task of their unit, linked to that task's items, dated within the task's directive's life.
      expect(
        one<{ n: number }>(
          `select count(*) n from activities a join tasks t on t.id = a.task_id join directives d on d.id = t.directive_id
           where a.unit_id <> t.unit_id or a.date_from < d.issued_on or a.date_from > '2025-01-14'
              or not exists (select 1 from activity_items ai where ai.activity_id = a.id)
              or exists (select 1 from activity_items ai join task_items i on i.id = ai.task_item_id where ai.activity_id = a.id and i.task_id <> a.task_id)`,
        ).n,
      ).toBe(0);
      // Reports: one per unit asked; as many versions as submissions; drafts never sent.
      expect(one<{ n: number }>('select count(*) n from reports r left join report_request_units u on u.request_id = r.request_id and u.unit_id = r.unit_id where u.unit_id is null').n).toBe(0);
      expect(one<{ n: number }>("select count(*) n from reports r where r.submissions <> (select count(*) from report_versions v where v.report_id = r.id) or (r.status = 'draft') <> (r.submissions = 0)").n).toBe(0);
      expect(one<{ n: number }>('select count(distinct status) n from reports').n).toBeGreaterThanOrEqual(3);
      // Users of every kind, and one audit entry for the whole load.
      const staff = one<{ password_hash: string }>("select password_hash from users where username = 'staff'");
      expect(await verifyPassword('large-pass', staff.password_hash)).toBe(true);
      expect(one<{ n: number }>("select count(*) n from users where role = 'unit' and unit_id is not null").n).toBe(s.users - 3);
      expect(all<{ action: string }>('select action from audit_log').map((a) => a.action)).toEqual(['directory.seed', 'seed.large']);
    } finally {
      db.close();
    }

    const fingerprint = (f: string) => {
      const d = new Database(f, { readonly: true });
      try {
        return d.prepare("select (select group_concat(coalesce(completed_at, '-')) from tasks) t, (select group_concat(date_from || form) from activities) a, (select group_concat(status) from reports) r").get();
      } finally {
        d.close();
      }
    };
    const again = target();
    await generateLarge(again, { scale: 0.02, scryptN: 1024, password: 'large-pass' });
    expect(fingerprint(again)).toEqual(fingerprint(file));
    await expect(generateLarge(file, { scale: 0.02, scryptN: 1024 })).rejects.toThrow(/already exists/);
  });
});
