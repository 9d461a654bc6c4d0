import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ExtensionCreate, ReportDetail, ReportDraftSave, ReportPrefillResult, ReportSubmit } from '@dondoc/schemas';
import type { Conn, Db } from '../../db/client';
import { directives, reportExtensions, reportRequests, reports, reportVersions, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { AppError, badRequest } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { canManageReports, daysBetween, errors, fieldsOut, filesOf, peopleById, requireEditable, requireOwnUnit, viDate, visibleReport, type ReportRow, type RequestRow } from './common';
import { notifyReport } from './notify';
import { computeProposal } from './prefill';

type Content = { nothingToReport: boolean; explanation: string | null; narrative: Record<string, string>; figures: Record<string, number | string | null> };

const contentOf = (r: ReportRow): Content => ({ nothingToReport: r.nothingToReport, explanation: r.explanation, narrative: r.narrative, figures: r.figures });

/** Never saved nor sent: the unit has not touched it yet, so it opens prefilled from its activities. */
const untouched = (r: ReportRow) => r.autosavedAt === null && r.submissions === 0;

const proposalFor = (db: Conn, report: ReportRow, request: RequestRow) =>
  computeProposal(db, { unitId: report.unitId, directiveId: request.directiveId, periodFrom: request.periodFrom, periodTo: request.periodTo, outline: request.outline, fields: request.fields });

function requireOpenRequest(request: RequestRow) {
  if (request.status === 'closed') throw new AppError(409, 'REQUEST_CLOSED', 'Yêu cầu báo cáo đã đóng, không gửi hay sửa báo cáo được nữa');
}

/** The content sent, checked against the request's outline and fields, merged over what is stored. */
function merge(request: RequestRow, stored: Content, input: Partial<Pick<ReportDraftSave, 'nothingToReport' | 'explanation' | 'narrative' | 'figures'>>): Content {
  const problems: { path: string; message: string }[] = [];
  const sections = new Set(request.outline.map((s) => s.key));
  for (const k of Object.keys(input.narrative ?? {})) if (!sections.has(k)) problems.push({ path: `narrative.${k}`, message: 'Mục này không có trong đề cương' });
  const fields = new Map(request.fields.map((f) => [f.key, f]));
  for (const [k, v] of Object.entries(input.figures ?? {})) {
    const f = fields.get(k);
    if (!f) problems.push({ path: `figures.${k}`, message: 'Chỉ tiêu này không có trong biểu mẫu' });
    else if (v === null) continue;
    else if (f.type === 'number' && typeof v !== 'number') problems.push({ path: `figures.${k}`, message: 'Chỉ tiêu này phải là số' });
    else if (f.type !== 'number' && typeof v !== 'string') problems.push({ path: `figures.${k}`, message: 'Chỉ tiêu này phải là chữ' });
    else if (f.type === 'choice' && !f.choices?.includes(v as string)) problems.push({ path: `figures.${k}`, message: 'Vui lòng chọn một giá trị trong danh sách' });
  }
  if (problems.length) throw badRequest('VALIDATION', `Dữ liệu không hợp lệ: ${problems[0]?.path} — ${problems[0]?.message}`, problems);
  const figures = { ...stored.figures, ...input.figures };
  for (const [k, v] of Object.entries(figures)) if (typeof v === 'string' && v.trim() === '') figures[k] = null;
  return {
    nothingToReport: input.nothingToReport ?? stored.nothingToReport,
    explanation: input.explanation !== undefined ? input.explanation?.trim() || null : stored.explanation,
    narrative: { ...stored.narrative, ...input.narrative },
    figures,
  };
}

/** The keys that differ, before and after: what the audit log keeps of an autosave. */
function changed(before: Content, after: Content) {
  const out: { before: Record<string, unknown>; after: Record<string, unknown> } = { before: {}, after: {} };
  const note = (path: string, b: unknown, a: unknown) => {
    if (JSON.stringify(b ?? null) === JSON.stringify(a ?? null)) return;
    out.before[path] = b ?? null;
    out.after[path] = a ?? null;
  };
  note('nothingToReport', before.nothingToReport, after.nothingToReport);
  note('explanation', before.explanation, after.explanation);
  for (const k of new Set([...Object.keys(before.narrative), ...Object.keys(after.narrative)])) note(`narrative.${k}`, before.narrative[k], after.narrative[k]);
  for (const k of new Set([...Object.keys(before.figures), ...Object.keys(after.figures)])) note(`figures.${k}`, before.figures[k], after.figures[k]);
  return out;
}

export function getReport(db: Db, clock: Clock, actor: Actor, id: number): ReportDetail {
  const { report, request } = visibleReport(db, actor, id);
  return detail(db, clock, actor, report, request);
}

export function detail(db: Conn, clock: Clock, actor: Actor, report: ReportRow, request: RequestRow): ReportDetail {
  const today = todayVn(clock);
  const own = actor.role === 'unit' && actor.unitId === report.unitId;
  const extensions = db.select().from(reportExtensions).where(eq(reportExtensions.reportId, report.id)).orderBy(asc(reportExtensions.id)).all();
  const people = peopleById(db, [report.submittedById, report.reviewedById, ...extensions.flatMap((e) => [e.requestedById, e.decidedById])]);
  const person = (pid: number | null) => (pid != null ? people.get(pid) ?? null : null);
  const directive = request.directiveId != null ? db.select({ id: directives.id, number: directives.number, symbol: directives.symbol, subject: directives.subject }).from(directives).where(eq(directives.id, request.directiveId)).get() ?? null : null;
  const unit = db.select({ id: units.id, name: units.name, shortName: units.shortName }).from(units).where(eq(units.id, report.unitId)).get() ?? { id: report.unitId, name: '', shortName: null };
  const prefill = own && untouched(report) && report.status === 'draft' ? proposalFor(db, report, request) : null;
  const editable = own && request.status !== 'closed' && (report.status === 'draft' || report.status === 'returned');
  return {
    id: report.id,
    request: {
      id: request.id,
      status: request.status,
      title: request.title,
      kind: request.kind,
      roundKey: request.roundKey,
      directive,
      periodFrom: request.periodFrom,
      periodTo: request.periodTo,
      deadline: request.deadline,
      contents: request.contents,
      outline: request.outline,
      fields: fieldsOut(request.fields),
      files: filesOf(db, { requestId: request.id }),
    },
    unit,
    status: report.status,
    deadline: report.deadline,
    daysLeft: daysBetween(today, report.deadline),
    nothingToReport: report.nothingToReport,
    explanation: report.explanation,
    narrative: prefill ? { ...prefill.narrative, ...report.narrative } : report.narrative,
    figures: prefill ? { ...prefill.figures, ...report.figures } : report.figures,
    prefilled: prefill !== null,
    lateReason: report.lateReason,
    submissions: report.submissions,
    firstSubmittedAt: report.firstSubmittedAt,
    submittedAt: report.submittedAt,
    submittedBy: person(report.submittedById),
    reviewedAt: report.reviewedAt,
    reviewedBy: person(report.reviewedById),
    returnReason: report.returnReason,
    autosavedAt: report.autosavedAt,
    files: filesOf(db, { reportId: report.id }),
    extensions: extensions.map((e) => ({
      id: e.id,
      reason: e.reason,
      requestedDeadline: e.requestedDeadline,
      status: e.status,
      requestedBy: person(e.requestedById) ?? { id: e.requestedById, fullName: '' },
      requestedAt: e.requestedAt,
      decidedBy: person(e.decidedById),
      decidedAt: e.decidedAt,
      grantedDeadline: e.grantedDeadline,
      decisionNote: e.decisionNote,
    })),
    can: {
      edit: editable,
      submit: editable && actor.isHead,
      review: canManageReports(actor) && report.status === 'submitted',
      requestExtension: editable && !extensions.some((e) => e.status === 'pending'),
    },
    version: report.version,
  };
}

/** Autosave: the fields sent replace the stored ones; a stale version is 409 and nothing is written. */
export function saveDraft(db: Db, clock: Clock, actor: Actor, id: number, input: ReportDraftSave): ReportDetail {
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const { report, request } = visibleReport(tx, actor, id);
    requireOwnUnit(actor, report);
    requireOpenRequest(request);
    requireEditable(report);
    const before = contentOf(report);
    const after = merge(request, before, input);
    const row = tx
      .update(reports)
      .set({ ...after, autosavedAt: now, updatedAt: now, version: sql`${reports.version} + 1` })
      .where(and(eq(reports.id, id), eq(reports.version, input.version), inArray(reports.status, ['draft', 'returned'])))
      .returning()
      .get();
    if (!row) throw errors.stale();
    writeAudit(tx, actor, now, { action: 'report.save', entityType: 'report', entityId: id, directiveId: request.directiveId, unitId: report.unitId, ...changed(before, after) });
    return detail(tx, clock, actor, row, request);
  });
}

