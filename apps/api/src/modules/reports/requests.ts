import { and, eq, sql } from 'drizzle-orm';
import { reportRequestCreate, reportRequestProblems, type ReportRequest, type ReportRequestCreateInput, type ReportRequestUpdate } from '@dondoc/schemas';
import type { Conn, Db, Tx } from '../../db/client';
import { directives, reportRequests, reportRequestUnits, reports, users, type FigureField, type OutlineSection } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { AppError, badRequest, conflict } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { insertReports, requestRow, requireManager, viDate, type RequestRow } from './common';
import { notifyRequestOpened } from './notify';
import { getRequest } from './request-views';
import { expandRecipients } from './recipients';
import { createRound, currentRound, type Frequency } from './rounds';

type OutlineIn = { key?: string | undefined; title: string; prompt: string | null };
type FieldIn = Omit<FigureField, 'key'> & { key?: string | undefined };

/** "tin / bài " and "tin/bài" are one measure, as activities store them. */
const cleanMeasure = (s: string | null) => {
  const v = (s ?? '').trim().replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/');
  return v === '' ? null : v;
};

/** Gives every section and field a key (s1, s2… / f1, f2…) that stays when others are reordered. */
function withKeys<T extends { key?: string | undefined }>(list: readonly T[], prefix: string): (T & { key: string })[] {
  const taken = new Set(list.map((x) => x.key).filter(Boolean));
  let n = 0;
  return list.map((x) => {
    if (x.key) return { ...x, key: x.key };
    let k: string;
    do k = `${prefix}${++n}`;
    while (taken.has(k));
    taken.add(k);
    return { ...x, key: k };
  });
}

const normalOutline = (list: readonly OutlineIn[]): OutlineSection[] => withKeys(list, 's').map((s) => ({ key: s.key, title: s.title, prompt: s.prompt || null }));
const normalFields = (list: readonly FieldIn[]): FigureField[] =>
  withKeys(list, 'f').map((f) => ({
    key: f.key,
    name: f.name,
    type: f.type,
    unit: f.unit || null,
    choices: f.type === 'choice' ? f.choices : null,
    forms: f.type === 'number' && f.forms?.length ? f.forms : null,
    source: f.type === 'number' && f.source ? (f.source.kind === 'quantity' ? { kind: 'quantity', measure: cleanMeasure(f.source.measure) } : f.source) : null,
  }));

function checkRefs(db: Conn, v: { directiveId?: number | null | undefined; responsibleId?: number | null | undefined }) {
  if (v.directiveId != null) {
    const d = db.select({ status: directives.status }).from(directives).where(eq(directives.id, v.directiveId)).get();
    if (!d || d.status !== 'published') throw badRequest('UNKNOWN_DIRECTIVE', 'Không tìm thấy văn bản đã ban hành này', [{ path: 'directiveId', message: 'Văn bản không tồn tại hoặc chưa ban hành' }]);
  }
  if (v.responsibleId != null) {
    const u = db.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, v.responsibleId)).get();
    if (!u || !u.active || (u.role !== 'staff' && u.role !== 'admin')) {
      throw badRequest('UNKNOWN_USER', 'Người theo dõi phải là chuyên viên của Sở', [{ path: 'responsibleId', message: 'Không tìm thấy chuyên viên này' }]);
    }
  }
}

function setRecipients(tx: Tx, requestId: number, unitIds: readonly number[]) {
  tx.delete(reportRequestUnits).where(eq(reportRequestUnits.requestId, requestId)).run();
  for (const unitId of unitIds) tx.insert(reportRequestUnits).values({ requestId, unitId }).run();
}

const recipientIds = (db: Conn, requestId: number) =>
  db.select({ unitId: reportRequestUnits.unitId }).from(reportRequestUnits).where(eq(reportRequestUnits.requestId, requestId)).orderBy(reportRequestUnits.unitId).all().map((r) => r.unitId);

/** What the audit log keeps of a request. */
const snapshot = (db: Conn, r: RequestRow) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = r;
  return { ...rest, recipients: recipientIds(db, r.id) };
};

