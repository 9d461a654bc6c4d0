import { z } from 'zod';
import { isoDate, version } from './common';

/** A phrase of the directive ("Báo Lạng Sơn") and the directory entry it stands for. */
export const unitPick = z.object({
  label: z.string().trim().min(1, 'Vui lòng nhập tên đơn vị').max(500),
  unitId: z.number().int().positive().nullable().default(null),
  groupId: z.number().int().positive().nullable().default(null),
});
export type UnitPick = z.infer<typeof unitPick>;
export type UnitPickInput = z.input<typeof unitPick>;

export const issued = z
  .object({
    year: z.number().int().min(1945).max(2100).nullable(),
    month: z.number().int().min(1).max(12).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
  })
  .nullable();
export type Issued = z.infer<typeof issued>;

export const reference = z.object({
  number: z.string().trim().min(1).max(200),
  kind: z.string().max(20).nullable().default(null),
  date: isoDate.nullable().default(null),
  issuer: z.string().max(300).nullable().default(null),
});
export type Reference = z.infer<typeof reference>;

export const reportClause = z.object({
  required: z.boolean().default(false),
  deadline: isoDate.nullable().default(null),
  onRequest: z.boolean().default(false),
  recurrence: z.string().max(40).nullable().default(null),
});
export type ReportClause = z.infer<typeof reportClause>;

export const signer = z.object({
  name: z.string().max(200).nullable().default(null),
  title: z.string().max(200).nullable().default(null),
  authority: z.string().max(200).nullable().default(null),
});

export const ccEntry = z.object({
  name: z.string().trim().min(1).max(500),
  purpose: z.string().trim().max(200).nullable().default(null),
  unitId: z.number().int().positive().nullable().default(null),
  groupId: z.number().int().positive().nullable().default(null),
});
export type CcEntry = z.infer<typeof ccEntry>;

export type PartInput = {
  label?: string | null | undefined;
  title: string;
  text?: string | undefined;
  addressees?: UnitPickInput[] | undefined;
  actionable?: boolean | undefined;
  deadline?: string | null | undefined;
  parts?: PartInput[] | undefined;
};

export type Part = {
  key: string;
  label: string | null;
  title: string;
  text: string;
  addressees: UnitPick[];
  actionable: boolean;
  deadline: string | null;
  parts: Part[];
};

export const partInput: z.ZodType<Part extends never ? never : Omit<Part, 'key'>, PartInput> = z.lazy(() =>
  z.object({
    label: z.string().trim().max(20).nullable().default(null),
    title: z.string().trim().min(1, 'Vui lòng nhập nội dung của phần').max(5000),
    text: z.string().max(50_000).default(''),
    addressees: z.array(unitPick).max(200).default([]),
    actionable: z.boolean().default(true),
    deadline: isoDate.nullable().default(null),
    parts: z.array(partInput).max(200).default([]),
  }),
) as never;

export const part: z.ZodType<Part> = z.lazy(() =>
  z.object({
    key: z.string(),
    label: z.string().nullable(),
    title: z.string(),
    text: z.string(),
    addressees: z.array(unitPick),
    actionable: z.boolean(),
    deadline: isoDate.nullable(),
    parts: z.array(part),
  }),
);

export const directiveStatus = z.enum(['draft', 'published']);

export const directiveInput = z.object({
  number: z.string().trim().max(100).nullable().default(null),
  symbol: z.string().trim().max(100).nullable().default(null),
  kind: z.string().trim().max(20).nullable().default(null),
  issuer: z.string().trim().max(300).nullable().default(null),
  place: z.string().trim().max(100).nullable().default(null),
  issued: issued.default(null),
  subject: z.string().trim().min(3, 'Vui lòng nhập trích yếu (V/v)').max(2000, 'Trích yếu quá dài'),
  signer: signer.default({ name: null, title: null, authority: null }),
  references: z.array(reference).max(100).default([]),
  recipients: z.array(unitPick).max(500).default([]),
  cc: z.array(ccEntry).max(200).default([]),
  preamble: z.string().max(50_000).nullable().default(null),
  parts: z.array(partInput).max(200).default([]),
  closing: z.array(z.string().max(20_000)).max(100).default([]),
  report: reportClause.default({ required: false, deadline: null, onRequest: false, recurrence: null }),
  dueDate: isoDate.nullable().default(null),
  /** The uploaded original (POST /api/intake/file), kept with the directive. */
  sourceFileId: z.number().int().positive().nullable().default(null),
});
export type DirectiveInput = z.input<typeof directiveInput>;

export const directiveUpdate = directiveInput.extend({ version });
export type DirectiveUpdate = z.input<typeof directiveUpdate>;

export const directive = z.object({
  id: z.number().int(),
  status: directiveStatus,
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  kind: z.string().nullable(),
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  issued,
  subject: z.string(),
  signer: z.object({ name: z.string().nullable(), title: z.string().nullable(), authority: z.string().nullable() }),
  references: z.array(reference),
  recipients: z.array(unitPick),
  cc: z.array(ccEntry),
  preamble: z.string().nullable(),
  parts: z.array(part),
  closing: z.array(z.string()),
  report: reportClause,
  dueDate: isoDate.nullable(),
  source: z.object({ fileId: z.number().int(), name: z.string(), size: z.number().int(), kind: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  version,
});
export type Directive = z.infer<typeof directive>;

export const directiveSummary = z.object({
  id: z.number().int(),
  status: directiveStatus,
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  subject: z.string(),
  issued,
  dueDate: isoDate.nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  taskCount: z.number().int(),
  doneCount: z.number().int(),
  overdueCount: z.number().int(),
  receivedCount: z.number().int(),
});
export type DirectiveSummary = z.infer<typeof directiveSummary>;

export const publishBody = z.object({ version });

/** What publishing would create: one entry per unit, with the items it would hold. */
export const publishPreview = z.object({
  tasks: z.array(
    z.object({
      unit: z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable() }),
      source: z.enum(['recipient', 'addressee', 'cc']),
      items: z.array(z.object({ partKey: z.string(), label: z.string().nullable(), title: z.string(), section: z.string().nullable() })),
    }),
  ),
  problems: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type PublishPreview = z.infer<typeof publishPreview>;
