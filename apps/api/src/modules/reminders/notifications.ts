import type Database from 'better-sqlite3';
import { and, count, desc, eq, isNull, lt, type SQL } from 'drizzle-orm';
import type { Notification, NotificationPage, Preferences, PreferencesUpdate } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { emailLog, notifications, reminderLog, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { emailOf, type Message } from './messages';

/** Who a notification goes to, and whether an email copy goes too. */
export type Recipient = { id: number; email: string | null; emailOff: boolean };

export const wantsEmail = (r: Recipient) => !r.emailOff && !!r.email && r.email.trim() !== '';

type Statement = Database.Statement<unknown[]>;
const statements = new WeakMap<Db['$client'], { notification: Statement; email: Statement; ledger: Statement }>();

/**
 * Prepared INSERTs for the pass's hot path, one set per connection. Built from the drizzle
 * columns' names so they follow the schema; plain better-sqlite3 statements because building a
 * drizzle query per row costs more than the insert itself (30,000 tasks: seconds against tens of ms).
 */
export function writeStatements(db: Db) {
  let s = statements.get(db.$client);
  if (!s) {
    const n = notifications;
    const e = emailLog;
    const r = reminderLog;
    const cols = (...c: { name: string }[]) => c.map((x) => `"${x.name}"`).join(', ');
    const marks = (k: number) => Array.from({ length: k }, () => '?').join(', ');
    s = {
      notification: db.$client.prepare<unknown[]>(
        `insert into "notifications" (${cols(n.userId, n.kind, n.title, n.body, n.link, n.entityType, n.entityId, n.createdAt)}) values (${marks(8)})`,
      ),
      email: db.$client.prepare<unknown[]>(`insert into "email_log" (${cols(e.userId, e.to, e.subject, e.body, e.status, e.createdAt)}) values (${marks(6)})`),
      // The primary key closes the race with a second pass: a row already there is not inserted (changes = 0).
      ledger: db.$client.prepare<unknown[]>(
        `insert into "reminder_log" (${cols(r.key, r.subjectType, r.subjectId, r.stage, r.day, r.sentAt, r.recipients)}) values (${marks(7)}) on conflict do nothing`,
      ),
    };
    statements.set(db.$client, s);
  }
  return s;
}

/** Adds a ledger row; false when the key is already there (the reminder was sent before). */
export function recordReminder(db: Db, row: { key: string; subjectType: 'task' | 'report'; subjectId: number; stage: string; day: string; sentAt: string; recipients: number }): boolean {
  return writeStatements(db).ledger.run(row.key, row.subjectType, row.subjectId, row.stage, row.day, row.sentAt, row.recipients).changes === 1;
}

/**
 * Writes the notifications and, for people who take email, the email copies as pending rows of
 * email_log. Call it inside the transaction of the reminder it belongs to, so a reminder, its
 * notifications and its emails exist together or not at all. The mailer sends the pending rows
 * after the commit.
 */
export function queueNotifications(db: Db, now: string, sends: { recipients: Recipient[]; message: Message }[], publicUrl: string | null): { notifications: number; emails: number } {
  const st = writeStatements(db);
  let notes = 0;
  let mails = 0;
  for (const { recipients, message: m } of sends) {
    let mail: { subject: string; text: string } | null = null;
    for (const r of recipients) {
      st.notification.run(r.id, m.kind, m.title, m.body, m.link, m.entityType, m.entityId, now);
      notes += 1;
      if (!wantsEmail(r)) continue;
      mail ??= emailOf(m, publicUrl);
      st.email.run(r.id, (r.email as string).trim(), mail.subject, mail.text, 'pending', now);
      mails += 1;
    }
  }
  return { notifications: notes, emails: mails };
}

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  entityType: notifications.entityType,
  entityId: notifications.entityId,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

/** The caller's own notifications, newest first; every query is filtered by the caller's id. */
export function listNotifications(db: Db, actor: Actor, q: { before?: number | undefined; limit: number; unread?: string | undefined }): NotificationPage {
  const where: SQL[] = [eq(notifications.userId, actor.userId)];
  if (q.before) where.push(lt(notifications.id, q.before));
  if (q.unread === 'true' || q.unread === '1') where.push(isNull(notifications.readAt));
  const rows = db
    .select(columns)
    .from(notifications)
    .where(and(...where))
    .orderBy(desc(notifications.id))
    .limit(q.limit + 1)
    .all();
  const items = rows.slice(0, q.limit);
  return { items, nextBefore: rows.length > q.limit ? (items[items.length - 1]?.id ?? null) : null };
}

export function unreadCount(db: Db, actor: Actor): number {
  return db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt))).get()?.n ?? 0;
}

/**
 * Marks one of the caller's notifications read (again: the first time stays). Someone else's
 * answers 404, exactly like one that does not exist. Reading is the person's own state, not a
 * change to the department's data, so it is not audited.
 */
export function markRead(db: Db, clock: Clock, actor: Actor, id: number): Notification {
  const mine = and(eq(notifications.id, id), eq(notifications.userId, actor.userId));
  db.update(notifications)
    .set({ readAt: clock.now().toISOString() })
    .where(and(mine, isNull(notifications.readAt)))
    .run();
  const row = db.select(columns).from(notifications).where(mine).get();
  if (!row) throw notFound('Không tìm thấy thông báo');
  return row;
}

export function markAllRead(db: Db, clock: Clock, actor: Actor): number {
  return db
    .update(notifications)
    .set({ readAt: clock.now().toISOString() })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .run().changes;
}

export function getPreferences(db: Db, actor: Actor): Preferences {
  const u = db.select({ email: users.email, emailOff: users.emailOff }).from(users).where(eq(users.id, actor.userId)).get();
  if (!u) throw notFound('Không tìm thấy tài khoản');
  return u;
}

export function setPreferences(db: Db, clock: Clock, actor: Actor, v: PreferencesUpdate): Preferences {
  const now = clock.now().toISOString();
  const next: Preferences = { email: v.email ? v.email.trim() : null, emailOff: v.emailOff };
  return db.transaction((tx) => {
    const before = tx.select({ email: users.email, emailOff: users.emailOff }).from(users).where(eq(users.id, actor.userId)).get();
    if (!before) throw notFound('Không tìm thấy tài khoản');
    tx.update(users).set(next).where(eq(users.id, actor.userId)).run();
    writeAudit(tx, actor, now, { action: 'user.preferences', entityType: 'user', entityId: actor.userId, unitId: actor.unitId, before, after: next });
    return next;
  });
}
