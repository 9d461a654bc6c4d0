// Report requests and reports (issue 5, Decree 09/2019/NĐ-CP): what the department asks, what units answer.
import { z } from 'zod';
import { activityForms } from './activity-constants';
import { isoDate, version } from './common';

export const reportRequestKinds = ['periodic', 'thematic', 'ad_hoc'] as const;
export const reportFrequencies = ['monthly', 'quarterly', 'yearly'] as const;
export const reportContentKinds = ['text', 'figures', 'both'] as const;
export const reportRequestStatuses = ['draft', 'open', 'closed'] as const;
export const reportStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export const figureTypes = ['number', 'text', 'choice'] as const;
/** A unit's standing on a request, as the status table shows it. */
export const reportStates = ['not_submitted', 'submitted_on_time', 'submitted_late', 'returned', 'accepted'] as const;

export const reportRequestKind = z.enum(reportRequestKinds, { error: 'Vui lòng chọn loại báo cáo: định kỳ, chuyên đề hoặc đột xuất' });
export const reportFrequency = z.enum(reportFrequencies, { error: 'Vui lòng chọn kỳ báo cáo: hằng tháng, hằng quý hoặc hằng năm' });
export type ReportRequestKind = z.infer<typeof reportRequestKind>;
export type ReportFrequency = z.infer<typeof reportFrequency>;

const id = z.number().int().positive();
const KEY = /^[a-z0-9_.:-]{1,40}$/;
const key = z.string().trim().regex(KEY, 'Mã chỉ gồm chữ thường không dấu, số và các dấu _ . : - (tối đa 40 ký tự)');
const text = (max: number, what: string) => z.string().trim().max(max, `${what} quá dài (tối đa ${max} ký tự)`);
const optionalText = (max: number, what: string) => text(max, what).nullable().default(null);

// ---- the request: outline, figure fields, recipients ----

/**
 * A section of the outline (đề cương). A section keyed `part:<key>` (e.g. "part:2") collects, in
 * the prefilled narrative, the activities logged on items of that part of the request's directive;
 * activities that fall in no such section are listed in the first section.
 */
export const outlineSectionInput = z.object({
  key: key.optional(),
  title: z.string().trim().min(1, 'Vui lòng nhập tên mục của đề cương').max(300, 'Tên mục quá dài (tối đa 300 ký tự)'),
  prompt: optionalText(2000, 'Gợi ý nội dung'),
});
export type OutlineSectionInput = z.input<typeof outlineSectionInput>;

export const outlineSection = z.object({ key: z.string(), title: z.string(), prompt: z.string().nullable() });
export type OutlineSectionOut = z.infer<typeof outlineSection>;

/** How a number field is prefilled from activities: quantities in a measure, people reached, or a count. */
export const figureSource = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('quantity'), measure: z.string().trim().max(50, 'Đơn vị tính quá dài').nullable().default(null) }),
    z.object({ kind: z.literal('reach') }),
    z.object({ kind: z.literal('count') }),
  ],
  { error: 'Cách lấy số liệu phải là: số lượng theo đơn vị tính, số người tiếp cận hoặc số hoạt động' },
);

const activityFormPick = z.enum(activityForms, { error: 'Hình thức hoạt động không có trong danh sách' });

export const figureFieldInput = z
  .object({
    key: key.optional(),
    name: z.string().trim().min(1, 'Vui lòng nhập tên chỉ tiêu').max(200, 'Tên chỉ tiêu quá dài (tối đa 200 ký tự)'),
    type: z.enum(figureTypes, { error: 'Kiểu chỉ tiêu phải là số, chữ hoặc lựa chọn' }),
    /** Đơn vị tính shown next to the value ("tin, bài", "buổi", "lượt người"). */
    unit: optionalText(50, 'Đơn vị tính'),
    choices: z.array(z.string().trim().min(1, 'Lựa chọn không được để trống').max(100, 'Lựa chọn quá dài')).max(30, 'Tối đa 30 lựa chọn').nullable().default(null),
    /** Number fields: the activity forms whose work adds up here (all forms when empty or null). */
    forms: z.array(activityFormPick).max(activityForms.length).nullable().default(null),
    source: figureSource.nullable().default(null),
  })
  .superRefine((f, ctx) => {
    if (f.type === 'choice' && (!f.choices || f.choices.length < 2)) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Chỉ tiêu lựa chọn cần ít nhất 2 lựa chọn' });
    if (f.type !== 'choice' && f.choices?.length) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Chỉ chỉ tiêu kiểu lựa chọn mới có danh sách lựa chọn' });
    if (f.type !== 'number' && f.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'Chỉ chỉ tiêu kiểu số mới lấy được số liệu từ hoạt động' });
  });
