/**
 * Runs the reminder pass inside the API process: once at start, catching up every working day
 * missed while the server was down (the window since the last completed pass, kept in
 * job_state), then every day at a fixed time in Vietnam (07:30 by default) on an unref'd timer
 * that the app's close stops. The ledger (reminder_log) makes every run idempotent; job_state
 * only bounds how far back a run looks.
 */
import { eq, lt } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { jobState } from '../../db/schema/index';
import type { Clock } from '../../lib/clock';
import { seedBuiltinHolidays } from './holidays';
import { createMailer, type MailLog, type Mailer } from './mailer';
import { runPass, type PassResult } from './pass';
import { addDays } from './workdays';

export const LAST_PASS_KEY = 'reminders.lastPass';
const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

export type SchedulerLog = MailLog & { debug: (obj: object, msg: string) => void };

export type ReminderService = {
  mailer: Mailer;
  /** Catch-up now, then the daily timer. Once per app; later calls do nothing. */
  start: () => void;
  /** The pass for the current day if it has not run yet, then email delivery. One at a time. */
  runNow: () => Promise<PassResult | null>;
  /** Resolves when the running pass (if any) and its email delivery are done. */
  idle: () => Promise<void>;
  stop: () => void;
};

declare module 'fastify' {
  interface FastifyInstance {
    reminders: ReminderService;
  }
}

/** Minutes after midnight of "HH:MM". */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * The day a pass run now is for: today in Vietnam once the daily time has come, else yesterday
 * (a start at 06:00 catches up to yesterday and leaves today to the 07:30 run).
 */
export function passDay(now: Date, runAtMinutes: number): string {
  const vn = new Date(now.getTime() + VN_OFFSET_MS);
  const today = vn.toISOString().slice(0, 10);
  return vn.getUTCHours() * 60 + vn.getUTCMinutes() >= runAtMinutes ? today : addDays(today, -1);
}

/** Milliseconds from `now` to the next daily run (strictly later than now). */
export function msUntilNextRun(now: Date, runAtMinutes: number): number {
  const vnMs = now.getTime() + VN_OFFSET_MS;
  const midnight = Math.floor(vnMs / DAY_MS) * DAY_MS;
  let next = midnight + runAtMinutes * 60_000;
  if (next <= vnMs) next += DAY_MS;
  return next - vnMs;
}

export function lastPassDay(db: Db): string | null {
  return db.select({ value: jobState.value }).from(jobState).where(eq(jobState.key, LAST_PASS_KEY)).get()?.value ?? null;
}

type Deps = { db: Db; clock: Clock; config: Pick<Config, 'remindersAt' | 'smtpUrl' | 'smtpFrom' | 'publicUrl'>; log: SchedulerLog };

export function createReminderService({ db, clock, config, log }: Deps): ReminderService {
  const added = seedBuiltinHolidays(db, clock);
  if (added > 0) log.info({ added }, `holidays: ${added} built-in day(s) off for 2020–2030 added`);
  const mailer = createMailer({ db, clock, smtpUrl: config.smtpUrl, from: config.smtpFrom, log });
  const runAt = minutesOf(config.remindersAt);
  let running: Promise<PassResult | null> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let started = false;
  let stopped = false;

  async function pass(): Promise<PassResult | null> {
    const day = passDay(clock.now(), runAt);
    const last = lastPassDay(db);
    let result: PassResult | null = null;
    if (!last || last < day) {
      const t0 = performance.now();
      result = await runPass({ db, clock, publicUrl: config.publicUrl, shouldStop: () => stopped }, last, day);
      if (result.stopped) return result;
      const now = clock.now().toISOString();
      // Only forward: a clock set back never re-opens days already covered.
      db.insert(jobState)
        .values({ key: LAST_PASS_KEY, value: day, updatedAt: now })
        .onConflictDoUpdate({ target: jobState.key, set: { value: day, updatedAt: now }, setWhere: lt(jobState.value, day) })
        .run();
      const ms = Math.round(performance.now() - t0);
      const level = result.reminders > 0 ? 'info' : 'debug';
      log[level]({ pass: { ...result, days: result.days.length, ms } }, `reminders: ${result.reminders} reminder(s), ${result.notifications} notification(s), ${result.emails} email(s) for ${result.days.join(', ') || 'no working day'}`);
    }
    if (!stopped) await mailer.deliverPending();
    return result;
  }

  const runNow = () => {
    if (running) return running;
    running = pass()
      .catch((e: unknown) => {
        log.error({ err: e }, 'reminder pass failed');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const arm = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      void runNow().finally(arm);
    }, Math.max(1000, msUntilNextRun(clock.now(), runAt)));
    timer.unref();
  };

  return {
    mailer,
    start: () => {
      if (started || stopped) return;
      started = true;
      void runNow();
      arm();
    },
    runNow,
    idle: async () => {
      while (running) await running;
      await mailer.idle();
    },
    stop: () => {
      // A pass in progress stops at its next chunk: every chunk is one synchronous transaction,
      // so none is cut in half and the database can be closed right after.
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      mailer.close();
    },
  };
}
