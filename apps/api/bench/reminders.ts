/**
 * Reminder budgets (issue 5), on a fresh temp database: the demo, a user for every unit (half of
 * them with email), and 30,000 open tasks of the published directive spread over every unit,
 * with deadlines from 60 days ago to 20 days ahead — so that the daily pass of an ordinary
 * Wednesday has thousands of reminders to write.
 * - reminders.pass_30k_ms: one daily pass over them (ledger, notifications, pending emails);
 *   budget 1000 ms.
 * - reminders.max_block_ms: the longest the event loop was held during that pass, seen by a
 *   1 ms interval probe (the longest gap between its ticks); budget 50 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { openDb } from '../src/db/client';
import { directives, tasks, units, users } from '../src/db/schema/index';
import type { Clock } from '../src/lib/clock';
import { seedBuiltinHolidays } from '../src/modules/reminders/holidays';
import { runPass } from '../src/modules/reminders/pass';
import { addDays } from '../src/modules/reminders/workdays';
import { seedDemo } from '../src/seed/demo';

type Record = (name: string, value: number, unit: string, budget: number, lowerIsBetter?: boolean) => void;

const TASKS = 30_000;
/** Wednesday 12 March 2025, 08:00 in Vietnam. */
const DAY = '2025-03-12';
const clock: Clock = { now: () => new Date(`${DAY}T01:00:00.000Z`) };

export async function benchReminders(record: Record, opts: { quiet?: boolean } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-reminders-'));
  const db = openDb(path.join(dir, 'b.db'));
  try {
    await seedDemo(db, clock, { password: 'bench-pass', scryptN: 1024 });
    seedBuiltinHolidays(db, clock);
    const now = clock.now().toISOString();
    const allUnits = db.select({ id: units.id }).from(units).all();
    const withUser = new Set(db.select({ unitId: users.unitId }).from(users).all().map((u) => u.unitId));
    const directive = db.select({ id: directives.id }).from(directives).where(eq(directives.status, 'published')).get();
    if (!directive) throw new Error('demo directive missing');
    db.transaction((tx) => {
      allUnits.forEach((u, i) => {
        if (withUser.has(u.id)) return;
        tx.insert(users)
          .values({ username: `bench.${u.id}`, fullName: `Cán bộ ${u.id}`, role: 'unit', unitId: u.id, isHead: true, passwordHash: 'x', email: i % 2 ? `u${u.id}@example.vn` : null, createdAt: now })
          .run();
      });
      const rows = Array.from({ length: TASKS }, (_, i) => ({
        directiveId: directive.id,
        unitId: allUnits[i % allUnits.length]!.id,
        source: 'recipient' as const,
        deadline: addDays(DAY, (i % 81) - 60),
        itemsTotal: 1,
        createdAt: now,
      }));
      for (let i = 0; i < rows.length; i += 2000) tx.insert(tasks).values(rows.slice(i, i + 2000)).run();
    });

    // The probe: a 1 ms interval; the longest gap between two ticks is the longest stall. On a
    // busy machine the gap also holds time the OS gave other processes, so the CPU the process
    // used in its longest gap is printed beside it.
    let last = performance.now();
    let lastCpu = process.cpuUsage();
    let maxGap = 0;
    let maxGapCpu = 0;
    const probe = setInterval(() => {
      const t = performance.now();
      const used = process.cpuUsage(lastCpu);
      if (t - last > maxGap) {
        maxGap = t - last;
        maxGapCpu = (used.user + used.system) / 1000;
      }
      last = t;
      lastCpu = process.cpuUsage();
    }, 1);
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    await new Promise((r) => setTimeout(r, 20));
    last = performance.now();
    lastCpu = process.cpuUsage();
    maxGap = 0;

    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await runPass({ db, clock }, addDays(DAY, -1), DAY);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    await new Promise((r) => setTimeout(r, 5));
    clearInterval(probe);
    histogram.disable();

    if (result.scanned < TASKS) throw new Error(`pass scanned ${result.scanned} tasks`);
    if (!opts.quiet) {
      console.log(
        `  (${result.scanned} việc mở, ${result.reminders} lời nhắc, ${result.notifications} thông báo, ${result.emails} thư; CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms; lần chặn dài nhất dùng ${Math.round(maxGapCpu)} ms CPU; perf_hooks: độ trễ lớn nhất ${Math.round(histogram.max / 1e6)} ms)`,
      );
    }
    record('reminders.pass_30k_ms', ms, 'ms', 1000);
    record('reminders.max_block_ms', maxGap, 'ms', 50);
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
