/** The words of reminders, in Vietnamese: in-app notifications and the emails that copy them. */
import type { ReminderStage } from '@dondoc/schemas';
import type { WorkCalendar } from './workdays';

export type SubjectText = {
  type: 'task' | 'report';
  id: number;
  unitName: string;
  /** Null only for a task without a deadline reminded by hand. */
  deadline: string | null;
  /** "Văn bản số 169/STTTT-TTBCXB" or "Báo cáo “…”". */
  ref: string;
  /** What it is about: the directive's subject (trích yếu), or null for a report (its title is the ref). */
  about: string | null;
};

export type Message = {
  kind: string;
  title: string;
  body: string;
  link: string;
  entityType: 'task' | 'report';
  entityId: number;
};

export const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** "169/STTTT-TTBCXB"; a blank number as on the paper, "…/STTTT-TTBCXB". */
export function directiveRef(number: string | null, symbol: string | null): string {
  if (number) return `Văn bản số ${number}`;
  if (symbol) return `Văn bản số …/${symbol}`;
  return 'Văn bản';
}

export const reportRef = (title: string) => `Báo cáo “${title}”`;

export const linkOf = (s: { type: 'task' | 'report'; id: number }) => (s.type === 'task' ? `/tasks/${s.id}` : `/reports/${s.id}`);

/** Where the subject stands on `today`, in working days. */
export function standing(cal: WorkCalendar, deadline: string | null, today: string): string {
  if (!deadline) return 'chưa có hạn';
  if (today === deadline) return 'đến hạn hôm nay';
  if (today < deadline) {
    const left = cal.workingDaysBetween(today, deadline);
    return left > 0 ? `còn ${left} ngày làm việc` : 'hôm nay là ngày làm việc cuối cùng trước hạn';
  }
  const late = cal.workingDaysBetween(deadline, today);
  return late > 0 ? `đã quá hạn ${late} ngày làm việc` : 'đã quá hạn';
}

function what(s: SubjectText): string {
  const about = s.about ? ` V/v ${s.about}` : '';
  return s.type === 'task' ? `Nhiệm vụ của ${s.unitName} theo ${lower(s.ref)}${about}` : `${s.ref} của ${s.unitName}`;
}

const when = (cal: WorkCalendar, s: SubjectText, today: string) => (s.deadline ? `hạn ${dmy(s.deadline)}, ${standing(cal, s.deadline, today)}` : 'chưa có hạn');

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const ASK_UNIT = {
  task: 'Đề nghị đơn vị khẩn trương thực hiện và cập nhật kết quả trên hệ thống.',
  report: 'Đề nghị đơn vị hoàn thành và gửi báo cáo trên hệ thống.',
};

/** An automatic reminder; `today` is the pass's day, for the counts in the text. */
export function autoMessage(cal: WorkCalendar, stage: Exclude<ReminderStage, 'manual'>, s: SubjectText & { deadline: string }, today: string): Message {
  const late = cal.workingDaysBetween(s.deadline, today);
  const head = `${what(s)}: ${when(cal, s, today)}.`;
  const title = {
    before: `Sắp đến hạn: ${s.ref}`,
    due: `Đến hạn: ${s.ref}`,
    overdue: `Quá hạn ${late} ngày làm việc: ${s.ref}`,
    escalate: `Chậm ${late} ngày làm việc: ${s.unitName} — ${s.ref}`,
  }[stage];
  const body =
    stage === 'escalate'
      ? `${head} Đề nghị lãnh đạo đơn vị chỉ đạo hoàn thành ngay; chuyên viên theo dõi tiếp tục đôn đốc.`
      : `${head} ${ASK_UNIT[s.type]}`;
  return { kind: `reminder.${stage}`, title, body, link: linkOf(s), entityType: s.type, entityId: s.id };
}

/**
 * A staff member's đôn đốc to one unit about one or more of its subjects: one notification per
 * person, linking to the subject when there is one, else to the unit's overdue tasks.
 */
export function manualMessage(cal: WorkCalendar, subjects: SubjectText[], message: string, sender: string, today: string): Message {
  const first = subjects[0];
  if (!first) throw new Error('manual reminder without a subject');
  const lines = subjects.slice(0, 10).map((s) => `- ${what(s)}: ${when(cal, s, today)}.`);
  if (subjects.length > 10) lines.push(`- … và ${subjects.length - 10} việc khác.`);
  const title = subjects.length === 1 ? `Đôn đốc: ${first.ref}` : `Đôn đốc: ${subjects.length} việc chưa hoàn thành`;
  const single = subjects.length === 1 || subjects.every((s) => s.type === first.type && s.id === first.id);
  const link = single ? linkOf(first) : subjects.every((s) => s.type === 'report') ? '/reports' : '/tasks?filter=overdue';
  return {
    kind: 'reminder.manual',
    title,
    body: `${message}\n\n${lines.join('\n')}\n\n(${sender})`,
    link,
    entityType: first.type,
    entityId: first.id,
  };
}

export function emailOf(m: { title: string; body: string | null; link: string | null }, publicUrl: string | null): { subject: string; text: string } {
  const url = m.link ? `${publicUrl ?? ''}${m.link}` : null;
  return {
    subject: `[Đôn Đốc] ${m.title}`,
    text: [
      m.title,
      '',
      m.body ?? '',
      ...(url ? ['', `Xem chi tiết: ${url}`] : []),
      '',
      '—',
      'Thư tự động từ hệ thống Đôn Đốc. Có thể tắt thư nhắc việc trong mục Tài khoản › Thông báo; thông báo trong ứng dụng vẫn giữ nguyên.',
    ].join('\n'),
  };
}