export type FigureFieldInput = z.input<typeof figureFieldInput>;

export const figureField = z.object({
  key: z.string(),
  name: z.string(),
  type: z.enum(figureTypes),
  unit: z.string().nullable(),
  choices: z.array(z.string()).nullable(),
  forms: z.array(activityFormPick).nullable(),
  source: z.union([z.object({ kind: z.literal('quantity'), measure: z.string().nullable() }), z.object({ kind: z.literal('reach') }), z.object({ kind: z.literal('count') })]).nullable(),
});
export type FigureFieldOut = z.infer<typeof figureField>;

/** Who must report: a unit, every member of a group, or every unit a directive was addressed to. */
export const recipientPick = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('unit'), unitId: id }), z.object({ kind: z.literal('group'), groupId: id }), z.object({ kind: z.literal('directive'), directiveId: id })],
  { error: 'Đơn vị nhận phải là một đơn vị, một nhóm đơn vị hoặc các đơn vị nhận của một văn bản' },
);
export type RecipientPick = z.infer<typeof recipientPick>;

const requestFields = {
  /** The directive whose report clause this answers; prefill then counts only its activities. */
  directiveId: id.nullable().default(null),
  title: z.string().trim().min(3, 'Vui lòng nhập tên báo cáo').max(500, 'Tên báo cáo quá dài (tối đa 500 ký tự)'),
  kind: reportRequestKind,
  /** Periodic requests only. */
  frequency: reportFrequency.nullable().default(null),
  contents: z.enum(reportContentKinds, { error: 'Nội dung báo cáo phải là văn bản, số liệu hoặc cả hai' }).default('both'),
  /** How the report is sent ("Qua phần mềm Đôn Đốc và hệ thống quản lý văn bản"). */
  delivery: optionalText(300, 'Phương thức gửi'),
  /** Data cut-off (thời gian chốt số liệu); periodic requests compute theirs per round (Decree 09, art. 12). */
  periodFrom: isoDate.nullable().default(null),
  periodTo: isoDate.nullable().default(null),
  /** The deadline; for a periodic request, the first round's (later rounds keep the same distance from their cut-off). */
  deadline: isoDate,
  recipients: z.array(recipientPick).max(500, 'Quá nhiều đơn vị nhận').default([]),
  outline: z.array(outlineSectionInput).max(50, 'Đề cương tối đa 50 mục').default([]),
  fields: z.array(figureFieldInput).max(100, 'Tối đa 100 chỉ tiêu số liệu').default([]),
  note: optionalText(5000, 'Ghi chú'),
  /** The staff member who follows the request up. */
  responsibleId: id.nullable().default(null),
};

type RequestChecked = {
  kind?: string | undefined;
  frequency?: string | null | undefined;
  periodFrom?: string | null | undefined;
  periodTo?: string | null | undefined;
  outline?: { key?: string | undefined }[] | undefined;
  fields?: { key?: string | undefined }[] | undefined;
};

