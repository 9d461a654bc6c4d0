import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reports, units, users } from '../../db/schema/index';
import { queueNotifications, type Recipient } from '../reminders/notifications';
import type { Message } from '../reminders/messages';
import { viDate, type ReportRow, type RequestRow } from './common';

/**
 * What happens to a report is told to the people on the other side, in the bell (and by email for
 * those who take it): the unit when the department opens a request, returns, accepts or decides
 * an extension; the staff member following the request when a unit sends its report or asks for
 * more time. Called inside the write's transaction (same connection), so the notification exists
 * exactly when the write does; pending emails go out when the route asks the mailer afterwards.
 */

const recipientColumns = { id: users.id, email: users.email, emailOff: users.emailOff };

function unitPeople(db: Db, unitIds: number[]): Map<number, Recipient[]> {
  const out = new Map<number, Recipient[]>();
  if (unitIds.length === 0) return out;
  for (const u of db.select({ ...recipientColumns, unitId: users.unitId }).from(users).where(and(inArray(users.unitId, unitIds), eq(users.active, true))).all()) {
    const list = out.get(u.unitId as number) ?? [];
    list.push({ id: u.id, email: u.email, emailOff: u.emailOff });
    out.set(u.unitId as number, list);
  }
  return out;
}

function responsible(db: Db, request: RequestRow): Recipient[] {
  const id = request.responsibleId ?? request.createdById;
  if (id == null) return [];
  const u = db.select(recipientColumns).from(users).where(and(eq(users.id, id), eq(users.active, true))).get();
  return u ? [u] : [];
}

const unitName = (db: Db, unitId: number) => db.select({ n: units.name }).from(units).where(eq(units.id, unitId)).get()?.n ?? 'Đơn vị';

/** "Thiếu số liệu." → "Thiếu số liệu": the sentence around it adds its own full stop. */
const clause = (s: string) => s.trim().replace(/[.;。\s]+$/u, '');

const reportMessage = (report: ReportRow, kind: string, title: string, body: string): Message => ({ kind, title, body, link: `/reports/${report.id}`, entityType: 'report', entityId: report.id });

export type ReportEvent =
  | { kind: 'returned'; reason: string; deadline: string }
  | { kind: 'accepted'; note: string | null }
  | { kind: 'extension_granted'; deadline: string }
  | { kind: 'extension_refused'; note: string | null }
  | { kind: 'submitted'; late: boolean }
  | { kind: 'extension_requested'; deadline: string; reason: string };

/** Returns how many emails were queued (the route then asks the mailer to deliver them). */
export function notifyReport(db: Db, now: string, report: ReportRow, request: RequestRow, e: ReportEvent): number {
  const t = `“${request.title}”`;
  let to: Recipient[];
  let m: Message;
  switch (e.kind) {
    case 'returned':
      to = unitPeople(db, [report.unitId]).get(report.unitId) ?? [];
      m = reportMessage(report, 'report.returned', `Báo cáo ${t} bị trả lại`, `Lý do: ${clause(e.reason)}. Hạn nộp lại: ${viDate(e.deadline)}.`);
      break;
    case 'accepted':
      to = unitPeople(db, [report.unitId]).get(report.unitId) ?? [];
      m = reportMessage(report, 'report.accepted', `Báo cáo ${t} đã được chấp nhận`, e.note ? `Ý kiến của Sở: ${e.note}` : 'Sở đã chấp nhận báo cáo của đơn vị.');
      break;
    case 'extension_granted':
      to = unitPeople(db, [report.unitId]).get(report.unitId) ?? [];
      m = reportMessage(report, 'report.extension_granted', `Đồng ý gia hạn báo cáo ${t}`, `Hạn nộp mới: ${viDate(e.deadline)}.`);
      break;
    case 'extension_refused':
      to = unitPeople(db, [report.unitId]).get(report.unitId) ?? [];
      m = reportMessage(report, 'report.extension_refused', `Không đồng ý gia hạn báo cáo ${t}`, `${e.note ? `Lý do: ${clause(e.note)}. ` : ''}Hạn nộp giữ nguyên: ${viDate(report.deadline)}.`);
      break;
    case 'submitted':
      to = responsible(db, request);
      m = reportMessage(report, 'report.submitted', `${unitName(db, report.unitId)} đã gửi báo cáo ${t}`, e.late ? 'Báo cáo gửi sau hạn; xem lý do nộp muộn trong báo cáo.' : 'Báo cáo gửi đúng hạn, chờ xem xét.');
      break;
    case 'extension_requested':
      to = responsible(db, request);
      m = reportMessage(report, 'report.extension_requested', `${unitName(db, report.unitId)} xin gia hạn báo cáo ${t}`, `Đề nghị đến ${viDate(e.deadline)}. Lý do: ${clause(e.reason)}.`);
      break;
  }
  return queueNotifications(db, now, [{ recipients: to, message: m }], null).emails;
}

/** A request just opened (or a new round): every unit that must report hears of it. */
export function notifyRequestOpened(db: Db, now: string, request: RequestRow): number {
  const rows = db.select({ id: reports.id, unitId: reports.unitId, deadline: reports.deadline }).from(reports).where(eq(reports.requestId, request.id)).all();
  const people = unitPeople(db, rows.map((r) => r.unitId));
  const sends = rows.map((r) => ({
    recipients: people.get(r.unitId) ?? [],
    message: { kind: 'report.requested', title: `Yêu cầu báo cáo: “${request.title}”`, body: `Hạn nộp: ${viDate(r.deadline)}.`, link: `/reports/${r.id}`, entityType: 'report' as const, entityId: r.id },
  }));
  return queueNotifications(db, now, sends, null).emails;
}
