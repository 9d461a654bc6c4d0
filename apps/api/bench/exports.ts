/**
 * Exports budgets (issue 6), on a province's year: the large-data generator (src/seed/large) with
 * all its 1,500 directives in 2020 (≈30,000 tasks, 100,000 activities, 5,000 reports).
 * - exports.xlsx_year_ms: the leaders' workbook of the year (matrix, per-unit table, activities),
 *   from the request to the stored file, through the export service; median of 3. Budget 3 s.
 * - exports.docx_one_directive_ms: the BÁO CÁO of the directive with the most tasks (its results
 *   read, laid out, written as .docx); median of 10. Budget 1 s.
 * The same two on the seed demo are printed for comparison. `--json` prints the results only.
 * Run alone: node --import tsx apps/api/bench/exports.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDb, type Db } from '../src/db/client';
import type { Clock } from '../src/lib/clock';
import { fileStore } from '../src/modules/intake/storage';
import { reportDocx } from '../src/modules/exports/docx';
import { exportService } from '../src/modules/exports/jobs';
import { reportPdf } from '../src/modules/exports/pdf';
import { createSummaryReport, summaryDocument } from '../src/modules/exports/summary-reports';
import { generateLarge } from '../src/seed/large/generate';
import { seedDemo } from '../src/seed/demo';
import { actorForUsername, percentile } from './util';

type Record = (name: string, value: number, unit: string, budget: number, lowerIsBetter?: boolean) => void;

async function measure(db: Db, clock: Clock, dir: string, runs: { xlsx: number; docx: number }) {
  const staff = actorForUsername(db, 'staff');
  const files = fileStore(dir);
  const svc = exportService({ db, clock, files }, { inlineTasks: Number.POSITIVE_INFINITY });
  const xlsx: number[] = [];
  let size = 0;
  for (let i = 0; i < runs.xlsx; i += 1) {
    const t0 = performance.now();
    const job = await svc.create(staff, { kind: 'matrix', format: 'xlsx', params: { from: '2020-01-01', to: '2020-12-31' } });
    xlsx.push(performance.now() - t0);
    if (job.status !== 'done') throw new Error(`xlsx export ${job.status}: ${job.error}`);
    size = job.size ?? 0;
  }
  // The directive with the most tasks (sub-tasks included): the heaviest BÁO CÁO there is.
  const top = db.get<{ id: number; n: number }>(sql`select directive_id as id, count(*) as n from tasks group by directive_id order by n desc limit 1`);
  if (!top) throw new Error('no directive');
  const report = createSummaryReport(db, clock, staff, top.id);
  const docx: number[] = [];
  for (let i = 0; i < runs.docx; i += 1) {
    const t0 = performance.now();
    await reportDocx(summaryDocument(db, clock, staff, report.id).doc);
    docx.push(performance.now() - t0);
  }
  const t0 = performance.now();
  await reportPdf(summaryDocument(db, clock, staff, report.id).doc);
  const pdf = performance.now() - t0;
  return { xlsx: percentile(xlsx, 50), docx: percentile(docx, 50), pdf, size, tasks: top.n };
}

function counts(db: Db) {
  const n = (table: string) => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`))?.n ?? 0;
  return { tasks: n('tasks'), activities: n('activities'), reports: n('reports') };
}

export async function benchExports(record: Record, opts: { quiet?: boolean } = {}) {
  const say = (m: string) => {
    if (!opts.quiet) console.log(m);
  };
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-bench-exports-'));
  try {
    // The seed demo, for comparison.
    const demoDir = path.join(root, 'demo');
    const demo = openDb(path.join(demoDir, 'b.db'));
    const demoClock: Clock = { now: () => new Date('2020-12-01T02:00:00.000Z') };
    await seedDemo(demo, demoClock, { password: 'bench-pass', scryptN: 1024 });
    const d = await measure(demo, demoClock, demoDir, { xlsx: 3, docx: 10 });
    demo.$client.close();
    say(`  (demo: .xlsx năm ${Math.round(d.xlsx)} ms, .docx ${Math.round(d.docx)} ms, .pdf ${Math.round(d.pdf)} ms)`);

    // A province's year.
    const largeDir = path.join(root, 'large');
    const t0 = performance.now();
    await generateLarge(path.join(largeDir, 'dondoc.db'), { scale: 1, fromYear: 2020, toYear: 2020, scryptN: 1024 });
    const db = openDb(path.join(largeDir, 'dondoc.db'));
    const clock: Clock = { now: () => new Date('2021-01-15T02:00:00.000Z') };
    const c = counts(db);
    say(`  (dữ liệu lớn: ${c.tasks} nhiệm vụ, ${c.activities} hoạt động, ${c.reports} báo cáo; tạo trong ${Math.round((performance.now() - t0) / 1000)} s)`);
    const l = await measure(db, clock, largeDir, { xlsx: 3, docx: 10 });
    db.$client.close();
    say(`  (năm 2020: tệp .xlsx ${Math.round(l.size / 1024)} kB; BÁO CÁO của văn bản có ${l.tasks} nhiệm vụ: .pdf ${Math.round(l.pdf)} ms)`);
    record('exports.xlsx_year_ms', l.xlsx, 'ms', 3000);
    record('exports.docx_one_directive_ms', l.docx, 'ms', 1000);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = process.argv.includes('--json');
  const results: { name: string; value: number; unit: string; budget: number; ok: boolean }[] = [];
  await benchExports(
    (name, value, unit, budget) => {
      const r = { name, value: Math.round(value * 100) / 100, unit, budget, ok: value <= budget };
      results.push(r);
      if (!json) console.log(`${r.ok ? '✓' : '✗'} ${name}: ${r.value} ${unit} (ngân sách ≤ ${budget})`);
    },
    { quiet: json },
  );
  if (json) console.log(JSON.stringify(results, null, 2));
}