/** Rules across fields, shared by the API (on stored values merged with a patch) and the form. */
export function reportRequestProblems(v: RequestChecked): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (v.kind === 'periodic' && !v.frequency) out.push({ path: 'frequency', message: 'Báo cáo định kỳ cần chọn kỳ: hằng tháng, hằng quý hoặc hằng năm' });
  if (v.kind && v.kind !== 'periodic' && v.frequency) out.push({ path: 'frequency', message: 'Chỉ báo cáo định kỳ mới có kỳ báo cáo' });
  if (v.kind !== 'periodic') {
    if (Boolean(v.periodFrom) !== Boolean(v.periodTo)) out.push({ path: v.periodFrom ? 'periodTo' : 'periodFrom', message: 'Vui lòng nhập cả ngày bắt đầu và ngày kết thúc kỳ số liệu' });
    if (v.periodFrom && v.periodTo && v.periodTo < v.periodFrom) out.push({ path: 'periodTo', message: 'Ngày kết thúc kỳ số liệu không được trước ngày bắt đầu' });
  }
  const dupes = (list: { key?: string | undefined }[] | undefined, path: string) => {
    const seen = new Set<string>();
    list?.forEach((x, i) => {
      if (!x.key) return;
      if (seen.has(x.key)) out.push({ path: `${path}.${i}.key`, message: 'Mã này đã dùng cho mục khác' });
      seen.add(x.key);
    });
  };
  dupes(v.outline, 'outline');
  dupes(v.fields, 'fields');
  return out;
}

const crossCheck = (v: RequestChecked, ctx: z.RefinementCtx) => {
  for (const p of reportRequestProblems(v)) ctx.addIssue({ code: 'custom', path: p.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), message: p.message });
};

export const reportRequestCreate = z.object(requestFields).superRefine(crossCheck);
export type ReportRequestCreate = z.infer<typeof reportRequestCreate>;
export type ReportRequestCreateInput = z.input<typeof reportRequestCreate>;

/**
 * A patch: only the fields sent change. A draft changes freely; once open, only the deadline,
 * the note and the responsible person (a new deadline moves every unit still on the old one).
 */
export const reportRequestUpdate = z
  .object({
    directiveId: id.nullable().optional(),
    title: requestFields.title.optional(),
    kind: reportRequestKind.optional(),
    frequency: reportFrequency.nullable().optional(),
    contents: z.enum(reportContentKinds, { error: 'Nội dung báo cáo phải là văn bản, số liệu hoặc cả hai' }).optional(),
    delivery: text(300, 'Phương thức gửi').nullable().optional(),
    periodFrom: isoDate.nullable().optional(),
    periodTo: isoDate.nullable().optional(),
    deadline: isoDate.optional(),
    recipients: z.array(recipientPick).max(500, 'Quá nhiều đơn vị nhận').optional(),
    outline: z.array(outlineSectionInput).max(50, 'Đề cương tối đa 50 mục').optional(),
    fields: z.array(figureFieldInput).max(100, 'Tối đa 100 chỉ tiêu số liệu').optional(),
    note: text(5000, 'Ghi chú').nullable().optional(),
    responsibleId: id.nullable().optional(),
    version,
  })
  .superRefine(crossCheck);
export type ReportRequestUpdate = z.infer<typeof reportRequestUpdate>;

export const versionBody = z.object({ version });

const unitRef = z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable() });
const personRef = z.object({ id: z.number().int(), fullName: z.string() });

/** Department staff who may follow a request up (the "chuyên viên theo dõi" picker). */
export const followerList = z.object({ items: z.array(personRef.extend({ unitName: z.string().nullable() })) });
export type FollowerList = z.infer<typeof followerList>;
const directiveRef = z.object({ id: z.number().int(), number: z.string().nullable(), symbol: z.string().nullable(), subject: z.string() });

export const reportFile = z.object({ id: z.number().int(), name: z.string(), size: z.number().int(), mime: z.string(), createdAt: z.string() });
export type ReportFile = z.infer<typeof reportFile>;

/** A unit's own report on a request, as its home page lists it. */
export const myReport = z.object({
  id: z.number().int(),
  status: z.enum(reportStatuses),
  deadline: isoDate,
  /** Calendar days until the deadline (0 = today, negative = overdue). */
  daysLeft: z.number().int(),
});
export type MyReport = z.infer<typeof myReport>;

