/**
 * The department's BÁO CÁO drafts on a directive: created prefilled from its results, edited by
 * staff (optimistic version), read by leaders, exported as .docx, .pdf or printed. Units never see
 * them: they are the department's own documents.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { SummaryFigures, SummaryReport, SummaryReportSummary, SummaryReportUpdate } from '@dondoc/schemas';
import type { Conn, Db } from '../../db/client';
import { directives, summaryReports, users } from '../../db/schema/index';
import { isDepartment, type Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { AppError, conflict, forbidden, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { reportDocument, type ReportDocument } from './document';
import { directiveResults, figuresOf } from './summary-data';
import { draftFromResults } from './summary-prefill';

type Row = typeof summaryReports.$inferSelect;

export const summaryErrors = {
  notFound: () => notFound('Không tìm thấy báo cáo tổng hợp'),
  directiveNotFound: () => notFound('Không tìm thấy văn bản'),
  notPublished: () => new AppError(409, 'DIRECTIVE_NOT_PUBLISHED', 'Văn bản chưa ban hành nên chưa có kết quả để báo cáo'),
};

export function requireDepartmentReader(actor: Actor) {
  if (!isDepartment(actor)) throw forbidden('Báo cáo tổng hợp là văn bản của Sở; đơn vị chỉ xuất được số liệu của mình');
}

function requireWriter(actor: Actor) {
  if (actor.role === 'admin' || actor.role === 'staff') return;
  if (actor.role === 'leader') throw forbidden('Lãnh đạo Sở xem và xuất được báo cáo nhưng không soạn, sửa báo cáo');
  throw forbidden('Chỉ chuyên viên của Sở được soạn báo cáo tổng hợp');
}

function rowOf(db: Conn, id: number): Row {
  const row = db.select().from(summaryReports).where(eq(summaryReports.id, id)).get();
  if (!row) throw summaryErrors.notFound();
  return row;
}

function summaryOf(row: Row, creator: { id: number; fullName: string } | null): SummaryReportSummary {
  return {
    id: row.id,
    directiveId: row.directiveId,
    number: row.number,
    symbol: row.symbol,
    date: row.date,
    subject: row.subject,
    createdBy: creator,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

function creatorOf(db: Conn, id: number | null) {
  if (id == null) return null;
  return db.select({ id: users.id, fullName: users.fullName }).from(users).where(eq(users.id, id)).get() ?? null;
}

type Results = NonNullable<ReturnType<typeof directiveResults>>;

function resultsOf(db: Conn, clock: Clock, directiveId: number): Results {
  const results = directiveResults(db, directiveId, todayVn(clock));
  if (!results) throw summaryErrors.directiveNotFound();
  return results;
}

function detail(db: Conn, row: Row, results: Results): SummaryReport {
  const d = results.directive;
  return {
    ...summaryOf(row, creatorOf(db, row.createdById)),
    directive: { id: d.id, number: d.number, symbol: d.symbol, subject: d.subject, issued: d.issued ?? null },
    place: row.place,
    sections: row.sections,
    signer: row.signer,
    recipients: row.recipients,
    figures: figuresOf(results),
  };
}

export function createSummaryReport(db: Db, clock: Clock, actor: Actor, directiveId: number): SummaryReport {
  requireWriter(actor);
  const today = todayVn(clock);
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const results = resultsOf(tx, clock, directiveId);
    if (results.directive.status !== 'published') throw summaryErrors.notPublished();
    const draft = draftFromResults(results);
    const row = tx
      .insert(summaryReports)
      .values({ directiveId, number: null, symbol: 'BC-STTTT', place: 'Lạng Sơn', date: today, ...draft, createdById: actor.userId, createdAt: now, updatedAt: now })
      .returning()
      .get();
    writeAudit(tx, actor, now, { action: 'summary_report.create', entityType: 'summary_report', entityId: row.id, directiveId, after: { subject: row.subject } });
    return detail(tx, row, results);
  });
}

export function listSummaryReports(db: Db, actor: Actor, directiveId: number): SummaryReportSummary[] {
  requireDepartmentReader(actor);
  if (!db.select({ id: directives.id }).from(directives).where(eq(directives.id, directiveId)).get()) throw summaryErrors.directiveNotFound();
  const rows = db
    .select({ r: summaryReports, u: { id: users.id, fullName: users.fullName } })
    .from(summaryReports)
    .leftJoin(users, eq(users.id, summaryReports.createdById))
    .where(eq(summaryReports.directiveId, directiveId))
    .orderBy(desc(summaryReports.id))
    .all();
  return rows.map(({ r, u }) => summaryOf(r, u && u.id != null ? u : null));
}

export function getSummaryReport(db: Db, clock: Clock, actor: Actor, id: number): SummaryReport {
  requireDepartmentReader(actor);
  const row = rowOf(db, id);
  return detail(db, row, resultsOf(db, clock, row.directiveId));
}

export function updateSummaryReport(db: Db, clock: Clock, actor: Actor, id: number, input: SummaryReportUpdate): SummaryReport {
  requireWriter(actor);
  const now = clock.now().toISOString();
  const { version, ...fields } = input;
  return db.transaction((tx) => {
    const before = rowOf(tx, id);
    // The version check is in the UPDATE itself: a save based on an older read changes nothing.
    const row = tx
      .update(summaryReports)
      .set({ ...fields, updatedAt: now, version: sql`${summaryReports.version} + 1` })
      .where(and(eq(summaryReports.id, id), eq(summaryReports.version, version)))
      .returning()
      .get();
    if (!row) throw conflict('Báo cáo vừa được người khác sửa. Vui lòng tải lại để xem bản mới nhất rồi thử lại.');
    writeAudit(tx, actor, now, {
      action: 'summary_report.update',
      entityType: 'summary_report',
      entityId: id,
      directiveId: row.directiveId,
      before: { number: before.number, date: before.date, subject: before.subject, signer: before.signer, sections: before.sections, recipients: before.recipients },
      after: { number: row.number, date: row.date, subject: row.subject, signer: row.signer, sections: row.sections, recipients: row.recipients },
    });
    return detail(tx, row, resultsOf(tx, clock, row.directiveId));
  });
}

/** A report, its figures as of today and its layout for the writers; callers check who asks. */
export function loadSummary(db: Conn, clock: Clock, id: number): { row: Row; figures: SummaryFigures; doc: ReportDocument } {
  const row = rowOf(db, id);
  const figures = figuresOf(resultsOf(db, clock, row.directiveId));
  return { row, figures, doc: reportDocument(row, figures) };
}

export function summaryDocument(db: Conn, clock: Clock, actor: Actor, id: number) {
  requireDepartmentReader(actor);
  return loadSummary(db, clock, id);
}
