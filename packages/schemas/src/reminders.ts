// Reminders (đôn đốc), in-app notifications, email preferences and the working-day calendar (issue 5).
import { z } from 'zod';
import { isoDate } from './common';

/**
 * When a subject is chased: 3 working days before its deadline, on the day, every 2 working days
 * while overdue, once to the unit head and the responsible staff member after 5 overdue working
 * days; 'manual' is a staff member's own đôn đốc.
 */
export const reminderStages = ['before', 'due', 'overdue', 'escalate', 'manual'] as const;
export const reminderStage = z.enum(reminderStages);
export type ReminderStage = z.infer<typeof reminderStage>;

export const reminderSubjectTypes = ['task', 'report'] as const;
export const reminderSubjectType = z.enum(reminderSubjectTypes);
export type ReminderSubjectType = z.infer<typeof reminderSubjectType>;

/** A notification's kind: "reminder.<stage>". */
export const notificationKinds = reminderStages.map((s) => `reminder.${s}` as const);
export type NotificationKind = (typeof notificationKinds)[number];

export const notification = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  /** An in-app path: /tasks/12, /reports/3. */
  link: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.number().int().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notification>;

export const notificationListQuery = z.object({
  /** Keyset paging, newest first: the id of the last notification of the previous page. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  unread: z.enum(['true', 'false', '1', '0']).optional(),
});
export type NotificationListQuery = z.input<typeof notificationListQuery>;

export const notificationPage = z.object({
  items: z.array(notification),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: z.number().int().nullable(),
});
export type NotificationPage = z.infer<typeof notificationPage>;

export const unreadCount = z.object({ count: z.number().int().nonnegative() });
export type UnreadCount = z.infer<typeof unreadCount>;

export const readAllResult = z.object({ updated: z.number().int().nonnegative() });
export type ReadAllResult = z.infer<typeof readAllResult>;

export const preferences = z.object({
  email: z.string().nullable(),
  /** Email reminders turned off; in-app notifications always stay. */
  emailOff: z.boolean(),
});
export type Preferences = z.infer<typeof preferences>;

export const preferencesUpdate = z.object({
  /** An empty string clears it, like null. */
  email: z
    .string()
    .trim()
    .max(254, 'Địa chỉ email quá dài')
    .refine((s) => s === '' || z.email().safeParse(s).success, 'Địa chỉ email không hợp lệ')
    .nullable(),
  emailOff: z.boolean(),
});
export type PreferencesUpdate = z.input<typeof preferencesUpdate>;

export const holidayKinds = ['off', 'work'] as const;
export const holiday = z.object({
  date: isoDate,
  /** 'off': a day off on a weekday; 'work': a weekend day made a working day (an announced swap). */
  kind: z.enum(holidayKinds),
  name: z.string(),
  /** 'builtin': from the 2020–2030 table; 'admin': set or changed by an administrator. */
  source: z.enum(['builtin', 'admin']),
  updatedAt: z.string(),
});
export type Holiday = z.infer<typeof holiday>;

export const holidayListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const holidayParams = z.object({ date: isoDate });
export const holidayUpsert = z.object({
  kind: z.enum(holidayKinds),
  name: z.string().trim().min(1, 'Vui lòng nhập tên ngày nghỉ hoặc lý do').max(200, 'Tên quá dài'),
});
export type HolidayUpsert = z.infer<typeof holidayUpsert>;

const ids = z.array(z.number().int().positive()).max(1000, 'Tối đa 1.000 mục một lần');

/** A staff member's đôn đốc: to units (their late tasks and reports), or to chosen tasks or reports. */
export const manualReminder = z
  .object({
    unitIds: ids.default([]),
    taskIds: ids.default([]),
    reportIds: ids.default([]),
    message: z.string().trim().min(1, 'Vui lòng nhập nội dung đôn đốc').max(2000, 'Nội dung quá dài (tối đa 2.000 ký tự)'),
  })
  .refine((v) => v.unitIds.length + v.taskIds.length + v.reportIds.length > 0, {
    message: 'Chọn ít nhất một đơn vị, nhiệm vụ hoặc báo cáo',
    path: ['unitIds'],
  });
export type ManualReminder = z.input<typeof manualReminder>;

export const manualReminderResult = z.object({
  /** Tasks and reports reminded. */
  subjects: z.number().int(),
  /** Notifications written (one per person and unit). */
  notifications: z.number().int(),
  /** Emails queued. */
  emails: z.number().int(),
  /** Subjects left out: finished, not owed, or reminded by hand less than a minute ago. */
  skipped: z.number().int(),
  /** Units asked for that have nothing late. */
  unitsWithNothingLate: z.array(z.number().int()),
});
export type ManualReminderResult = z.infer<typeof manualReminderResult>;

export const reminderLogQuery = z.object({
  subjectType: reminderSubjectType,
  subjectId: z.coerce.number().int().positive(),
});
export const reminderLogEntry = z.object({
  key: z.string(),
  subjectType: reminderSubjectType,
  subjectId: z.number().int(),
  stage: reminderStage,
  /** The working day the reminder belongs to. */
  day: isoDate,
  sentAt: z.string(),
  recipients: z.number().int(),
});
export type ReminderLogEntry = z.infer<typeof reminderLogEntry>;