export const reportRequestSummary = z.object({
  id: z.number().int(),
  status: z.enum(reportRequestStatuses),
  title: z.string(),
  kind: reportRequestKind,
  frequency: reportFrequency.nullable(),
  seriesId: z.number().int().nullable(),
  roundKey: z.string().nullable(),
  directive: directiveRef.nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  deadline: isoDate,
  daysLeft: z.number().int(),
  /**
   * Department: units asked; submitted = sent and not returned (awaiting review or accepted);
   * accepted; returned (waiting for the unit to send again). Null for units.
   */
  counts: z.object({ recipients: z.number().int(), submitted: z.number().int(), accepted: z.number().int(), returned: z.number().int() }).nullable(),
  /** Units: their own report; null for the department. */
  myReport: myReport.nullable(),
});
export type ReportRequestSummary = z.infer<typeof reportRequestSummary>;

export const reportRequestListQuery = z.object({
  status: z.enum(reportRequestStatuses).optional(),
  directiveId: z.coerce.number().int().positive().optional(),
  /** The rounds of one periodic request. */
  seriesId: z.coerce.number().int().positive().optional(),
  /** Units: only requests whose report is still to be sent (home page). */
  pending: z.enum(['true', 'false', '1', '0']).optional(),
});
export type ReportRequestListQuery = z.infer<typeof reportRequestListQuery>;

export const reportRequestList = z.object({ items: z.array(reportRequestSummary) });
export type ReportRequestList = z.infer<typeof reportRequestList>;

export const reportRound = z.object({ id: z.number().int(), roundKey: z.string(), periodFrom: z.string(), periodTo: z.string(), deadline: isoDate, status: z.enum(reportRequestStatuses) });

export const reportRequest = reportRequestSummary.extend({
  contents: z.enum(reportContentKinds),
  delivery: z.string().nullable(),
  outline: z.array(outlineSection),
  fields: z.array(figureField),
  note: z.string().nullable(),
  responsible: personRef.nullable(),
  /** Department: every unit asked; a unit sees only itself. */
  recipients: z.array(unitRef),
  files: z.array(reportFile),
  /** A periodic request's rounds, newest first (department only). */
  rounds: z.array(reportRound),
  createdAt: z.string(),
  updatedAt: z.string(),
  openedAt: z.string().nullable(),
  version,
});
export type ReportRequest = z.infer<typeof reportRequest>;

/** Prefilled from a directive's report clause; the deadline is null when the directive names none. */
export const reportRequestTemplate = z.object({
  input: z.object({
    directiveId: z.number().int(),
    title: z.string(),
    kind: reportRequestKind,
    frequency: reportFrequency.nullable(),
    contents: z.enum(reportContentKinds),
    periodFrom: z.string().nullable(),
    periodTo: z.string().nullable(),
    deadline: z.string().nullable(),
    recipients: z.array(z.object({ kind: z.literal('unit'), unitId: z.number().int() })),
    outline: z.array(z.object({ key: z.string(), title: z.string(), prompt: z.string().nullable() })),
    fields: z.array(figureField),
  }),
  units: z.array(unitRef),
});
export type ReportRequestTemplate = z.infer<typeof reportRequestTemplate>;

// ---- the report ----

export const figureValue = z.union([z.number(), z.string(), z.null()]);
export type FigureValue = z.infer<typeof figureValue>;

export const reportContent = z.object({
  nothingToReport: z.boolean().optional(),
  explanation: text(5000, 'Giải trình').nullable().optional(),
  /** Per outline section key: the text. Sections not sent keep what they had. */
  narrative: z.record(z.string(), z.string().max(200_000, 'Nội dung một mục quá dài (tối đa 200.000 ký tự)')).optional(),
  /** Per figure field key: the value (a number for number fields). Fields not sent keep theirs. */
  figures: z.record(z.string(), z.union([z.number({ error: 'Số liệu phải là số' }).min(0, 'Số liệu không được âm').max(1e12, 'Số liệu quá lớn'), z.string().max(2000, 'Số liệu dạng chữ quá dài'), z.null()])).optional(),
});

/** Autosave: the whole draft or part of it, conditional on the version the unit last saw. */
export const reportDraftSave = reportContent.extend({ version });
export type ReportDraftSave = z.infer<typeof reportDraftSave>;

