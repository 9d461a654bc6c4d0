/**
 * Periodic requests and their rounds.
 *
 * Decree 09/2019/NĐ-CP, art. 12 ("thời gian chốt số liệu"), as we read it:
 * - monthly: from the 15th of the month before the reporting month to the 14th of the reporting
 *   month (the January 2021 round covers 15/12/2020–14/01/2021);
 * - quarterly: from the 15th of the month before the quarter to the 14th of the quarter's last
 *   month (Q1 2021: 15/12/2020–14/03/2021);
 * - yearly: from 15 December of the year before to 14 December of the reporting year
 *   (2021: 15/12/2020–14/12/2021).
 * (Six-monthly rounds, 15th of the month before to the 14th of the second quarter's last month,
 * are not offered.)
 *
 * The decree leaves the deadline to whoever sets up the regime. A periodic request carries the
 * first round's deadline; every later round is due the same number of days after its own cut-off.
 * The "current" round on a day is the latest one whose period has ended: data are complete only
 * after the 14th, so a monthly request opened on 20/01/2021 starts with the January round, and
 * the February round appears on 15/02/2021.
 */
import { and, eq, isNotNull, isNull, max } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { reportRequests, reportRequestUnits } from '../../db/schema/index';
import { todayVn, type Clock } from '../../lib/clock';
import { writeAudit } from '../audit/service';
import { addDays, daysBetween, insertReports, type RequestRow } from './common';
import { notifyRequestOpened } from './notify';

export type Frequency = 'monthly' | 'quarterly' | 'yearly';
export type Round = { key: string; label: string; periodFrom: string; periodTo: string };

const MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };
const ROMAN = ['I', 'II', 'III', 'IV'];
/** Catching up after a long stop never creates more than this many rounds at once. */
const MAX_CATCH_UP = 24;

