import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { FollowerList, ReportRequest, ReportRequestListQuery, ReportRequestSummary } from '@dondoc/schemas';
import type { Conn, Db } from '../../db/client';
import { directives, reportRequests, reportRequestUnits, reports, units, users } from '../../db/schema/index';
import { isDepartment, type Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { daysBetween, fieldsOut, filesOf, peopleById, requireManager, visibleRequest, type RequestRow } from './common';

const directiveColumns = { id: directives.id, number: directives.number, symbol: directives.symbol, subject: directives.subject };

type Counts = NonNullable<ReportRequestSummary['counts']>;

/** Per request: units asked, submitted (awaiting review or accepted), accepted, returned. One grouped query. */
function countsOf(db: Conn, ids: number[]): Map<number, Counts> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({
      requestId: reports.requestId,
      recipients: sql<number>`count(*)`,
      submitted: sql<number>`sum(${reports.status} in ('submitted', 'accepted'))`,
      accepted: sql<number>`sum(${reports.status} = 'accepted')`,
      returned: sql<number>`sum(${reports.status} = 'returned')`,
    })
    .from(reports)
    .where(inArray(reports.requestId, ids))
    .groupBy(reports.requestId)
    .all();
  return new Map(rows.map((r) => [r.requestId, { recipients: r.recipients, submitted: r.submitted ?? 0, accepted: r.accepted ?? 0, returned: r.returned ?? 0 }]));
}

/** The department sees every request; a unit those it was sent, each with its own report and days left. */
export function listRequests(db: Db, clock: Clock, actor: Actor, q: ReportRequestListQuery): ReportRequestSummary[] {
  const today = todayVn(clock);
  const filters: (SQL | undefined)[] = [
    q.status ? eq(reportRequests.status, q.status) : undefined,
    q.directiveId ? eq(reportRequests.directiveId, q.directiveId) : undefined,
    q.seriesId ? eq(reportRequests.seriesId, q.seriesId) : undefined,
  ];
  const base = (r: RequestRow & { directive: { id: number | null; number: string | null; symbol: string | null; subject: string | null } | null }) => ({
    id: r.id,
    status: r.status,
    title: r.title,
    kind: r.kind,
    frequency: r.frequency,
    seriesId: r.seriesId,
    roundKey: r.roundKey,
    directive: r.directive?.id != null ? { id: r.directive.id, number: r.directive.number, symbol: r.directive.symbol, subject: r.directive.subject ?? '' } : null,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    deadline: r.deadline,
    daysLeft: daysBetween(today, r.deadline),
  });
  if (isDepartment(actor)) {
    const rows = db
      .select({ r: reportRequests, directive: directiveColumns })
      .from(reportRequests)
      .leftJoin(directives, eq(directives.id, reportRequests.directiveId))
      .where(and(...filters))
      .orderBy(desc(reportRequests.id))
      .all();
    const counts = countsOf(db, rows.map((x) => x.r.id));
    return rows.map(({ r, directive }) => ({ ...base({ ...r, directive }), counts: counts.get(r.id) ?? { recipients: 0, submitted: 0, accepted: 0, returned: 0 }, myReport: null }));
  }
  const pending = q.pending === 'true' || q.pending === '1';
  const rows = db
    .select({ r: reportRequests, directive: directiveColumns, rep: { id: reports.id, status: reports.status, deadline: reports.deadline } })
    .from(reports)
    .innerJoin(reportRequests, eq(reportRequests.id, reports.requestId))
    .leftJoin(directives, eq(directives.id, reportRequests.directiveId))
    .where(
      and(
        eq(reports.unitId, actor.unitId ?? -1),
        sql`${reportRequests.status} <> 'draft'`,
        pending ? and(eq(reportRequests.status, 'open'), inArray(reports.status, ['draft', 'returned'])) : undefined,
        ...filters,
      ),
    )
    .orderBy(reports.deadline, reportRequests.id)
    .all();
  return rows.map(({ r, directive, rep }) => ({
    ...base({ ...r, directive }),
    counts: null,
    myReport: { id: rep.id, status: rep.status, deadline: rep.deadline, daysLeft: daysBetween(today, rep.deadline) },
  }));
}

export function getRequest(db: Db, clock: Clock, actor: Actor, id: number): ReportRequest {
  const { request: r, ownReport } = visibleRequest(db, actor, id);
  const today = todayVn(clock);
  const directive = r.directiveId != null ? db.select(directiveColumns).from(directives).where(eq(directives.id, r.directiveId)).get() ?? null : null;
  const dept = isDepartment(actor);
  const recipientUnits = db
    .select({ id: units.id, name: units.name, shortName: units.shortName })
    .from(reportRequestUnits)
    .innerJoin(units, eq(units.id, reportRequestUnits.unitId))
    .where(and(eq(reportRequestUnits.requestId, id), dept ? undefined : eq(units.id, actor.unitId ?? -1)))
    .orderBy(units.id)
    .all();
  const rounds =
    dept && r.kind === 'periodic' && r.seriesId === null
      ? db
          .select({ id: reportRequests.id, roundKey: reportRequests.roundKey, periodFrom: reportRequests.periodFrom, periodTo: reportRequests.periodTo, deadline: reportRequests.deadline, status: reportRequests.status })
          .from(reportRequests)
          .where(eq(reportRequests.seriesId, id))
          .orderBy(desc(reportRequests.roundKey))
          .all()
          .map((x) => ({ ...x, roundKey: x.roundKey ?? '', periodFrom: x.periodFrom ?? '', periodTo: x.periodTo ?? '' }))
      : [];
  const responsible = peopleById(db, [r.responsibleId]).get(r.responsibleId ?? -1) ?? null;
  return {
    id: r.id,
    status: r.status,
    title: r.title,
    kind: r.kind,
    frequency: r.frequency,
    seriesId: r.seriesId,
    roundKey: r.roundKey,
    directive,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    deadline: r.deadline,
    daysLeft: daysBetween(today, r.deadline),
    counts: dept ? countsOf(db, [id]).get(id) ?? { recipients: 0, submitted: 0, accepted: 0, returned: 0 } : null,
    myReport: ownReport ? { id: ownReport.id, status: ownReport.status, deadline: ownReport.deadline, daysLeft: daysBetween(today, ownReport.deadline) } : null,
    contents: r.contents,
    delivery: r.delivery,
    outline: r.outline,
    fields: fieldsOut(r.fields),
    note: r.note,
    responsible,
    recipients: recipientUnits,
    files: filesOf(db, { requestId: id }),
    rounds,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    openedAt: r.openedAt,
    version: r.version,
  };
}

/** Active department staff (and admins) a request may name as its follower, by name. */
export function followers(db: Conn, actor: Actor): FollowerList {
  requireManager(actor);
  const items = db
    .select({ id: users.id, fullName: users.fullName, unitName: units.name })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.active, true), inArray(users.role, ['staff', 'admin'])))
    .orderBy(users.fullName)
    .all();
  return { items };
}