/** Submit what is saved (and, when sent, these last changes with it). Late: a reason is required. */
export const reportSubmit = reportContent.extend({ version, lateReason: text(2000, 'Lý do nộp muộn').nullable().optional() });
export type ReportSubmit = z.infer<typeof reportSubmit>;

export const reportPrefillBody = z.object({
  /** Write the proposal into the draft: figures with a source and the sections it has text for. */
  apply: z.boolean().default(false),
  version: version.optional(),
});
export type ReportPrefillBody = z.input<typeof reportPrefillBody>;

export const reportProposal = z.object({
  figures: z.record(z.string(), z.number().nullable()),
  narrative: z.record(z.string(), z.string()),
  /** Activities counted (in the period, in the unit's scope, under the request's directive). */
  activityCount: z.number().int(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
});
export type ReportProposal = z.infer<typeof reportProposal>;

export const reportExtension = z.object({
  id: z.number().int(),
  reason: z.string(),
  requestedDeadline: isoDate,
  status: z.enum(['pending', 'granted', 'refused']),
  requestedBy: personRef,
  requestedAt: z.string(),
  decidedBy: personRef.nullable(),
  decidedAt: z.string().nullable(),
  grantedDeadline: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type ReportExtension = z.infer<typeof reportExtension>;

export const reportDetail = z.object({
  id: z.number().int(),
  request: z.object({
    id: z.number().int(),
    status: z.enum(reportRequestStatuses),
    title: z.string(),
    kind: reportRequestKind,
    roundKey: z.string().nullable(),
    directive: directiveRef.nullable(),
    periodFrom: z.string().nullable(),
    periodTo: z.string().nullable(),
    deadline: isoDate,
    contents: z.enum(reportContentKinds),
    outline: z.array(outlineSection),
    fields: z.array(figureField),
    files: z.array(reportFile),
  }),
  unit: unitRef,
  status: z.enum(reportStatuses),
  deadline: isoDate,
  daysLeft: z.number().int(),
  nothingToReport: z.boolean(),
  explanation: z.string().nullable(),
  narrative: z.record(z.string(), z.string()),
  figures: z.record(z.string(), figureValue),
  /**
   * True when nothing was saved yet and the content shown is computed from the unit's activities
   * (not stored): send it whole with the first autosave to keep it.
   */
  prefilled: z.boolean(),
  lateReason: z.string().nullable(),
  submissions: z.number().int(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedBy: personRef.nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: personRef.nullable(),
  returnReason: z.string().nullable(),
  autosavedAt: z.string().nullable(),
  files: z.array(reportFile),
  extensions: z.array(reportExtension),
  /** What the caller may do now. */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), requestExtension: z.boolean() }),
  version,
});
export type ReportDetail = z.infer<typeof reportDetail>;

export const reportPrefillResult = z.object({ proposal: reportProposal, report: reportDetail.nullable() });
export type ReportPrefillResult = z.infer<typeof reportPrefillResult>;

// ---- review ----

export const reportAccept = z.object({ version, note: text(2000, 'Nhận xét').nullable().optional() });
export type ReportAccept = z.infer<typeof reportAccept>;

export const reportReturn = z.object({
  version,
  reason: z.string().trim().min(3, 'Vui lòng nêu lý do trả lại báo cáo').max(5000, 'Lý do quá dài (tối đa 5000 ký tự)'),
  newDeadline: isoDate,
});
export type ReportReturn = z.infer<typeof reportReturn>;

export const extensionCreate = z.object({
  reason: z.string().trim().min(3, 'Vui lòng nêu lý do xin gia hạn').max(2000, 'Lý do quá dài (tối đa 2000 ký tự)'),
  requestedDeadline: isoDate,
});
export type ExtensionCreate = z.infer<typeof extensionCreate>;

export const extensionDecide = z
  .object({
    decision: z.enum(['grant', 'refuse'], { error: 'Vui lòng chọn đồng ý hoặc không đồng ý gia hạn' }),
    /** Grant: the new deadline (the one asked for when omitted). */
    deadline: isoDate.nullable().optional(),
    note: text(2000, 'Ghi chú').nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'refuse' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Vui lòng nêu lý do không đồng ý gia hạn' });
  });
export type ExtensionDecide = z.infer<typeof extensionDecide>;

export const reportVersion = z.object({
  no: z.number().int(),
  nothingToReport: z.boolean(),
  explanation: z.string().nullable(),
  narrative: z.record(z.string(), z.string()),
  figures: z.record(z.string(), figureValue),
  lateReason: z.string().nullable(),
  submittedAt: z.string(),
  submittedBy: personRef.nullable(),
  late: z.boolean(),
  review: z.enum(['accepted', 'returned']).nullable(),
  reviewReason: z.string().nullable(),
  newDeadline: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: personRef.nullable(),
});
export type ReportVersion = z.infer<typeof reportVersion>;

const change = <T extends z.ZodTypeAny>(v: T) => z.object({ before: v, after: v });

/** What changed from one version to the next: only the fields and sections that differ. */
export const reportVersionChange = z.object({
  from: z.number().int(),
  to: z.number().int(),
  nothingToReport: change(z.boolean()).nullable(),
  explanation: change(z.string().nullable()).nullable(),
  figures: z.array(z.object({ key: z.string(), name: z.string(), before: figureValue, after: figureValue })),
  sections: z.array(z.object({ key: z.string(), title: z.string(), before: z.string(), after: z.string() })),
});
export type ReportVersionChange = z.infer<typeof reportVersionChange>;

export const reportVersions = z.object({ versions: z.array(reportVersion), changes: z.array(reportVersionChange) });
export type ReportVersions = z.infer<typeof reportVersions>;

// ---- follow-up ----

export const reportStatusRow = z.object({
  reportId: z.number().int(),
  unit: unitRef,
  districtName: z.string().nullable(),
  status: z.enum(reportStatuses),
  state: z.enum(reportStates),
  deadline: isoDate,
  /** Not sent (or returned and not sent again) and past its deadline. */
  overdue: z.boolean(),
  /** Late by: the latest submission after its deadline, or today for an overdue one; else 0. */
  daysLate: z.number().int(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  versions: z.number().int(),
  pendingExtension: z.boolean(),
});
export type ReportStatusRow = z.infer<typeof reportStatusRow>;

export const reportStatusTable = z.object({
  requestId: z.number().int(),
  rows: z.array(reportStatusRow),
  totals: z.object({
    units: z.number().int(),
    notSubmitted: z.number().int(),
    overdue: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    returned: z.number().int(),
    accepted: z.number().int(),
  }),
});
export type ReportStatusTable = z.infer<typeof reportStatusTable>;

export const consolidatedQuery = z.object({
  /** Which reports count: the latest submission of those submitted or accepted (default), or accepted only. */
  basis: z.enum(['submitted', 'accepted']).default('submitted'),
});

const districtRef = z.object({ code: z.string().nullable(), name: z.string() });

export const consolidatedField = z.object({
  key: z.string(),
  name: z.string(),
  type: z.enum(figureTypes),
  unit: z.string().nullable(),
  /** Number fields: the sum over the reports counted; null for others. */
  total: z.number().nullable(),
  perUnit: z.array(z.object({ unit: unitRef, value: figureValue })),
  /** Number fields: sums per district (province-level units under "Cấp tỉnh"). */
  perDistrict: z.array(z.object({ district: districtRef, value: z.number(), units: z.number().int() })),
  /** Choice fields: how many units picked each choice. */
  choices: z.array(z.object({ choice: z.string(), count: z.number().int() })),
});
export type ConsolidatedField = z.infer<typeof consolidatedField>;

export const consolidatedReport = z.object({
  requestId: z.number().int(),
  basis: z.enum(['submitted', 'accepted']),
  /** Reports counted, and units asked. */
  counted: z.number().int(),
  units: z.number().int(),
  fields: z.array(consolidatedField),
});
export type ConsolidatedReport = z.infer<typeof consolidatedReport>;
