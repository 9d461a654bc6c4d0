/**
 * Reports budget (issue 5): prefilling a report from 2,000 activities — a district office's own
 * 800 and 1,200 of the 25 units it delegated to, in the period and under the request's directive,
 * plus 500 outside the period that must not count — the median of 100 calls of the prefill service
 * (scope CTE, the per-form aggregate, the list with each activity's parts, the narrative text),
 * on a fresh temp database, like core.publish_seed_ms: one operation's time, not a latency tail
 * under concurrent requests. Budget: 50 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { activityForms } from '@dondoc/schemas';
import { openDb } from '../src/db/client';
import { activities, activityItems, reports, taskItems } from '../src/db/schema/index';
import type { Clock } from '../src/lib/clock';
import { prefillReport } from '../src/modules/reports/reports';
import { createRequest, openRequest } from '../src/modules/reports/requests';
import { requestTemplate } from '../src/modules/reports/template';
import { seedDemo } from '../src/seed/demo';
import { actorForUsername, delegateHuuLung, percentile } from './util';

type Record = (name: string, value: number, unit: string, budget: number, lowerIsBetter?: boolean) => void;

const MEASURES = ['tin/bài', 'buổi', 'chương trình', 'cái', 'lượt người'];

export async function benchReports(record: Record) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-reports-'));
  const db = openDb(path.join(dir, 'b.db'));
  const clock: Clock = { now: () => new Date('2020-12-01T02:00:00.000Z') };
  try {
    await seedDemo(db, clock, { password: 'bench-pass', scryptN: 1024 });
    const { office, task, items, subs } = delegateHuuLung(db, clock);

    const now = clock.now().toISOString();
    const insert = (n: number, t: { id: number; unitId: number }, itemIds: number[], inPeriod: boolean) => {
      const a = db
        .insert(activities)
        .values({
          unitId: t.unitId,
          taskId: t.id,
          dateFrom: inPeriod ? `2020-11-${String(1 + (n % 28)).padStart(2, '0')}` : `2020-10-${String(1 + (n % 28)).padStart(2, '0')}`,
          dateTo: n % 5 === 0 && inPeriod ? '2020-11-29' : null,
          form: activityForms[n % activityForms.length] as string,
          title: `Hoạt động tuyên truyền số ${n + 1} về Nghị quyết Đại hội Đảng bộ tỉnh`,
          quantity: 1 + (n % 7),
          measure: MEASURES[n % MEASURES.length] as string,
          reach: 50 + (n % 300),
          links: [],
          createdById: office.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: activities.id })
        .get();
      db.insert(activityItems).values(itemIds.map((taskItemId) => ({ activityId: a.id, taskItemId }))).run();
    };
    db.transaction(() => {
      let n = 0;
      for (let k = 0; k < 800; k += 1, n += 1) insert(n, { id: task.id, unitId: office.unitId as number }, [items[k % items.length]!.id], true);
      const subItems = new Map(subs.map((s) => [s.id, db.select({ id: taskItems.id }).from(taskItems).where(eq(taskItems.taskId, s.id)).all().map((i) => i.id)]));
      for (let k = 0; k < 1200; k += 1, n += 1) {
        const s = subs[k % subs.length]!;
        const own = subItems.get(s.id) ?? [];
        insert(n, s, k % 3 === 0 ? own.slice(0, 2) : [own[k % own.length]!], true);
      }
      for (let k = 0; k < 500; k += 1, n += 1) insert(n, { id: task.id, unitId: office.unitId as number }, [items[0]!.id], false);
    });

    const staff = actorForUsername(db, 'staff');
    const template = requestTemplate(db, staff, task.directiveId);
    const draft = createRequest(db, clock, staff, { ...template.input, deadline: '2020-12-10', periodFrom: '2020-11-01', periodTo: '2020-11-30' });
    const request = openRequest(db, clock, staff, draft.id, draft.version);
    const report = db
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.requestId, request.id), eq(reports.unitId, office.unitId ?? -1)))
      .get();
    if (!report) throw new Error('report missing');

    const times: number[] = [];
    for (let i = 0; i < 110; i += 1) {
      const t0 = performance.now();
      const { proposal } = prefillReport(db, clock, office, report.id, { apply: false });
      const ms = performance.now() - t0;
      // The demo's own activities in Hữu Lũng are none: exactly the 2,000 built here count.
      if (i === 0 && proposal.activityCount !== 2000) throw new Error(`prefill counted ${proposal.activityCount} activities, expected 2000`);
      if (i >= 10) times.push(ms);
    }
    record('reports.prefill_2000_ms', percentile(times, 50), 'ms', 50);
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
