/**
 * Sends the pending rows of email_log (written by the pass and by manual reminders, in their
 * transactions) after those transactions commit. With SMTP_URL set, through nodemailer's SMTP
 * client, each row then marked 'sent' or 'failed'; without it, the message goes to the log and
 * the row is marked 'logged' — the notification list has it either way.
 *
 * Delivery is at least once: a crash between the server accepting a message and the row being
 * marked leaves it pending, and the next start sends it again. One delivery loop at a time in the
 * process, so a row is never handed to SMTP twice while the app runs.
 */
import { asc, eq } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { Db } from '../../db/client';
import { emailLog } from '../../db/schema/index';
import type { Clock } from '../../lib/clock';

export type MailLog = {
  info: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
};

export type MailerOptions = { db: Db; clock: Clock; smtpUrl: string | null; from: string; log: MailLog };

export type DeliveryResult = { sent: number; logged: number; failed: number };

export type Mailer = {
  readonly smtp: boolean;
  /** Sends every pending email; a call while a delivery runs joins it (and makes it look again). */
  deliverPending: () => Promise<DeliveryResult>;
  /** Resolves when no delivery is running. */
  idle: () => Promise<void>;
  /** Stops after the message in flight and closes the SMTP connection. */
  close: () => void;
};

const BATCH = 50;

export function createMailer({ db, clock, smtpUrl, from, log }: MailerOptions): Mailer {
  const transport = smtpUrl
    ? createTransport({ url: smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 }, { from })
    : null;
  let running: Promise<DeliveryResult> | null = null;
  let again = false;
  let closed = false;

  /** Marks a row; the database may be gone when the app closed during a send: the row stays pending. */
  const mark = (id: number, set: Partial<typeof emailLog.$inferInsert>) => {
    try {
      db.update(emailLog).set(set).where(eq(emailLog.id, id)).run();
    } catch (e) {
      log.warn({ err: e, emailId: id }, 'email: could not record the outcome; it stays pending');
    }
  };

  async function loop(): Promise<DeliveryResult> {
    const total: DeliveryResult = { sent: 0, logged: 0, failed: 0 };
    do {
      again = false;
      for (;;) {
        if (closed) return total;
        const rows = db.select().from(emailLog).where(eq(emailLog.status, 'pending')).orderBy(asc(emailLog.id)).limit(BATCH).all();
        if (rows.length === 0) break;
        for (const row of rows) {
          if (closed) return total;
          if (!transport) {
            log.info({ to: row.to, subject: row.subject, body: row.body }, 'email (SMTP not configured): written to the log');
            mark(row.id, { status: 'logged', sentAt: clock.now().toISOString() });
            total.logged += 1;
            continue;
          }
          try {
            await transport.sendMail({ to: row.to, subject: row.subject, text: row.body });
            mark(row.id, { status: 'sent', sentAt: clock.now().toISOString(), error: null });
            total.sent += 1;
          } catch (e) {
            log.warn({ err: e, to: row.to }, 'email: sending failed');
            mark(row.id, { status: 'failed', error: (e as Error).message.slice(0, 1000) });
            total.failed += 1;
          }
        }
      }
    } while (again);
    return total;
  }

  return {
    smtp: transport !== null,
    deliverPending: () => {
      if (running) {
        again = true;
        return running;
      }
      running = loop()
        .catch((e: unknown) => {
          log.error({ err: e }, 'email delivery failed');
          return { sent: 0, logged: 0, failed: 0 };
        })
        .finally(() => {
          running = null;
        });
      return running;
    },
    idle: async () => {
      while (running) await running;
    },
    close: () => {
      closed = true;
      transport?.close();
    },
  };
}
