import { addDays, atVn, daysBetween } from './random';
import { nextId, type GenContext, type GenDirective, type GenUnit } from './context';

const OUTLINE = [
  { key: 'ket_qua', title: 'Kết quả thực hiện', prompt: null },
  { key: 'danh_gia', title: 'Đánh giá, kiến nghị', prompt: null },
];
const FIELDS = [
  { key: 'so_tin_bai', name: 'Số tin, bài', type: 'number', unit: 'tin/bài', choices: null, forms: null, source: { kind: 'quantity', measure: 'tin/bài' } },
  { key: 'so_hoat_dong', name: 'Số hoạt động', type: 'number', unit: 'hoạt động', choices: null, forms: null, source: { kind: 'count' } },
];
const RETURN_REASONS = ['Thiếu số liệu theo biểu mẫu', 'Nội dung chưa đúng đề cương', 'Đề nghị bổ sung minh chứng'];
const WEIGHT: Record<string, number> = { district_culture_office: 10, newspaper: 6, broadcaster: 6, district_culture_centre: 5, service_unit: 3, commune_radio: 1, people_committee: 1, other: 1 };

export type ReportStats = { requests: number; reports: number; versions: number; byStatus: Record<string, number> };

/**
 * Report requests over the years, about 20 units each, until `count` reports exist: half follow
 * up a directive (thematic), half are ad hoc. A unit's diligence decides whether it sent, on
 * time, and whether the department accepted it at once or returned it first.
 */
