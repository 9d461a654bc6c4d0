import { and, eq, sql } from 'drizzle-orm';
import type { ExtensionDecide, ReportAccept, ReportDetail, ReportReturn } from '@dondoc/schemas';
import type { Db, Tx } from '../../db/client';
import { reportExtensions, reports, reportVersions } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { AppError, badRequest, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { errors, requireManager, viDate, visibleReport, type ReportRow } from './common';
import { notifyReport } from './notify';
import { detail } from './reports';

function requireSubmitted(report: ReportRow) {
  if (report.status === 'accepted') throw errors.locked();
  if (report.status !== 'submitted') throw new AppError(409, 'NOT_SUBMITTED', 'Đơn vị chưa gửi báo cáo này (hoặc báo cáo đã được trả lại) nên chưa xem xét được');
}

/** Marks the version under review, the one the unit sent last. */
function reviewVersion(tx: Tx, report: ReportRow, actor: Actor, now: string, v: { review: 'accepted' | 'returned'; reason: string | null; newDeadline: string | null }) {
  tx.update(reportVersions)
    .set({ review: v.review, reviewReason: v.reason, newDeadline: v.newDeadline, reviewedAt: now, reviewedById: actor.userId })
    .where(and(eq(reportVersions.reportId, report.id), eq(reportVersions.no, report.submissions)))
    .run();
}

/** Accepts the version sent: the report is locked from then on (409 REPORT_LOCKED on any write). */
export function acceptReport(db: Db, clock: Clock, actor: Actor, id: number, input: ReportAccept): ReportDetail {
  requireManager(actor);
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const { report, request } = visibleReport(tx, actor, id);
    requireSubmitted(report);
    const note = input.note?.trim() || null;
    const row = tx
      .update(reports)
      .set({ status: 'accepted', reviewedAt: now, reviewedById: actor.userId, returnReason: null, updatedAt: now, version: sql`${reports.version} + 1` })
      .where(and(eq(reports.id, id), eq(reports.version, input.version), eq(reports.status, 'submitted')))
      .returning()
      .get();
    if (!row) throw errors.stale();
    reviewVersion(tx, report, actor, now, { review: 'accepted', reason: note, newDeadline: null });
    writeAudit(tx, actor, now, { action: 'report.accept', entityType: 'report', entityId: id, directiveId: request.directiveId, unitId: report.unitId, before: { status: 'submitted' }, after: { status: 'accepted', version: report.submissions, note } });
    notifyReport(db, now, row, request, { kind: 'accepted', note });
    return detail(tx, clock, actor, row, request);
  });
}

/** Sends the report back with reasons and a new deadline (Decree 09); the unit edits and sends it again. */
export function returnReport(db: Db, clock: Clock, actor: Actor, id: number, input: ReportReturn): ReportDetail {
  requireManager(actor);
  const now = clock.now().toISOString();
  const today = todayVn(clock);
  if (input.newDeadline < today) throw badRequest('DEADLINE_PAST', 'Hạn nộp lại không được trước hôm nay', [{ path: 'newDeadline', message: 'Hạn nộp lại đã qua' }]);
  return db.transaction((tx) => {
    const { report, request } = visibleReport(tx, actor, id);
    requireSubmitted(report);
    const row = tx
      .update(reports)
      .set({ status: 'returned', deadline: input.newDeadline, returnReason: input.reason, reviewedAt: now, reviewedById: actor.userId, updatedAt: now, version: sql`${reports.version} + 1` })
      .where(and(eq(reports.id, id), eq(reports.version, input.version), eq(reports.status, 'submitted')))
      .returning()
      .get();
    if (!row) throw errors.stale();
    reviewVersion(tx, report, actor, now, { review: 'returned', reason: input.reason, newDeadline: input.newDeadline });
    writeAudit(tx, actor, now, {
      action: 'report.return',
      entityType: 'report',
      entityId: id,
      directiveId: request.directiveId,
      unitId: report.unitId,
      before: { status: 'submitted', deadline: report.deadline },
      after: { status: 'returned', deadline: input.newDeadline, reason: input.reason, version: report.submissions },
    });
    notifyReport(db, now, row, request, { kind: 'returned', reason: input.reason, deadline: input.newDeadline });
    return detail(tx, clock, actor, row, request);
  });
}

/**
 * Grants (moving the report's deadline to the day given, or the one asked for) or refuses an
 * extension. The deadline moves without a new report version: the unit may be typing its draft,
 * and a new day to send it is no reason to make its next autosave fail.
 */
export function decideExtension(db: Db, clock: Clock, actor: Actor, extensionId: number, input: ExtensionDecide): ReportDetail {
  requireManager(actor);
  const now = clock.now().toISOString();
  const today = todayVn(clock);
  return db.transaction((tx) => {
    const ext = tx.select().from(reportExtensions).where(eq(reportExtensions.id, extensionId)).get();
    if (!ext) throw notFound('Không tìm thấy đề nghị gia hạn');
    const { report, request } = visibleReport(tx, actor, ext.reportId);
    if (ext.status !== 'pending') throw new AppError(409, 'ALREADY_DECIDED', 'Đề nghị gia hạn này đã được xem xét');
    if (report.status === 'accepted') throw errors.locked();
    const grant = input.decision === 'grant';
    const deadline = grant ? input.deadline ?? ext.requestedDeadline : null;
    if (deadline && (deadline < today || deadline <= report.deadline)) {
      throw badRequest('EXTENSION_NOT_LATER', `Hạn mới phải sau hạn hiện tại (${viDate(report.deadline)}) và không trước hôm nay`, [{ path: 'deadline', message: 'Hạn mới không hợp lệ' }]);
    }
    // Conditional on still pending: two staff deciding at once, the second gets 409.
    const done = tx
      .update(reportExtensions)
      .set({ status: grant ? 'granted' : 'refused', decidedById: actor.userId, decidedAt: now, grantedDeadline: deadline, decisionNote: input.note?.trim() || null })
      .where(and(eq(reportExtensions.id, extensionId), eq(reportExtensions.status, 'pending')))
      .run();
    if (done.changes === 0) throw new AppError(409, 'ALREADY_DECIDED', 'Đề nghị gia hạn này đã được xem xét');
    let row = report;
    if (deadline) {
      row = tx.update(reports).set({ deadline, updatedAt: now }).where(eq(reports.id, report.id)).returning().get() ?? report;
    }
    writeAudit(tx, actor, now, {
      action: grant ? 'report.extension_grant' : 'report.extension_refuse',
      entityType: 'report_extension',
      entityId: extensionId,
      directiveId: request.directiveId,
      unitId: report.unitId,
      before: { status: 'pending', deadline: report.deadline },
      after: { status: grant ? 'granted' : 'refused', deadline: deadline ?? report.deadline, note: input.note ?? null },
    });
    notifyReport(db, now, row, request, deadline ? { kind: 'extension_granted', deadline } : { kind: 'extension_refused', note: input.note?.trim() || null });
    return detail(tx, clock, actor, row, request);
  });
}
