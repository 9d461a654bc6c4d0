import { and, eq, inArray, like } from 'drizzle-orm';
import type { FigureFieldOut, ReportFile } from '@dondoc/schemas';
import type { Conn, Tx } from '../../db/client';
import { reportFiles, reportRequests, reports, units, users, type FigureField } from '../../db/schema/index';
import { isDepartment, type Actor } from '../../lib/actor';
import { AppError, forbidden, notFound } from '../../lib/errors';

export type RequestRow = typeof reportRequests.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;

/** Only department staff (and admins) create requests and review reports; leaders read. */
export const canManageReports = (actor: Actor) => actor.role === 'admin' || actor.role === 'staff';

export function requireManager(actor: Actor) {
  if (canManageReports(actor)) return;
  if (actor.role === 'leader') throw forbidden('Lãnh đạo Sở xem được báo cáo nhưng không thay đổi được');
  throw forbidden('Chỉ chuyên viên của Sở được tạo, theo dõi và xem xét yêu cầu báo cáo');
}

export function requireDepartment(actor: Actor) {
  if (!isDepartment(actor)) throw forbidden('Chỉ Sở xem được tình hình báo cáo của các đơn vị');
}

export const errors = {
  requestNotFound: () => notFound('Không tìm thấy yêu cầu báo cáo'),
  reportNotFound: () => notFound('Không tìm thấy báo cáo'),
  locked: () => new AppError(409, 'REPORT_LOCKED', 'Báo cáo đã được Sở tiếp nhận nên không thay đổi được nữa'),
  awaitingReview: () => new AppError(409, 'REPORT_SUBMITTED', 'Báo cáo đã gửi và đang chờ Sở xem xét nên chưa sửa được'),
  stale: () => new AppError(409, 'CONFLICT', 'Báo cáo vừa được thay đổi ở nơi khác. Vui lòng tải lại để xem bản mới nhất rồi thử lại.'),
};

export function requestRow(db: Conn, id: number): RequestRow {
  const r = db.select().from(reportRequests).where(eq(reportRequests.id, id)).get();
  if (!r) throw errors.requestNotFound();
  return r;
}

/**
 * A request the actor may read: the department any; a unit only one it was sent (it holds a
 * report in it). Everything else is 404, whether or not the id exists.
 */
export function visibleRequest(db: Conn, actor: Actor, id: number): { request: RequestRow; ownReport: ReportRow | null } {
  const request = db.select().from(reportRequests).where(eq(reportRequests.id, id)).get();
  if (!request) throw errors.requestNotFound();
  if (isDepartment(actor)) return { request, ownReport: null };
  if (request.status === 'draft' || actor.unitId == null) throw errors.requestNotFound();
  const own = db
    .select()
    .from(reports)
    .where(and(eq(reports.requestId, id), eq(reports.unitId, actor.unitId)))
    .get();
  if (!own) throw errors.requestNotFound();
  return { request, ownReport: own };
}

/**
 * A report the actor may read: the department any; a unit its own only. A unit that delegated
 * work to another sees nothing of that unit's report: reports are the unit's own word.
 */
export function visibleReport(db: Conn, actor: Actor, id: number): { report: ReportRow; request: RequestRow } {
  const row = db.select({ report: reports, request: reportRequests }).from(reports).innerJoin(reportRequests, eq(reportRequests.id, reports.requestId)).where(eq(reports.id, id)).get();
  if (!row) throw errors.reportNotFound();
  if (!isDepartment(actor) && (actor.unitId == null || row.report.unitId !== actor.unitId)) throw errors.reportNotFound();
  return row;
}

/** Only people of the reporting unit write its report. */
export function requireOwnUnit(actor: Actor, report: ReportRow) {
  if (actor.role !== 'unit' || actor.unitId !== report.unitId) {
    if (isDepartment(actor)) throw forbidden('Chỉ đơn vị được yêu cầu mới soạn và gửi báo cáo của mình');
    throw errors.reportNotFound();
  }
}

/** Content may change while the unit is drafting it or after it came back. */
export function requireEditable(report: ReportRow) {
  if (report.status === 'accepted') throw errors.locked();
  if (report.status === 'submitted') throw errors.awaitingReview();
}

/** One draft report per unit, due on the request's deadline. */
export function insertReports(tx: Tx, requestId: number, unitIds: readonly number[], deadline: string, now: string) {
  for (const unitId of unitIds) {
    tx.insert(reports)
      .values({ requestId, unitId, status: 'draft', deadline, narrative: {}, figures: {}, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .run();
  }
}

// ---- dates (YYYY-MM-DD, calendar days) ----

const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);
export const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / 86_400_000);
export const addDays = (d: string, n: number) => new Date(utc(d) + n * 86_400_000).toISOString().slice(0, 10);
/** The day in Vietnam (UTC+7) of an ISO timestamp. */
export const vnDateOf = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
/** "2021-01-14" → "14/01/2021". */
export const viDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

// ---- shared shapes ----

/** Stored fields as the contract types them: their forms were checked against the form list when saved. */
export const fieldsOut = (fields: readonly FigureField[]) => fields as FigureFieldOut[];

export function filesOf(db: Conn, where: { requestId: number } | { reportId: number }): ReportFile[] {
  return db
    .select({ id: reportFiles.id, name: reportFiles.name, size: reportFiles.size, mime: reportFiles.mime, createdAt: reportFiles.createdAt })
    .from(reportFiles)
    .where('requestId' in where ? eq(reportFiles.requestId, where.requestId) : eq(reportFiles.reportId, where.reportId))
    .orderBy(reportFiles.id)
    .all();
}

export function peopleById(db: Conn, ids: (number | null | undefined)[]): Map<number, { id: number; fullName: string }> {
  const list = [...new Set(ids.filter((x): x is number => x != null))];
  if (list.length === 0) return new Map();
  return new Map(db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, list)).all().map((u) => [u.id, u]));
}

/**
 * District names by district code. Units carry the code; the name is the district's people's
 * committee's ("Ủy ban nhân dân huyện Tràng Định" → "Huyện Tràng Định"), or the stored name.
 */
export function districtNames(db: Conn): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of db.select({ code: units.code, name: units.name, districtCode: units.districtCode }).from(units).where(like(units.code, 'UBND-%')).all()) {
    if (!u.districtCode) continue;
    const bare = u.name.replace(/^Ủy ban nhân dân /, '');
    out.set(u.districtCode, bare.charAt(0).toUpperCase() + bare.slice(1));
  }
  return out;
}