export function generateReports(ctx: GenContext, directives: GenDirective[], count: number): ReportStats {
  const { sqlite, r, lastDay } = ctx;
  const insRequest = sqlite.prepare(
    `insert into report_requests (id, status, directive_id, title, kind, frequency, series_id, round_key, contents, delivery, period_from, period_to, deadline, outline, fields, note, responsible_id, created_by_id, created_at, updated_at, opened_at, version)
     values (?, ?, ?, ?, ?, null, null, null, 'both', 'Qua phần mềm Đôn Đốc', ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, 1)`,
  );
  const insMember = sqlite.prepare('insert into report_request_units (request_id, unit_id) values (?, ?)');
  const insReport = sqlite.prepare(
    `insert into reports (id, request_id, unit_id, status, deadline, nothing_to_report, explanation, narrative, figures, late_reason, submissions, first_submitted_at, submitted_at, submitted_by_id, reviewed_at, reviewed_by_id, return_reason, autosaved_at, created_at, updated_at, version)
     values (?, ?, ?, ?, ?, 0, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?)`,
  );
  const insVersion = sqlite.prepare(
    `insert into report_versions (report_id, no, nothing_to_report, explanation, narrative, figures, late_reason, submitted_at, submitted_by_id, late, review, review_reason, new_deadline, reviewed_at, reviewed_by_id)
     values (?, ?, 0, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const eligible = ctx.units.filter((u) => WEIGHT[u.kind] != null && ctx.userOf.has(u.id));
  const stats: ReportStats = { requests: 0, reports: 0, versions: 0, byStatus: {} };
  const first = directives[0]?.issuedOn ?? '2020-01-02';
  const last = directives[directives.length - 1]?.issuedOn ?? lastDay;
  const span = Math.max(1, daysBetween(first, last));
  const nRequests = Math.max(1, Math.round(count / 20));
  let requestId = nextId(sqlite, 'report_requests');
  let reportId = nextId(sqlite, 'reports');
  sqlite.transaction(() => {
    for (let q = 0; q < nRequests && stats.reports < count; q += 1) {
      const opened = addDays(first, Math.floor((q * span) / nRequests));
      const deadline = addDays(opened, r.int(7, 30));
      const thematic = directives.length > 0 && r.chance(0.5);
      const directive = thematic ? directives[Math.min(directives.length - 1, Math.floor((q * directives.length) / nRequests))] : undefined;
      const left = count - stats.reports;
      const remaining = nRequests - q;
      const size = remaining === 1 ? left : Math.min(left, r.int(10, 30));
      const units = r.weightedSample(eligible, (u) => WEIGHT[u.kind] ?? 1, Math.min(size, eligible.length));
      const id = requestId++;
      const openedAt = atVn(opened, r);
      insRequest.run(
        id,
        deadline < lastDay ? 'closed' : 'open',
        directive?.id ?? null,
        directive ? `Báo cáo kết quả thực hiện văn bản số ${directive.id}` : `Báo cáo nhanh tình hình tuyên truyền tháng ${opened.slice(5, 7)}/${opened.slice(0, 4)}`,
        directive ? 'thematic' : 'ad_hoc',
        addDays(opened, -30),
        opened,
        deadline,
        JSON.stringify(OUTLINE),
        JSON.stringify(FIELDS),
        ctx.staffId,
        ctx.staffId,
        openedAt,
        openedAt,
        openedAt,
      );
      stats.requests += 1;
      for (const u of units) {
        insMember.run(id, u.id);
        stats.versions += writeReport(ctx, { insReport, insVersion }, reportId++, id, u, deadline, stats);
        stats.reports += 1;
      }
    }
  })();
  return stats;
}

type Statements = { insReport: { run: (...a: unknown[]) => unknown }; insVersion: { run: (...a: unknown[]) => unknown } };

/** One unit's report and its submissions; returns how many versions it wrote. */
function writeReport(ctx: GenContext, s: Statements, id: number, requestId: number, u: GenUnit, deadline: string, stats: ReportStats): number {
  const { r, now, lastDay } = ctx;
  const userId = ctx.userOf.get(u.id) ?? null;
  const skill = u.diligence;
  const sends = r.chance(0.55 + 0.4 * skill);
  const figures = JSON.stringify({ so_tin_bai: r.int(0, 40), so_hoat_dong: r.int(0, 15) });
  const narrative = JSON.stringify({ ket_qua: 'Đơn vị đã triển khai tuyên truyền theo kế hoạch.', danh_gia: 'Không có kiến nghị.' });
  let status: 'draft' | 'submitted' | 'returned' | 'accepted' = 'draft';
  let unitDeadline = deadline;
  let versions = 0;
  let firstAt: string | null = null;
  let lastAt: string | null = null;
  let reviewedAt: string | null = null;
  let returnReason: string | null = null;
  // Written after the report row they belong to.
  const pending: unknown[][] = [];
  if (sends) {
    // Rounds: send (on time or late), the department returns some, the unit sends again.
    const rounds = r.chance(0.12 + (1 - skill) * 0.2) ? 2 : 1;
    let day = r.chance(skill) ? addDays(deadline, -r.int(0, 6)) : addDays(deadline, r.int(1, 20));
    for (let no = 1; no <= rounds && day <= lastDay; no += 1) {
      const at = atVn(day, r);
      const late = day > unitDeadline;
      const reviewDay = addDays(day, r.int(1, 7));
      const reviewed = reviewDay <= lastDay && r.chance(0.93);
      const returned = reviewed && no < rounds;
      const review = reviewed ? (returned ? 'returned' : 'accepted') : null;
      const newDeadline = returned ? addDays(reviewDay, 7) : null;
      pending.push([id, no, narrative, figures, late ? 'Đơn vị tổng hợp số liệu chậm' : null, at, userId, late ? 1 : 0, review, returned ? r.pick(RETURN_REASONS) : null, newDeadline, reviewed ? atVn(reviewDay, r) : null, reviewed ? ctx.staffId : null]);
      versions = no;
      firstAt ??= at;
      lastAt = at;
      reviewedAt = reviewed ? atVn(reviewDay, r) : null;
      status = review === 'returned' ? 'returned' : review === 'accepted' ? 'accepted' : 'submitted';
      returnReason = returned ? 'Đề nghị bổ sung' : null;
      if (returned && newDeadline) {
        unitDeadline = newDeadline;
        // Some returned reports are never sent again: they stay returned (and overdue).
        if (r.chance(0.25)) break;
        day = r.chance(skill) ? addDays(reviewDay, r.int(1, 6)) : addDays(newDeadline, r.int(1, 10));
      }
    }
  }
  s.insReport.run(id, requestId, u.id, status, unitDeadline, narrative, status === 'draft' ? '{}' : figures, null, versions, firstAt, lastAt, lastAt ? userId : null, reviewedAt, reviewedAt ? ctx.staffId : null, returnReason, now, now, versions + 1);
  for (const v of pending) s.insVersion.run(...v);
  stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
  return versions;
}