/**
 * Recomputes the proposal from the unit's activities. It is only returned unless `apply`: then
 * the figures that have a source and the sections the proposal has text for replace the draft's
 * (other fields and sections, and anything typed elsewhere, stay).
 */
export function prefillReport(db: Db, clock: Clock, actor: Actor, id: number, body: { apply: boolean; version?: number | undefined }): ReportPrefillResult {
  const { report, request } = visibleReport(db, actor, id);
  const proposal = proposalFor(db, report, request);
  if (!body.apply) return { proposal, report: null };
  if (body.version === undefined) throw badRequest('VALIDATION', 'Dữ liệu không hợp lệ: version — Cần phiên bản của bản nháp để ghi đè', [{ path: 'version', message: 'Cần phiên bản của bản nháp' }]);
  const figures = Object.fromEntries(Object.entries(proposal.figures).filter(([, v]) => v !== null)) as Record<string, number>;
  return { proposal, report: saveDraft(db, clock, actor, id, { version: body.version, figures, narrative: proposal.narrative }) };
}

function completeness(request: RequestRow, c: Content) {
  if (c.nothingToReport) {
    if (!c.explanation) throw badRequest('EXPLANATION_REQUIRED', 'Vui lòng giải thích vì sao đơn vị không có nội dung để báo cáo', [{ path: 'explanation', message: 'Vui lòng nhập giải trình' }]);
    return;
  }
  const problems: { path: string; message: string }[] = [];
  const wantsText = request.contents !== 'figures' && request.outline.length > 0;
  if (wantsText && !request.outline.some((s) => (c.narrative[s.key] ?? '').trim() !== '')) {
    problems.push({ path: `narrative.${request.outline[0]?.key}`, message: 'Vui lòng viết nội dung báo cáo' });
  }
  if (request.contents !== 'text') {
    for (const f of request.fields) if (f.type === 'number' && (c.figures[f.key] ?? null) === null) problems.push({ path: `figures.${f.key}`, message: `Vui lòng nhập "${f.name}" (ghi 0 nếu không có)` });
  }
  if (problems.length) throw badRequest('INCOMPLETE_REPORT', 'Báo cáo còn thiếu nội dung hoặc số liệu. Nếu đơn vị không có gì để báo cáo, hãy chọn "Không có nội dung báo cáo" và giải trình.', problems);
}

