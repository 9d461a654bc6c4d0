import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ConsolidatedField, ConsolidatedReport, ReportStatusRow, ReportStatusTable, ReportVersion, ReportVersionChange, ReportVersions } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { reportExtensions, reports, reportVersions, units, type FigureField, type OutlineSection } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { daysBetween, districtNames, peopleById, requestRow, requireDepartment, visibleReport, vnDateOf } from './common';

/** Every version the unit sent, oldest first, and what changed from each to the next. */
export function reportVersionsOf(db: Db, actor: Actor, id: number): ReportVersions {
  const { report, request } = visibleReport(db, actor, id);
  const rows = db.select().from(reportVersions).where(eq(reportVersions.reportId, report.id)).orderBy(asc(reportVersions.no)).all();
  const people = peopleById(db, rows.flatMap((r) => [r.submittedById, r.reviewedById]));
  const person = (pid: number | null) => (pid != null ? people.get(pid) ?? null : null);
  const versions: ReportVersion[] = rows.map((r) => ({
    no: r.no,
    nothingToReport: r.nothingToReport,
    explanation: r.explanation,
    narrative: r.narrative,
    figures: r.figures,
    lateReason: r.lateReason,
    submittedAt: r.submittedAt,
    submittedBy: person(r.submittedById),
    late: r.late,
    review: r.review,
    reviewReason: r.reviewReason,
    newDeadline: r.newDeadline,
    reviewedAt: r.reviewedAt,
    reviewedBy: person(r.reviewedById),
  }));
  const changes = versions.slice(1).map((v, i) => diff(versions[i] as ReportVersion, v, request.outline, request.fields));
  return { versions, changes };
}

/** Only what differs, named as the request names it; keys the request no longer has keep their key. */
export function diff(a: ReportVersion, b: ReportVersion, outline: readonly OutlineSection[], fields: readonly FigureField[]): ReportVersionChange {
  const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
  const fieldNames = new Map(fields.map((f) => [f.key, f.name]));
  const titles = new Map(outline.map((s) => [s.key, s.title]));
  const ordered = (keys: Iterable<string>, order: string[]) => [...new Set(keys)].sort((x, y) => (order.indexOf(x) + 1 || 1e9) - (order.indexOf(y) + 1 || 1e9) || x.localeCompare(y));
  return {
    from: a.no,
    to: b.no,
    nothingToReport: a.nothingToReport !== b.nothingToReport ? { before: a.nothingToReport, after: b.nothingToReport } : null,
    explanation: !same(a.explanation, b.explanation) ? { before: a.explanation, after: b.explanation } : null,
    figures: ordered([...Object.keys(a.figures), ...Object.keys(b.figures)], fields.map((f) => f.key))
      .filter((k) => !same(a.figures[k], b.figures[k]))
      .map((k) => ({ key: k, name: fieldNames.get(k) ?? k, before: a.figures[k] ?? null, after: b.figures[k] ?? null })),
    sections: ordered([...Object.keys(a.narrative), ...Object.keys(b.narrative)], outline.map((s) => s.key))
      .filter((k) => (a.narrative[k] ?? '') !== (b.narrative[k] ?? ''))
      .map((k) => ({ key: k, title: titles.get(k) ?? k, before: a.narrative[k] ?? '', after: b.narrative[k] ?? '' })),
  };
}

/**
 * Per unit: where its report stands. On time or late is the latest submission's (a report
 * returned and sent again after its new deadline is late); overdue is a report still to be sent
 * (never sent, or returned) past its deadline.
 */