const pad = (n: number) => String(n).padStart(2, '0');
/** Months since year 0: 2021-01 → 2021 * 12 + 0. */
const monthIndex = (year: number, month: number) => year * 12 + (month - 1);
const ymd = (index: number, day: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-${pad(day)}`;

/** The round whose period ends in the month `end` (a month index). */
function roundEnding(frequency: Frequency, end: number): Round {
  const year = Math.floor(end / 12);
  const month = (end % 12) + 1;
  const key = frequency === 'monthly' ? `${year}-${pad(month)}` : frequency === 'quarterly' ? `${year}-Q${month / 3}` : String(year);
  const label = frequency === 'monthly' ? `tháng ${pad(month)}/${year}` : frequency === 'quarterly' ? `quý ${ROMAN[month / 3 - 1]}/${year}` : `năm ${year}`;
  return { key, label, periodFrom: ymd(end - MONTHS[frequency], 15), periodTo: ymd(end, 14) };
}

const endsIn = (frequency: Frequency, month: number) => (month + 1) % MONTHS[frequency] === 0;

/** The month index in which the latest period ended on or before `today` (its 14th has passed). */
function lastEndedMonth(frequency: Frequency, today: string): number {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  let end = monthIndex(y, m) - (Number(today.slice(8, 10)) >= 15 ? 0 : 1);
  while (!endsIn(frequency, end % 12)) end -= 1;
  return end;
}

/** The latest round whose data period is over on `today` (YYYY-MM-DD). */
export function currentRound(frequency: Frequency, today: string): Round {
  return roundEnding(frequency, lastEndedMonth(frequency, today));
}

/** The month index a round key ends in ("2021-01", "2021-Q1", "2021"). */
function endOfKey(frequency: Frequency, key: string): number {
  const year = Number(key.slice(0, 4));
  if (frequency === 'monthly') return monthIndex(year, Number(key.slice(5, 7)));
  if (frequency === 'quarterly') return monthIndex(year, Number(key.slice(6)) * 3);
  return monthIndex(year, 12);
}

/** Rounds after `lastKey` up to and including the current one on `today`, oldest first. */
export function roundsDue(frequency: Frequency, lastKey: string, today: string): Round[] {
  const out: Round[] = [];
  const last = lastEndedMonth(frequency, today);
  for (let end = endOfKey(frequency, lastKey) + MONTHS[frequency]; end <= last; end += MONTHS[frequency]) out.push(roundEnding(frequency, end));
  return out.slice(-MAX_CATCH_UP);
}

/** A round's deadline: as far after its cut-off as the series' first deadline was after the first cut-off. */
export function roundDeadline(series: Pick<RequestRow, 'deadline' | 'periodTo'>, round: Round): string {
  const offset = series.periodTo ? Math.max(0, daysBetween(series.periodTo, series.deadline)) : 0;
  return addDays(round.periodTo, offset);
}

/**
 * Creates one round of an open series, already open with a draft report per recipient. Returns
 * null when the round exists: the unique (series, round key) index makes a second run a no-op.
 */
export function createRound(tx: Tx, series: RequestRow, round: Round, now: string): number | null {
  const deadline = roundDeadline(series, round);
  const row = tx
    .insert(reportRequests)
    .values({
      status: 'open',
      directiveId: series.directiveId,
      title: `${series.title} ${round.label}`,
      kind: 'periodic',
      frequency: series.frequency,
      seriesId: series.id,
      roundKey: round.key,
      contents: series.contents,
      delivery: series.delivery,
      periodFrom: round.periodFrom,
      periodTo: round.periodTo,
      deadline,
      outline: series.outline,
      fields: series.fields,
      note: series.note,
      responsibleId: series.responsibleId,
      createdById: series.createdById,
      createdAt: now,
      updatedAt: now,
      openedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: reportRequests.id })
    .get();
  if (!row) return null;
  const unitIds = tx
    .select({ unitId: reportRequestUnits.unitId })
    .from(reportRequestUnits)
    .where(eq(reportRequestUnits.requestId, series.id))
    .all()
    .map((r) => r.unitId);
  for (const unitId of unitIds) tx.insert(reportRequestUnits).values({ requestId: row.id, unitId }).run();
  insertReports(tx, row.id, unitIds, deadline, now);
  writeAudit(tx, null, now, {
    action: 'report_request.round',
    entityType: 'report_request',
    entityId: row.id,
    directiveId: series.directiveId,
    after: { seriesId: series.id, roundKey: round.key, periodFrom: round.periodFrom, periodTo: round.periodTo, deadline, units: unitIds.length },
  });
  return row.id;
}

/**
 * Creates the rounds that are due for every open periodic request (those whose period has ended
 * since the last round). Safe to run any number of times, from any process: a round that exists
 * is never created twice. Returns the ids of the rounds created.
 */
export function runDueRounds(db: Db, clock: Clock): number[] {
  const today = todayVn(clock);
  const now = clock.now().toISOString();
  const series = db
    .select()
    .from(reportRequests)
    .where(and(eq(reportRequests.kind, 'periodic'), eq(reportRequests.status, 'open'), isNull(reportRequests.seriesId), isNotNull(reportRequests.frequency)))
    .all();
  const created: number[] = [];
  for (const s of series) {
    const frequency = s.frequency as Frequency;
    db.transaction((tx) => {
      const last = tx
        .select({ key: max(reportRequests.roundKey) })
        .from(reportRequests)
        .where(eq(reportRequests.seriesId, s.id))
        .get()?.key;
      // Keys of one frequency sort as their periods do ("2020-12" < "2021-01", "2020-Q4" < "2021-Q1").
      const due = last ? roundsDue(frequency, last, today) : [currentRound(frequency, today)];
      for (const round of due) {
        const id = createRound(tx, s, round, now);
        if (id === null) continue;
        created.push(id);
        // The units hear of each new round as they did of the first. `db` is the transaction's own
        // connection (better-sqlite3 is synchronous), so the notifications commit with the round.
        const opened = tx.select().from(reportRequests).where(eq(reportRequests.id, id)).get();
        if (opened) notifyRequestOpened(db, now, opened);
      }
    });
  }
  return created;
}

/** Runs runDueRounds now and then every `everyMs`, on a timer that does not keep the process alive. */
export function scheduleRounds(db: Db, clock: Clock, log: { error: (obj: object, msg: string) => void }, everyMs = 3600_000): () => void {
  const run = () => {
    try {
      runDueRounds(db, clock);
    } catch (e) {
      log.error({ err: e }, 'periodic report rounds failed');
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