/** Sends the saved draft (with any last changes sent along) as a new version; unit heads only. */
export function submitReport(db: Db, clock: Clock, actor: Actor, id: number, input: ReportSubmit): ReportDetail {
  const now = clock.now().toISOString();
  const today = todayVn(clock);
  return db.transaction((tx) => {
    const { report, request } = visibleReport(tx, actor, id);
    requireOwnUnit(actor, report);
    if (!actor.isHead) throw new AppError(403, 'NOT_HEAD', 'Chỉ lãnh đạo đơn vị được gửi báo cáo');
    requireOpenRequest(request);
    requireEditable(report);
    const content = merge(request, contentOf(report), input);
    completeness(request, content);
    const late = today > report.deadline;
    const lateReason = input.lateReason?.trim() || null;
    if (late && !lateReason) {
      throw badRequest('LATE_REASON_REQUIRED', `Đã quá hạn nộp (${viDate(report.deadline)}). Vui lòng nêu lý do nộp muộn.`, [{ path: 'lateReason', message: 'Vui lòng nêu lý do nộp muộn' }]);
    }
    const no = report.submissions + 1;
    const row = tx
      .update(reports)
      .set({
        ...content,
        status: 'submitted',
        lateReason: late ? lateReason : null,
        submissions: no,
        firstSubmittedAt: report.firstSubmittedAt ?? now,
        submittedAt: now,
        submittedById: actor.userId,
        updatedAt: now,
        version: sql`${reports.version} + 1`,
      })
      .where(and(eq(reports.id, id), eq(reports.version, input.version), inArray(reports.status, ['draft', 'returned'])))
      .returning()
      .get();
    if (!row) throw errors.stale();
    tx.insert(reportVersions)
      .values({ reportId: id, no, ...content, lateReason: late ? lateReason : null, submittedAt: now, submittedById: actor.userId, late })
      .run();
    writeAudit(tx, actor, now, { action: 'report.submit', entityType: 'report', entityId: id, directiveId: request.directiveId, unitId: report.unitId, after: { no, late, lateReason: late ? lateReason : null, deadline: report.deadline, ...content } });
    notifyReport(db, now, row, request, { kind: 'submitted', late });
    return detail(tx, clock, actor, row, request);
  });
}

