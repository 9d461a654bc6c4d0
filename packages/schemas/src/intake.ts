import { z } from 'zod';
import { directiveInput } from './directives';

export const sourceKind = z.enum(['text', 'txt', 'docx', 'pdf']);
export type SourceKind = z.infer<typeof sourceKind>;

/** How a phrase of the directive was matched to the directory. */
export const matchVia = z.enum([
  'name',
  'short_name',
  'alias',
  'abbreviation',
  'group',
  'district_scope',
  'as_above',
  'remembered',
]);
export type MatchVia = z.infer<typeof matchVia>;

export const phraseResolution = z.object({
  /** Where the phrase stands: "recipients.0", "parts.3.addressees.0", "cc.4". */
  path: z.string(),
  phrase: z.string(),
  status: z.enum(['matched', 'ambiguous', 'unmatched', 'ignored']),
  via: matchVia.nullable(),
  unitId: z.number().int().nullable(),
  groupId: z.number().int().nullable(),
  /** The units the phrase stands for (a group expanded), for display. */
  units: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /** For ambiguous phrases: the units or groups it could mean. */
  candidates: z.array(z.object({ unitId: z.number().int().nullable(), groupId: z.number().int().nullable(), name: z.string() })),
});
export type PhraseResolution = z.infer<typeof phraseResolution>;

export const intakeText = z.object({
  text: z.string().min(1, 'Vui lòng dán nội dung văn bản').max(2_000_000, 'Văn bản quá dài (tối đa 2 triệu ký tự)'),
});

export const intakeResult = z.object({
  source: z.object({
    fileId: z.number().int().nullable(),
    name: z.string().nullable(),
    kind: sourceKind,
    size: z.number().int(),
    text: z.string(),
  }),
  /** The parse contract's JSON, as `pnpm parse` prints it. */
  parsed: z.record(z.string(), z.unknown()),
  /** A draft ready for the directive form, every phrase picked where it could be. */
  draft: directiveInput.extend({ sourceFileId: z.number().int().nullable() }),
  resolution: z.array(phraseResolution),
  duplicates: z.array(z.object({ id: z.number().int(), number: z.string().nullable(), subject: z.string(), status: z.enum(['draft', 'published']) })),
  warnings: z.array(z.string()),
});
export type IntakeResult = z.infer<typeof intakeResult>;
