// Leader exports (issue 6): the department's BÁO CÁO drafts and background export jobs.
import { z } from 'zod';
import { isoDate, version } from './common';
import { issued } from './directives';
import { taskState } from './tasks';
import { unitKind } from './units';

// ---- BÁO CÁO (summary report) drafts ----

export const summaryReportSection = z.object({
  key: z.string().trim().min(1).max(60),
  /** "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"; empty for an untitled paragraph (the opening, the closing). */
  title: z.string().trim().max(500),
  /** Paragraphs separated by line breaks. */
  body: z.string().max(100_000),
});
export type SummaryReportSection = z.infer<typeof summaryReportSection>;

export const summaryReportSigner = z.object({
  /** "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC"…; null when the head signs in their own name. */
  authority: z.string().trim().max(100).nullable(),
  title: z.string().trim().min(1, 'Vui lòng nhập chức vụ người ký').max(100),
  name: z.string().trim().max(100),
});
export type SummaryReportSigner = z.infer<typeof summaryReportSigner>;

/** One unit's line of the report's table of figures (computed from the data when asked). */
export const summaryFigureRow = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  itemsDone: z.number().int(),
  itemsTotal: z.number().int(),
  state: taskState,
  activities: z.number().int(),
  /** Sum of quantities measured in "tin/bài". */
  articles: z.number(),
  /** The unit's report for this directive: none asked, not yet sent, sent, returned, accepted. */
  report: z.enum(['none', 'missing', 'submitted', 'returned', 'accepted']),
});
export type SummaryFigureRow = z.infer<typeof summaryFigureRow>;

export const summaryFigures = z.object({
  /** The day the figures were computed (Vietnam time). */
  asOf: isoDate,
  rows: z.array(summaryFigureRow),
  totals: z.object({ units: z.number().int(), done: z.number().int(), overdue: z.number().int(), activities: z.number().int(), articles: z.number(), reported: z.number().int() }),
});
export type SummaryFigures = z.infer<typeof summaryFigures>;

export const summaryReportSummary = z.object({
  id: z.number().int(),
  directiveId: z.number().int(),
  number: z.string().nullable(),
  symbol: z.string(),
  date: isoDate,
  subject: z.string(),
  createdBy: z.object({ id: z.number().int(), fullName: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version,
});
export type SummaryReportSummary = z.infer<typeof summaryReportSummary>;

export const summaryReport = summaryReportSummary.extend({
  directive: z.object({ id: z.number().int(), number: z.string().nullable(), symbol: z.string().nullable(), subject: z.string(), issued }),
  place: z.string(),
  sections: z.array(summaryReportSection),
  signer: summaryReportSigner,
  recipients: z.array(z.string()),
  figures: summaryFigures,
});
export type SummaryReport = z.infer<typeof summaryReport>;

export const summaryReportList = z.object({ items: z.array(summaryReportSummary) });

export const summaryReportUpdate = z.object({
  version,
  /** "15" of "Số: 15/BC-STTTT"; null or empty until the clerk numbers it. */
  number: z
    .string()
    .trim()
    .max(20)
    .regex(/^[0-9A-Za-z.-]*$/, 'Số văn bản chỉ gồm chữ số (và chữ cái)')
    .nullable()
    .transform((s) => (s ? s : null)),
  symbol: z.string().trim().min(1, 'Vui lòng nhập ký hiệu').max(60),
  place: z.string().trim().min(1, 'Vui lòng nhập địa danh').max(100),
  date: isoDate,
  subject: z.string().trim().min(1, 'Vui lòng nhập trích yếu').max(1000),
  sections: z.array(summaryReportSection).max(30),
  signer: summaryReportSigner,
  recipients: z.array(z.string().trim().min(1).max(300)).max(50),
});
export type SummaryReportUpdate = z.infer<typeof summaryReportUpdate>;
export type SummaryReportUpdateInput = z.input<typeof summaryReportUpdate>;

// ---- export jobs ----

export const exportKinds = ['matrix', 'units', 'activities', 'summary-report'] as const;
export const exportKind = z.enum(exportKinds);
export type ExportKind = z.infer<typeof exportKind>;
export const exportFormat = z.enum(['xlsx', 'docx', 'pdf', 'csv']);
export type ExportFormat = z.infer<typeof exportFormat>;

/** Which formats each kind comes in: tables as a workbook or CSV, the BÁO CÁO as a document (or its table as CSV). */
export const exportFormatsOf: Record<ExportKind, readonly ExportFormat[]> = {
  matrix: ['xlsx', 'csv'],
  units: ['xlsx', 'csv'],
  activities: ['xlsx', 'csv'],
  'summary-report': ['docx', 'pdf', 'csv'],
};

export const exportParams = z
  .object({
    /** Directives issued from / to (the dashboard's period). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** The directive's issuing body, as written on it (the dashboard's issuer filter). */
    issuer: z.string().trim().min(1).max(300).optional(),
    /** Units of one district (its code), or 'none' for province-level units. */
    district: z.string().trim().min(1).max(20).optional(),
    /** Units of one kind. */
    unitKind: unitKind.optional(),
    /** The matrix only: directives and units with at least one task in this state, as on screen. */
    state: taskState.optional(),
    /** One unit's data (a unit user's own unit whatever is sent). */
    unitId: z.number().int().positive().optional(),
    /** For kind 'summary-report'. */
    summaryReportId: z.number().int().positive().optional(),
  })
  .strict();
export type ExportParams = z.infer<typeof exportParams>;

export const exportCreate = z
  .object({ kind: exportKind, format: exportFormat, params: exportParams.default({}) })
  .superRefine((v, ctx) => {
    if (!exportFormatsOf[v.kind].includes(v.format)) {
      ctx.addIssue({ code: 'custom', path: ['format'], message: `Định dạng ${v.format} không áp dụng cho loại dữ liệu này` });
    }
    if (v.kind === 'summary-report' && v.params.summaryReportId == null) {
      ctx.addIssue({ code: 'custom', path: ['params', 'summaryReportId'], message: 'Vui lòng chọn báo cáo cần xuất' });
    }
    if (v.params.from && v.params.to && v.params.from > v.params.to) {
      ctx.addIssue({ code: 'custom', path: ['params', 'to'], message: 'Ngày kết thúc phải sau ngày bắt đầu' });
    }
  });
export type ExportCreate = z.input<typeof exportCreate>;

export const exportJob = z.object({
  token: z.string(),
  kind: exportKind,
  format: exportFormat,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** 0–100. */
  progress: z.number().int(),
  fileName: z.string().nullable(),
  size: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExportJob = z.infer<typeof exportJob>;

export const exportJobList = z.object({ items: z.array(exportJob) });
export const exportTokenParam = z.object({ token: z.string().max(100) });