/** A unit asks for more time; one request at a time, for a later day than its current deadline. */
export function requestExtension(db: Db, clock: Clock, actor: Actor, id: number, input: ExtensionCreate): ReportDetail {
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const { report, request } = visibleReport(tx, actor, id);
    requireOwnUnit(actor, report);
    requireOpenRequest(request);
    requireEditable(report);
    if (input.requestedDeadline <= report.deadline) {
      throw badRequest('EXTENSION_NOT_LATER', `Ngày xin gia hạn phải sau hạn hiện tại (${viDate(report.deadline)})`, [{ path: 'requestedDeadline', message: 'Phải sau hạn hiện tại' }]);
    }
    const pending = tx.select({ id: reportExtensions.id }).from(reportExtensions).where(and(eq(reportExtensions.reportId, id), eq(reportExtensions.status, 'pending'))).get();
    if (pending) throw new AppError(409, 'EXTENSION_PENDING', 'Đơn vị đã có một đề nghị gia hạn đang chờ Sở xem xét');
    const row = tx
      .insert(reportExtensions)
      .values({ reportId: id, reason: input.reason, requestedDeadline: input.requestedDeadline, status: 'pending', requestedById: actor.userId, requestedAt: now })
      .returning()
      .get();
    writeAudit(tx, actor, now, { action: 'report.extension_request', entityType: 'report_extension', entityId: row.id, directiveId: request.directiveId, unitId: report.unitId, after: { reportId: id, reason: input.reason, requestedDeadline: input.requestedDeadline, currentDeadline: report.deadline } });
    notifyReport(db, now, report, request, { kind: 'extension_requested', deadline: input.requestedDeadline, reason: input.reason });
    return detail(tx, clock, actor, report, request);
  });
}

export type OpenReport = { reportId: number; requestId: number; title: string; unitId: number; status: 'draft' | 'returned'; deadline: string; responsibleId: number | null; submissions: number };

/**
 * Reports still to be sent (drafts, and returned ones not sent again) of open requests, soonest
 * deadline first; optionally those due on or before a day. For reminders: they decide whom to chase.
 */
export function openReports(db: Conn, opts: { dueBy?: string; unitId?: number } = {}): OpenReport[] {
  return db
    .select({
      reportId: reports.id,
      requestId: reports.requestId,
      title: reportRequests.title,
      unitId: reports.unitId,
      status: reports.status,
      deadline: reports.deadline,
      responsibleId: reportRequests.responsibleId,
      submissions: reports.submissions,
    })
    .from(reports)
    .innerJoin(reportRequests, eq(reportRequests.id, reports.requestId))
    .where(
      and(
        eq(reportRequests.status, 'open'),
        inArray(reports.status, ['draft', 'returned']),
        opts.dueBy ? sql`${reports.deadline} <= ${opts.dueBy}` : undefined,
        opts.unitId ? eq(reports.unitId, opts.unitId) : undefined,
      ),
    )
    .orderBy(asc(reports.deadline), asc(reports.id))
    .all() as OpenReport[];
}
