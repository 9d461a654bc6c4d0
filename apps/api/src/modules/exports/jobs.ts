/**
 * Export jobs: a request for a file becomes a row with a random token; the file is made in this
 * process in the background — data read in one read transaction, rows written in chunks that
 * yield to the event loop, progress 0–100 kept on the row — and stored content-addressed. Small
 * exports are made before the answer. Only the user who asked sees the job and its file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { and, desc, eq, inArray, lt, ne } from 'drizzle-orm';
import type { ExportCreate, ExportJob, ExportParams } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { exportJobs, summaryReports, units } from '../../db/schema/index';
import { isDepartment, type Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { unusedBlobs } from '../intake/blob-refs';
import type { FileStore } from '../intake/storage';
import { tableToCsv } from './csv';
import { reportDocx } from './docx';
import { activityFigures, matrixFigures, taskCount, unitFigures, type Period, type Scope } from './figures';
import { MIME, periodLabel, safeFileName, summaryFileName } from './names';
import { reportPdf } from './pdf';
import { loadSummary, requireDepartmentReader, summaryErrors } from './summary-reports';
import { activitiesTable, matrixTable, summaryTable, unitsTable, type Table } from './tables';
import { workbookOf } from './xlsx';

type JobRow = typeof exportJobs.$inferSelect;
type Log = { error: (obj: object, msg: string) => void };
export type ExportDeps = { db: Db; clock: Clock; files: FileStore; log?: Log };
type Parsed = { kind: ExportCreate['kind']; format: ExportCreate['format']; params: ExportParams };

/** Exports reading fewer tasks than this are made before the answer (a unit's year, a directive). */
export const INLINE_TASKS = 2000;
/** Background jobs made at the same time; the others wait their turn (queued). */
export const CONCURRENT_JOBS = 2;
/** Jobs and their files are kept this long, for downloading again. */
export const KEEP_MS = 7 * 24 * 3600_000;

export const exportErrors = {
  notFound: () => notFound('Không tìm thấy tệp xuất'),
  notReady: () => new AppError(409, 'EXPORT_NOT_READY', 'Tệp đang được tạo, vui lòng chờ trong giây lát'),
  failed: (why: string | null) => new AppError(409, 'EXPORT_FAILED', why ?? 'Không tạo được tệp, vui lòng xuất lại'),
  gone: () => new AppError(404, 'EXPORT_GONE', 'Tệp đã bị xóa khỏi máy chủ, vui lòng xuất lại'),
};

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function toJob(r: JobRow): ExportJob {
  return {
    token: r.token,
    kind: r.kind as ExportJob['kind'],
    format: r.format,
    status: r.status,
    progress: r.progress,
    fileName: r.fileName,
    size: r.size,
    error: r.error,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
  };
}

/**
 * Who may export what: the department anything; a unit only its own per-unit table and
 * activities (the unit is forced to its own), never the matrix nor the department's reports.
 */
export function authorize(db: Db, actor: Actor, input: Parsed): { params: ExportParams; unitId: number | null } {
  const params = { ...input.params };
  if (input.kind === 'summary-report') {
    requireDepartmentReader(actor);
    if (!db.select({ id: summaryReports.id }).from(summaryReports).where(eq(summaryReports.id, params.summaryReportId ?? -1)).get()) throw summaryErrors.notFound();
    return { params, unitId: null };
  }
  if (input.kind === 'matrix') {
    if (!isDepartment(actor)) throw forbidden('Bảng theo dõi toàn tỉnh dành cho Sở và lãnh đạo');
    const { unitId: _one, summaryReportId: _report, ...filters } = params;
    return { params: filters, unitId: null };
  }
  // The state filter selects matrix cells; the per-unit and activity tables have none to select.
  delete params.state;
  if (isDepartment(actor)) {
    if (params.unitId != null && !db.select({ id: units.id }).from(units).where(eq(units.id, params.unitId)).get()) throw notFound('Không tìm thấy đơn vị');
    return { params, unitId: null };
  }
  if (actor.unitId == null) throw forbidden('Tài khoản chưa gắn với đơn vị nào');
  if (params.unitId != null && params.unitId !== actor.unitId) throw forbidden('Đơn vị chỉ xuất được số liệu của mình');
  return { params: { ...params, unitId: actor.unitId }, unitId: actor.unitId };
}

