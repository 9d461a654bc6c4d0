import { z } from 'zod';
import { activityForms, MAX_EVIDENCE_PER_ACTIVITY, MAX_LINKS_PER_ACTIVITY } from './activity-constants';
import { isoDate, version } from './common';

export * from './activity-constants';

export const activityForm = z.enum(activityForms, { error: 'Vui lòng chọn hình thức hoạt động trong danh sách' });
export type ActivityForm = z.infer<typeof activityForm>;

/** http(s) only: a "javascript:" or "file:" link in a report would be a trap for whoever clicks it. */
const HTTP_URL = /^https?:\/\/[^\s/?#@\\]+(?:[/?#][^\s]*)?$/i;

export const activityLink = z
  .string()
  .trim()
  .min(1, 'Vui lòng nhập đường dẫn hoặc bỏ dòng trống')
  .max(2000, 'Đường dẫn quá dài (tối đa 2000 ký tự)')
  .regex(HTTP_URL, 'Đường dẫn phải là địa chỉ web bắt đầu bằng http:// hoặc https://');

const id = z.number().int().positive();
const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} quá dài (tối đa ${max} ký tự)`).nullable().optional();

const activityFields = z.object({
  /** The items of the task this activity answers (at least one). */
  itemIds: z
    .array(id)
    .min(1, 'Vui lòng chọn ít nhất một nội dung công việc')
    .max(200, 'Quá nhiều nội dung')
    .refine((ids) => new Set(ids).size === ids.length, 'Mỗi nội dung chỉ chọn một lần'),
  dateFrom: isoDate,
  /** Last day of a range; null for a single day. */
  dateTo: isoDate.nullable().optional(),
  form: activityForm,
  title: z.string().trim().min(1, 'Vui lòng nhập tên hoạt động').max(300, 'Tên hoạt động quá dài (tối đa 300 ký tự)'),
  description: optionalText(5000, 'Mô tả'),
  quantity: z
    .number({ error: 'Số lượng phải là số' })
    .nonnegative('Số lượng không được âm')
    .max(1_000_000_000, 'Số lượng quá lớn')
    .nullable()
    .optional(),
  /** Đơn vị tính: "tin/bài", "buổi"… (any short text; see activityMeasures). */
  measure: optionalText(50, 'Đơn vị tính'),
  /** People reached. */
  reach: z
    .number({ error: 'Số người tiếp cận phải là số' })
    .int('Số người tiếp cận phải là số nguyên')
    .nonnegative('Số người tiếp cận không được âm')
    .max(1_000_000_000, 'Số người tiếp cận quá lớn')
    .nullable()
    .optional(),
  links: z.array(activityLink).max(MAX_LINKS_PER_ACTIVITY, `Tối đa ${MAX_LINKS_PER_ACTIVITY} đường dẫn`),
  /** Ids from POST /api/evidence; the list replaces the activity's files on update. */
  evidenceIds: z
    .array(id)
    .max(MAX_EVIDENCE_PER_ACTIVITY, `Tối đa ${MAX_EVIDENCE_PER_ACTIVITY} tệp minh chứng`)
    .refine((ids) => new Set(ids).size === ids.length, 'Mỗi tệp chỉ đính kèm một lần'),
});

type Checked = {
  dateFrom?: string | undefined;
  dateTo?: string | null | undefined;
  quantity?: number | null | undefined;
  measure?: string | null | undefined;
};

/** Rules across fields, shared by the API (on the stored values merged with a patch) and the form. */
export function activityProblems(v: Checked): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (v.dateFrom && v.dateTo && v.dateTo < v.dateFrom) out.push({ path: 'dateTo', message: 'Ngày kết thúc không được trước ngày bắt đầu' });
  const hasQuantity = v.quantity !== null && v.quantity !== undefined;
  const hasMeasure = Boolean(v.measure && v.measure.trim());
  if (hasQuantity && !hasMeasure) out.push({ path: 'measure', message: 'Vui lòng nhập đơn vị tính của số lượng (tin/bài, buổi…)' });
  if (hasMeasure && !hasQuantity) out.push({ path: 'quantity', message: 'Vui lòng nhập số lượng cho đơn vị tính đã chọn' });
  return out;
}

const crossCheck = (v: Checked, ctx: z.RefinementCtx) => {
  for (const p of activityProblems(v)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
};

export const activityCreate = activityFields
  .extend({ links: activityFields.shape.links.default([]), evidenceIds: activityFields.shape.evidenceIds.default([]) })
  .superRefine(crossCheck);
export type ActivityCreate = z.infer<typeof activityCreate>;
export type ActivityCreateInput = z.input<typeof activityCreate>;

/**
 * A patch: only the fields sent change; lists sent replace the stored ones. The rules across
 * fields (activityProblems) are checked by the API on the stored values merged with the patch.
 */
export const activityUpdate = activityFields.partial().extend({ version });
export type ActivityUpdate = z.infer<typeof activityUpdate>;

export const evidenceFile = z.object({
  id: z.number().int(),
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
});
export type EvidenceFile = z.infer<typeof evidenceFile>;

export const activity = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  unit: z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable() }),
  directive: z.object({ id: z.number().int(), number: z.string().nullable(), symbol: z.string().nullable(), subject: z.string() }),
  items: z.array(z.object({ id: z.number().int(), label: z.string().nullable(), title: z.string() })),
  dateFrom: z.string(),
  dateTo: z.string().nullable(),
  form: activityForm,
  title: z.string(),
  description: z.string().nullable(),
  quantity: z.number().nullable(),
  measure: z.string().nullable(),
  reach: z.number().int().nullable(),
  links: z.array(z.string()),
  evidence: z.array(evidenceFile),
  createdBy: z.object({ id: z.number().int(), fullName: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  version,
});
export type Activity = z.infer<typeof activity>;

/** Per form: how many activities, how many people reached, and quantities added up per measure. */
export const activityFormTotal = z.object({
  form: activityForm,
  count: z.number().int(),
  reach: z.number(),
  quantities: z.array(z.object({ measure: z.string(), quantity: z.number() })),
});
export type ActivityFormTotal = z.infer<typeof activityFormTotal>;

export const activityList = z.object({
  items: z.array(activity),
  /**
   * Activities matching the filters, deleted ones never counted (like `totals`); `items` holds the
   * newest ACTIVITY_LIST_LIMIT of them, plus the deleted ones when they were asked for.
   */
  count: z.number().int(),
  truncated: z.boolean(),
  totals: z.array(activityFormTotal),
  /** Directives the caller has activities under (for the filter), whatever the other filters. */
  directives: z.array(z.object({ id: z.number().int(), number: z.string().nullable(), symbol: z.string().nullable(), subject: z.string() })),
});
export type ActivityList = z.infer<typeof activityList>;

export const ACTIVITY_LIST_LIMIT = 500;

const flag = z.enum(['true', 'false', '1', '0']).optional();

export const activityListQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  form: activityForm.optional(),
  directiveId: z.coerce.number().int().positive().optional(),
  /** Department users only: one unit's activities. */
  unitId: z.coerce.number().int().positive().optional(),
  /** Department staff only: list soft-deleted activities too. */
  includeDeleted: flag,
});
export type ActivityListQuery = z.infer<typeof activityListQuery>;

export const activityDeleteQuery = z.object({ version: z.coerce.number().int().nonnegative().optional() });