export function statusTable(db: Db, clock: Clock, actor: Actor, requestId: number): ReportStatusTable {
  requireDepartment(actor);
  requestRow(db, requestId);
  const today = todayVn(clock);
  const rows = db
    .select({
      id: reports.id,
      status: reports.status,
      deadline: reports.deadline,
      submissions: reports.submissions,
      firstSubmittedAt: reports.firstSubmittedAt,
      submittedAt: reports.submittedAt,
      unit: { id: units.id, name: units.name, shortName: units.shortName },
      districtCode: units.districtCode,
      districtName: units.districtName,
      late: sql<number | null>`(select v.late from ${reportVersions} v where v.report_id = ${reports.id} and v.no = ${reports.submissions})`,
      pendingExtension: sql<number>`exists (select 1 from ${reportExtensions} e where e.report_id = ${reports.id} and e.status = 'pending')`,
    })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(eq(reports.requestId, requestId))
    .orderBy(asc(units.id))
    .all();
  const districts = districtNames(db);
  const totals = { units: rows.length, notSubmitted: 0, overdue: 0, onTime: 0, late: 0, returned: 0, accepted: 0 };
  const out: ReportStatusRow[] = rows.map((r) => {
    const sent = r.status === 'submitted' || r.status === 'accepted';
    const late = sent && Boolean(r.late);
    const overdue = (r.status === 'draft' || r.status === 'returned') && today > r.deadline;
    if (r.status === 'draft') totals.notSubmitted += 1;
    if (r.status === 'returned') totals.returned += 1;
    if (r.status === 'accepted') totals.accepted += 1;
    if (overdue) totals.overdue += 1;
    if (sent) totals[late ? 'late' : 'onTime'] += 1;
    const state = r.status === 'draft' ? 'not_submitted' : r.status === 'returned' ? 'returned' : r.status === 'accepted' ? 'accepted' : late ? 'submitted_late' : 'submitted_on_time';
    const daysLate = overdue ? daysBetween(r.deadline, today) : late && r.submittedAt ? Math.max(0, daysBetween(r.deadline, vnDateOf(r.submittedAt))) : 0;
    return {
      reportId: r.id,
      unit: r.unit,
      districtName: r.districtName ?? (r.districtCode ? districts.get(r.districtCode) ?? null : null),
      status: r.status,
      state,
      deadline: r.deadline,
      overdue,
      daysLate,
      firstSubmittedAt: r.firstSubmittedAt,
      submittedAt: r.submittedAt,
      versions: r.submissions,
      pendingExtension: Boolean(r.pendingExtension),
    };
  });
  return { requestId, rows: out, totals };
}

const PROVINCE = { code: null, name: 'Cấp tỉnh' };

/**
 * All figures of a request: per field the total, each unit's value and the sums per district.
 * Counts the reports sent (awaiting review or accepted; 'accepted' basis: accepted only), as
 * sent: their content cannot change until a reviewer returns them. A "nothing to report"
 * report counts with no values.
 */
export function consolidate(db: Db, actor: Actor, requestId: number, basis: 'submitted' | 'accepted'): ConsolidatedReport {
  requireDepartment(actor);
  const request = requestRow(db, requestId);
  const rows = db
    .select({
      unit: { id: units.id, name: units.name, shortName: units.shortName },
      districtCode: units.districtCode,
      districtName: units.districtName,
      nothingToReport: reports.nothingToReport,
      figures: reports.figures,
    })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(eq(reports.requestId, requestId), basis === 'accepted' ? eq(reports.status, 'accepted') : inArray(reports.status, ['submitted', 'accepted'])))
    .orderBy(asc(units.id))
    .all();
  const units_ = db.select({ n: sql<number>`count(*)` }).from(reports).where(eq(reports.requestId, requestId)).get()?.n ?? 0;
  const districts = districtNames(db);
  const districtOf = (r: (typeof rows)[number]) =>
    r.districtCode ? { code: r.districtCode, name: r.districtName ?? districts.get(r.districtCode) ?? r.districtCode } : PROVINCE;
  const fields: ConsolidatedField[] = request.fields.map((f) => {
    const perUnit = rows.map((r) => ({ unit: r.unit, value: r.nothingToReport ? null : r.figures[f.key] ?? null }));
    if (f.type === 'number') {
      const byDistrict = new Map<string, { district: { code: string | null; name: string }; value: number; units: number }>();
      let total = 0;
      rows.forEach((r, i) => {
        const v = perUnit[i]?.value;
        if (typeof v !== 'number') return;
        total += v;
        const d = districtOf(r);
        const entry = byDistrict.get(d.code ?? '') ?? { district: d, value: 0, units: 0 };
        entry.value += v;
        entry.units += 1;
        byDistrict.set(d.code ?? '', entry);
      });
      const perDistrict = [...byDistrict.values()]
        .map((d) => ({ ...d, value: Math.round(d.value * 100) / 100 }))
        .sort((a, b) => (a.district.code === null ? -1 : b.district.code === null ? 1 : a.district.name.localeCompare(b.district.name, 'vi')));
      return { key: f.key, name: f.name, type: f.type, unit: f.unit, total: Math.round(total * 100) / 100, perUnit, perDistrict, choices: [] };
    }
    const choices = f.type === 'choice' ? (f.choices ?? []).map((choice) => ({ choice, count: perUnit.filter((p) => p.value === choice).length })) : [];
    return { key: f.key, name: f.name, type: f.type, unit: f.unit, total: null, perUnit, perDistrict: [], choices };
  });
  return { requestId, basis, counted: rows.length, units: units_, fields };
}
