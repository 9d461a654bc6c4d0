import fs from 'node:fs';
import path from 'node:path';
import { openDb } from '../../db/client';
import { hashPassword } from '../../modules/auth/password';
import { seedDirectory } from '../directory';
import { generateActivities, type ActivityStats } from './activities';
import { generateDirectives } from './directives';
import { generateReports, type ReportStats } from './reports';
import { seededRandom } from './random';
import type { GenContext, GenUnit } from './context';

/** Bumped whenever the generator's output changes, so cached databases (the bench's) are rebuilt. */
export const GENERATOR_VERSION = 1;

export type LargeOptions = {
  /** 1 = the province (1,500 directives, 100,000 activities, 5,000 reports); tests use 0.01. */
  scale?: number;
  seed?: number;
  /** Every generated user's password. */
  password?: string;
  scryptN?: number;
  fromYear?: number;
  toYear?: number;
  /** Replace an existing database file instead of refusing. */
  overwrite?: boolean;
  log?: (msg: string) => void;
};

export type LargeSummary = {
  file: string;
  units: number;
  users: number;
  directives: number;
  tasks: number;
  subTasks: number;
  items: number;
  activities: ActivityStats;
  reports: ReportStats;
  ms: number;
};

const NOW = '2025-01-15T02:00:00.000Z';
const LAST_DAY = '2025-01-14';

/**
 * Builds a province-scale history in a new SQLite file: the 2020 directory, users (admin, staff,
 * leader and one head per unit, all with one password), directives with their tasks and items,
 * activities and report requests with reports and their versions. Deterministic: the same options
 * give the same rows. Rows go in through prepared statements in large transactions, not through
 * the services: one audit entry ('seed.large') records the whole load.
 */
export async function generateLarge(file: string, opts: LargeOptions = {}): Promise<LargeSummary> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const scale = opts.scale ?? 1;
  const r = seededRandom(opts.seed ?? 20201120);
  if (fs.existsSync(file)) {
    if (!opts.overwrite) throw new Error(`${file} already exists (pass overwrite to replace it)`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openDb(file);
  const sqlite = db.$client;
  // A throwaway load: losing it to a power cut costs a rerun, so skip the fsyncs.
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -65536');
  const step = (name: string, since: number) => log(`  ${name} (${Math.round(performance.now() - since)} ms)`);
  try {
    let t = performance.now();
    const clock = { now: () => new Date(NOW) };
    seedDirectory(db, clock);
    const rows = sqlite.prepare('select id, code, kind, district_code as districtCode, parent_id as parentId from units order by id').all() as Omit<GenUnit, 'diligence'>[];
    const units: GenUnit[] = rows.map((u) => ({ ...u, diligence: 0.5 + 0.48 * Math.pow(r.next(), 0.6) }));
    const hash = await hashPassword(opts.password ?? 'dondoc-large', opts.scryptN ?? 16384);
    const insUser = sqlite.prepare('insert into users (username, password_hash, full_name, role, unit_id, is_head, active, email_off, created_at) values (?, ?, ?, ?, ?, ?, 1, 1, ?)');
    const byCode = new Map(units.map((u) => [u.code, u.id]));
    const userOf = new Map<number, number>();
    let staffId = 0;
    sqlite.transaction(() => {
      insUser.run('admin', hash, 'Quản trị hệ thống', 'admin', byCode.get('STTTT-VP') ?? null, 0, NOW);
      staffId = Number(insUser.run('staff', hash, 'Hoàng Thu Trang', 'staff', byCode.get('STTTT-TTBCXB') ?? null, 0, NOW).lastInsertRowid);
      insUser.run('leader', hash, 'Lê Hải Yến', 'leader', byCode.get('STTTT-LD') ?? null, 0, NOW);
      for (const u of units) {
        if (u.kind === 'department' || u.kind === 'division') continue;
        const id = Number(insUser.run(u.code.toLowerCase(), hash, `Cán bộ ${u.code}`, 'unit', u.id, 1, NOW).lastInsertRowid);
        userOf.set(u.id, id);
      }
    })();
    step(`danh mục ${units.length} đơn vị, ${userOf.size + 3} người dùng`, t);

    const ctx: GenContext = { sqlite, r, now: NOW, lastDay: LAST_DAY, units, unitById: new Map(units.map((u) => [u.id, u])), userOf, staffId, log };
    t = performance.now();
    const d = generateDirectives(ctx, { count: Math.max(1, Math.round(1500 * scale)), fromYear: opts.fromYear ?? 2020, toYear: opts.toYear ?? 2024 });
    step(`${d.directives} văn bản, ${d.tasks} nhiệm vụ (${d.subTasks} giao lại), ${d.items} nội dung`, t);
    t = performance.now();
    const activities = generateActivities(ctx, d.taskList, Math.round(100_000 * scale));
    step(`${activities.activities} hoạt động`, t);
    t = performance.now();
    const reports = generateReports(ctx, d.directiveList, Math.round(5000 * scale));
    step(`${reports.requests} yêu cầu báo cáo, ${reports.reports} báo cáo, ${reports.versions} lần gửi`, t);

    const summary = { units: units.length, users: userOf.size + 3, directives: d.directives, tasks: d.tasks, subTasks: d.subTasks, items: d.items, activities, reports };
    sqlite
      .prepare("insert into audit_log (at, actor_id, action, entity_type, entity_id, after) values (?, null, 'seed.large', 'database', null, ?)")
      .run(NOW, JSON.stringify({ generator: GENERATOR_VERSION, scale, seed: opts.seed ?? 20201120, ...summary }));
    t = performance.now();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    step('ghi tệp', t);
    return { file, ...summary, ms: Math.round(performance.now() - t0) };
  } finally {
    sqlite.close();
  }
}