/** The params as the figures take them: the dashboard's filters under their dashboard names. */
const periodOf = (p: ExportParams): Period => ({ from: p.from, to: p.to, issuer: p.issuer, district: p.district, kind: p.unitKind, state: p.state });

const scopeOf = (job: Pick<JobRow, 'unitId'>, params: ExportParams): Scope =>
  job.unitId != null ? { kind: 'unit', unitId: job.unitId } : { kind: 'department', unitId: params.unitId ?? null };

export function exportService({ db, clock, files, log }: ExportDeps, opts: { inlineTasks?: number } = {}) {
  const inlineTasks = opts.inlineTasks ?? INLINE_TASKS;
  const running = new Set<Promise<void>>();
  // Background jobs take turns: each reads its data in one go, which holds the event loop briefly.
  const waiting: (() => void)[] = [];
  let active = 0;
  const turn = async () => {
    if (active >= CONCURRENT_JOBS) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
  };
  const done = () => {
    active -= 1;
    waiting.shift()?.();
  };

  const setProgress = (id: number, progress: number) => db.update(exportJobs).set({ progress }).where(eq(exportJobs.id, id)).run();

  /** The tables of a tabular export, read in one transaction so they agree with each other. */
  function tablesOf(job: JobRow, params: ExportParams): { tables: Table[]; name: string } {
    const period = periodOf(params);
    const scope = scopeOf(job, params);
    const today = todayVn(clock);
    const whose = scope.unitId != null ? ` - ${db.select({ name: units.name }).from(units).where(eq(units.id, scope.unitId)).get()?.name ?? ''}` : '';
    // The district asked is in the file's name, so two districts' files never overwrite each other.
    const district =
      period.district === 'none'
        ? ' - Cấp tỉnh'
        : period.district
          ? ` - ${db.select({ name: units.districtName }).from(units).where(eq(units.districtCode, period.district)).limit(1).get()?.name ?? period.district}`
          : '';
    const label = `${district}${periodLabel(period)}`;
    return db.transaction((tx) => {
      const unitsT = () => unitsTable(unitFigures(tx, scope, period, today));
      const activitiesT = () => activitiesTable(activityFigures(tx, scope, period));
      const csv = job.format === 'csv';
      switch (job.kind) {
        case 'matrix':
          return { tables: csv ? [matrixTable(matrixFigures(tx, period, today))] : [matrixTable(matrixFigures(tx, period, today)), unitsT(), activitiesT()], name: `Theo dõi thực hiện văn bản chỉ đạo${label}` };
        case 'units':
          return { tables: csv ? [unitsT()] : [unitsT(), activitiesT()], name: `Kết quả theo đơn vị${whose}${label}` };
        default:
          return { tables: [activitiesT()], name: `Hoạt động tuyên truyền${whose}${label}` };
      }
    });
  }

  async function build(job: JobRow, progress: (p: number) => Promise<void>): Promise<{ bytes: Buffer; name: string }> {
    const params = job.params as ExportParams;
    if (job.kind === 'summary-report') {
      const { row, figures, doc } = loadSummary(db, clock, params.summaryReportId ?? -1);
      await progress(40);
      if (job.format === 'docx') return { bytes: await reportDocx(doc), name: summaryFileName(row, 'docx') };
      if (job.format === 'pdf') return { bytes: await reportPdf(doc), name: summaryFileName(row, 'pdf') };
      return { bytes: tableToCsv(summaryTable(figures)), name: summaryFileName(row, 'csv', ' - biểu số liệu') };
    }
    const { tables, name } = tablesOf(job, params);
    await progress(25);
    if (job.format === 'csv') return { bytes: tableToCsv(tables[0] as Table), name: safeFileName(`${name}.csv`) };
    const bytes = await workbookOf(tables, { title: name, created: clock.now(), onRows: (share) => progress(25 + Math.floor(share * 65)) });
    return { bytes, name: safeFileName(`${name}.xlsx`) };
  }

  async function run(job: JobRow, inline: boolean): Promise<void> {
    db.update(exportJobs).set({ status: 'running', progress: 1 }).where(eq(exportJobs.id, job.id)).run();
    let last = 1;
    const progress = async (p: number) => {
      const pct = Math.max(last, Math.min(99, Math.round(p)));
      if (pct >= last + 5) {
        setProgress(job.id, pct);
        last = pct;
      }
      if (!inline) await yieldToLoop();
    };
    try {
      if (!inline) await yieldToLoop();
      const { bytes, name } = await build(job, progress);
      const sha256 = files.save(bytes);
      db.update(exportJobs)
        .set({ status: 'done', progress: 100, sha256, size: bytes.length, fileName: name, finishedAt: clock.now().toISOString() })
        .where(eq(exportJobs.id, job.id))
        .run();
    } catch (e) {
      log?.error({ err: e, job: job.id }, 'export failed');
      const message = e instanceof AppError ? e.message : 'Không tạo được tệp, vui lòng xuất lại';
      db.update(exportJobs).set({ status: 'failed', error: message, finishedAt: clock.now().toISOString() }).where(eq(exportJobs.id, job.id)).run();
    }
  }

  function ownRow(actor: Actor, token: string): JobRow {
    const row = db
      .select()
      .from(exportJobs)
      .where(and(eq(exportJobs.token, token), eq(exportJobs.userId, actor.userId)))
      .get();
    if (!row) throw exportErrors.notFound();
    return row;
  }

  return {
    async create(actor: Actor, input: Parsed): Promise<ExportJob> {
      const { params, unitId } = authorize(db, actor, input);
      const small = input.kind === 'summary-report' || taskCount(db, scopeOf({ unitId }, params), periodOf(params)) < inlineTasks;
      const now = clock.now().toISOString();
      const job = db.transaction((tx) => {
        const row = tx
          .insert(exportJobs)
          .values({ token: randomBytes(18).toString('base64url'), userId: actor.userId, unitId, kind: input.kind, format: input.format, params, status: 'queued', progress: 0, createdAt: now })
          .returning()
          .get();
        writeAudit(tx, actor, now, { action: 'export.create', entityType: 'export_job', entityId: row.id, unitId, after: { kind: input.kind, format: input.format, params } });
        return row;
      });
      if (small) await run(job, true);
      else {
        const work = turn()
          .then(() => run(job, false))
          .finally(done);
        running.add(work);
        void work.finally(() => running.delete(work));
      }
      return toJob(db.select().from(exportJobs).where(eq(exportJobs.id, job.id)).get() as JobRow);
    },

    get: (actor: Actor, token: string): ExportJob => toJob(ownRow(actor, token)),

    list(actor: Actor): ExportJob[] {
      return db.select().from(exportJobs).where(eq(exportJobs.userId, actor.userId)).orderBy(desc(exportJobs.id)).limit(20).all().map(toJob);
    },

    file(actor: Actor, token: string): { path: string; name: string; mime: string; size: number } {
      const row = ownRow(actor, token);
      if (row.status === 'failed') throw exportErrors.failed(row.error);
      if (row.status !== 'done' || !row.sha256) throw exportErrors.notReady();
      const path = files.pathOf(row.sha256);
      if (!fs.existsSync(path)) throw exportErrors.gone();
      return { path, name: row.fileName ?? `tep-xuat.${row.format}`, mime: MIME[row.format], size: row.size ?? fs.statSync(path).size };
    },

    /** Jobs a stop interrupted can never finish: say so instead of showing them running forever. */
    recover(): number {
      return db
        .update(exportJobs)
        .set({ status: 'failed', error: 'Máy chủ khởi động lại khi đang tạo tệp, vui lòng xuất lại', finishedAt: clock.now().toISOString() })
        .where(inArray(exportJobs.status, ['queued', 'running']))
        .run().changes;
    },

    /** Forgets jobs older than KEEP_MS and removes their files unless something else still uses the bytes. */
    sweep(): number {
      const cutoff = new Date(clock.now().getTime() - KEEP_MS).toISOString();
      const unused = db.transaction((tx) => {
        const gone = tx.delete(exportJobs).where(and(lt(exportJobs.createdAt, cutoff), ne(exportJobs.status, 'running'))).returning({ sha256: exportJobs.sha256 }).all();
        return unusedBlobs(tx, gone.map((g) => g.sha256).filter((h): h is string => !!h));
      });
      for (const sha256 of unused) files.remove(sha256);
      return unused.length;
    },

    /** Waits for the jobs in flight (the app is closing). */
    async idle(): Promise<void> {
      await Promise.allSettled([...running]);
    },
  };
}
export type ExportService = ReturnType<typeof exportService>;