export function createRequest(db: Db, clock: Clock, actor: Actor, input: ReportRequestCreateInput): ReportRequest {
  requireManager(actor);
  const v = reportRequestCreate.parse(input);
  checkRefs(db, v);
  const unitIds = expandRecipients(db, v.recipients);
  const now = clock.now().toISOString();
  const periodic = v.kind === 'periodic';
  const id = db.transaction((tx) => {
    const row = tx
      .insert(reportRequests)
      .values({
        status: 'draft',
        directiveId: v.directiveId,
        title: v.title,
        kind: v.kind,
        frequency: periodic ? v.frequency : null,
        contents: v.contents,
        delivery: v.delivery,
        // A periodic request's periods are its rounds'.
        periodFrom: periodic ? null : v.periodFrom,
        periodTo: periodic ? null : v.periodTo,
        deadline: v.deadline,
        outline: normalOutline(v.outline),
        fields: normalFields(v.fields),
        note: v.note,
        responsibleId: v.responsibleId ?? actor.userId,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    setRecipients(tx, row.id, unitIds);
    writeAudit(tx, actor, now, { action: 'report_request.create', entityType: 'report_request', entityId: row.id, directiveId: row.directiveId, after: snapshot(tx, row) });
    return row.id;
  });
  return getRequest(db, clock, actor, id);
}

/** Once units have it, only these change; anything else would change what they are answering. */
const OPEN_EDITABLE = new Set(['deadline', 'note', 'responsibleId', 'version']);

export function updateRequest(db: Db, clock: Clock, actor: Actor, id: number, input: ReportRequestUpdate): ReportRequest {
  requireManager(actor);
  checkRefs(db, input);
  const unitIds = input.recipients ? expandRecipients(db, input.recipients) : null;
  const now = clock.now().toISOString();
  db.transaction((tx) => {
    const before = requestRow(tx, id);
    if (before.status === 'closed') throw new AppError(409, 'REQUEST_CLOSED', 'Yêu cầu báo cáo đã đóng, không sửa được nữa');
    if (before.status === 'open') {
      const locked = Object.keys(input).filter((k) => input[k as keyof ReportRequestUpdate] !== undefined && !OPEN_EDITABLE.has(k));
      if (locked.length) {
        throw new AppError(409, 'REQUEST_OPEN', 'Yêu cầu đã gửi đến các đơn vị: chỉ sửa được hạn nộp, ghi chú và người theo dõi', locked.map((path) => ({ path, message: 'Không sửa được sau khi đã gửi' })));
      }
    }
    const kind = input.kind ?? before.kind;
    const merged = {
      kind,
      frequency: kind === 'periodic' ? (input.frequency !== undefined ? input.frequency : before.frequency) : input.frequency ?? null,
      periodFrom: input.periodFrom !== undefined ? input.periodFrom : before.periodFrom,
      periodTo: input.periodTo !== undefined ? input.periodTo : before.periodTo,
    };
    const problems = reportRequestProblems({ ...merged, outline: input.outline, fields: input.fields });
    if (problems.length) throw badRequest('VALIDATION', `Dữ liệu không hợp lệ: ${problems[0]?.path} — ${problems[0]?.message}`, problems);
    const beforeSnap = snapshot(tx, before);
    const row = tx
      .update(reportRequests)
      .set({
        ...(input.directiveId !== undefined ? { directiveId: input.directiveId } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.contents !== undefined ? { contents: input.contents } : {}),
        ...(input.delivery !== undefined ? { delivery: input.delivery || null } : {}),
        ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
        ...(input.outline !== undefined ? { outline: normalOutline(input.outline.map((s) => ({ ...s, prompt: s.prompt ?? null }))) } : {}),
        ...(input.fields !== undefined ? { fields: normalFields(input.fields as FieldIn[]) } : {}),
        ...(input.note !== undefined ? { note: input.note || null } : {}),
        ...(input.responsibleId !== undefined ? { responsibleId: input.responsibleId } : {}),
        kind,
        frequency: merged.frequency,
        periodFrom: kind === 'periodic' && before.status === 'draft' ? null : merged.periodFrom,
        periodTo: kind === 'periodic' && before.status === 'draft' ? null : merged.periodTo,
        updatedAt: now,
        version: sql`${reportRequests.version} + 1`,
      })
      .where(and(eq(reportRequests.id, id), eq(reportRequests.version, input.version), eq(reportRequests.status, before.status)))
      .returning()
      .get();
    if (!row) throw conflict('Yêu cầu báo cáo vừa được người khác sửa. Vui lòng tải lại rồi thử lại.');
    if (unitIds) setRecipients(tx, id, unitIds);
    // A new deadline for an open request moves every unit still drafting on the old one (not those
    // given their own by an extension or a return). A series has no reports: its new deadline
    // sets the distance from the cut-off for later rounds (rounds.ts).
    if (before.status === 'open' && input.deadline !== undefined && input.deadline !== before.deadline) {
      tx.update(reports)
        .set({ deadline: input.deadline, updatedAt: now })
        .where(and(eq(reports.requestId, id), eq(reports.deadline, before.deadline), eq(reports.status, 'draft')))
        .run();
    }
    writeAudit(tx, actor, now, { action: 'report_request.update', entityType: 'report_request', entityId: id, directiveId: row.directiveId, before: beforeSnap, after: snapshot(tx, row) });
  });
  return getRequest(db, clock, actor, id);
}

/**
 * Sends a draft request to its units: one draft report each, due on the request's deadline. A
 * periodic request becomes a series: its current round (see rounds.ts) is created and sent now,
 * later rounds as their periods end.
 */
export function openRequest(db: Db, clock: Clock, actor: Actor, id: number, version: number): ReportRequest {
  requireManager(actor);
  const now = clock.now().toISOString();
  const today = todayVn(clock);
  db.transaction((tx) => {
    const before = requestRow(tx, id);
    if (before.status !== 'draft') throw new AppError(409, 'ALREADY_OPEN', 'Yêu cầu báo cáo này đã được gửi');
    const unitIds = recipientIds(tx, id);
    if (unitIds.length === 0) throw badRequest('NO_RECIPIENTS', 'Vui lòng chọn ít nhất một đơn vị phải báo cáo', [{ path: 'recipients', message: 'Chưa có đơn vị nào' }]);
    if (before.outline.length === 0 && before.fields.length === 0) {
      throw badRequest('EMPTY_OUTLINE', 'Vui lòng thêm ít nhất một mục đề cương hoặc một chỉ tiêu số liệu', [{ path: 'outline', message: 'Đề cương đang trống' }]);
    }
    if (before.deadline < today) throw badRequest('DEADLINE_PAST', `Hạn nộp ${viDate(before.deadline)} đã qua. Vui lòng chọn hạn mới.`, [{ path: 'deadline', message: 'Hạn nộp đã qua' }]);
    // The current round's period has ended before today, so a deadline from today on is after its cut-off.
    const round = before.kind === 'periodic' ? currentRound(before.frequency as Frequency, today) : null;
    const row = tx
      .update(reportRequests)
      .set({ status: 'open', openedAt: now, updatedAt: now, version: sql`${reportRequests.version} + 1`, ...(round ? { periodFrom: round.periodFrom, periodTo: round.periodTo } : {}) })
      .where(and(eq(reportRequests.id, id), eq(reportRequests.version, version), eq(reportRequests.status, 'draft')))
      .returning()
      .get();
    if (!row) throw conflict('Yêu cầu báo cáo vừa được người khác sửa. Vui lòng tải lại rồi thử lại.');
    writeAudit(tx, actor, now, { action: 'report_request.open', entityType: 'report_request', entityId: id, directiveId: row.directiveId, after: { units: unitIds.length, deadline: row.deadline, round: round?.key ?? null } });
    // A periodic request's reports belong to its round, so the units hear of the round.
    const roundId = round ? createRound(tx, row, round, now) : null;
    if (!round) insertReports(tx, id, unitIds, row.deadline, now);
    const opened = roundId === null ? row : tx.select().from(reportRequests).where(eq(reportRequests.id, roundId)).get();
    if (opened) notifyRequestOpened(db, now, opened);
  });
  return getRequest(db, clock, actor, id);
}

/** Closes a request: it leaves the units' lists of open requests; a periodic one makes no more rounds. */
export function closeRequest(db: Db, clock: Clock, actor: Actor, id: number, version: number): ReportRequest {
  requireManager(actor);
  const now = clock.now().toISOString();
  db.transaction((tx) => {
    const before = requestRow(tx, id);
    if (before.status !== 'open') throw new AppError(409, 'NOT_OPEN', 'Chỉ đóng được yêu cầu đang mở');
    const row = tx
      .update(reportRequests)
      .set({ status: 'closed', updatedAt: now, version: sql`${reportRequests.version} + 1` })
      .where(and(eq(reportRequests.id, id), eq(reportRequests.version, version), eq(reportRequests.status, 'open')))
      .returning()
      .get();
    if (!row) throw conflict('Yêu cầu báo cáo vừa được người khác sửa. Vui lòng tải lại rồi thử lại.');
    writeAudit(tx, actor, now, { action: 'report_request.close', entityType: 'report_request', entityId: id, directiveId: row.directiveId, before: { status: 'open' }, after: { status: 'closed' } });
  });
  return getRequest(db, clock, actor, id);
}
