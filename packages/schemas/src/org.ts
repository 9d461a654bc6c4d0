import { z } from 'zod';
import { isoDate, version } from './common';
import { unitCreate, unitKind } from './units';

/**
 * Directory changes over time: events (rename, merge, split, retire) with their legal basis,
 * and importable changes such as the 2025 reform of Lạng Sơn's communes.
 */

export const legalBasis = z.string().trim().min(3, 'Vui lòng nhập căn cứ pháp lý (ví dụ: Nghị quyết 1672/NQ-UBTVQH15)').max(500);

export const unitBrief = z.object({
  /** null for a unit the change would create. */
  id: z.number().int().nullable(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: unitKind,
});
export type UnitBrief = z.infer<typeof unitBrief>;

// ---- events ----

export const unitEventKinds = ['rename', 'merge', 'split', 'retire', 'create'] as const;

export const unitEvent = z.object({
  id: z.number().int(),
  kind: z.enum(unitEventKinds),
  effectiveOn: isoDate,
  legalBasis: z.string(),
  note: z.string().nullable(),
  changeId: z.number().int().nullable(),
  predecessors: z.array(unitBrief.extend({ partial: z.boolean() })),
  successors: z.array(unitBrief.extend({ partial: z.boolean() })),
  /** Open tasks this event handed from predecessors to successors. */
  tasksMoved: z.number().int(),
  createdAt: z.string(),
});
export type UnitEvent = z.infer<typeof unitEvent>;

export const unitEventListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  changeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const unitHistory = z.object({
  unit: unitBrief.extend({ validFrom: isoDate.nullable(), validTo: isoDate.nullable() }),
  /** Earlier names, newest first; `validTo` is the first day the name no longer applied. */
  formerNames: z.array(z.object({ name: z.string(), shortName: z.string().nullable(), validTo: isoDate })),
  events: z.array(unitEvent),
});
export type UnitHistory = z.infer<typeof unitHistory>;

export const unitRename = z.object({
  name: z.string().trim().min(2, 'Tên đơn vị quá ngắn').max(300, 'Tên đơn vị quá dài'),
  shortName: z.string().trim().max(100).nullable().default(null),
  effectiveOn: isoDate,
  legalBasis,
  note: z.string().trim().max(2000).nullable().default(null),
  version,
});
export type UnitRename = z.input<typeof unitRename>;

/**
 * Several units become one: an existing unit (one of them, which absorbs the others, or another
 * one) or a new unit. Open tasks of the predecessors move to the successor; closed ones stay.
 */
export const unitMerge = z
  .object({
    predecessorIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một đơn vị').max(200),
    successorId: z.number().int().positive().nullable().default(null),
    successor: unitCreate.nullable().default(null),
    effectiveOn: isoDate,
    legalBasis,
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .refine((v) => (v.successorId == null) !== (v.successor == null), {
    message: 'Chọn một đơn vị kế thừa có sẵn hoặc nhập đơn vị mới (một trong hai)',
    path: ['successorId'],
  });
export type UnitMerge = z.input<typeof unitMerge>;

export const unitMergeResult = z.object({ event: unitEvent, tasksMoved: z.number().int(), usersMoved: z.number().int() });

// ---- importable changes (the 2025 reform) ----

export const predecessorRef = z.object({
  /** The GSO code of the former commune (5 digits). */
  code: z.string().trim().regex(/^\d{5}$/, 'Mã đơn vị hành chính cũ phải gồm 5 chữ số'),
  name: z.string().trim().min(1).max(200),
  district: z.string().trim().max(200).nullable().default(null),
  /** Only part of it went to this successor (it was split between several). */
  partial: z.boolean().default(false),
});

export const newCommune = z.object({
  name: z.string().trim().min(2, 'Tên xã, phường mới quá ngắn').max(200),
  type: z.string().trim().min(1).max(50),
  predecessors: z.array(predecessorRef).min(1, 'Mỗi xã, phường mới phải có ít nhất một đơn vị tiền thân').max(50),
});

export const orgChangeInput = z.object({
  effectiveOn: isoDate,
  legalBasis,
  sourceName: z.string().max(255).nullable().default(null),
  /** Retire the district-level units (UBND, Phòng VH-TT, Trung tâm) of every district the change names. */
  abolishDistricts: z.boolean().default(true),
  communes: z.array(newCommune).min(1, 'Tệp không có xã, phường nào').max(5000),
});
export type OrgChangeInput = z.infer<typeof orgChangeInput>;

export const orgChangeChoices = z.object({
  /** For each former commune split between several new ones (by its code): the new commune (by name) that takes its open work and users. */
  splits: z.record(z.string(), z.string()).default({}),
  /** For each open task of an abolished unit (by task id): the unit code that takes it over. */
  tasks: z.record(z.string(), z.string()).default({}),
});
export type OrgChangeChoices = z.input<typeof orgChangeChoices>;

export const orgChangePreviewRequest = z.object({ change: orgChangeInput, choices: orgChangeChoices.default({ splits: {}, tasks: {} }) });
export const orgChangeApplyRequest = z.object({
  change: orgChangeInput,
  choices: orgChangeChoices,
  /** From the preview: the apply is refused (409) if the directory or open work changed since. */
  token: z.string().min(1).max(200),
});

const issue = z.object({ code: z.string(), message: z.string() });

const moveDirective = z.object({ id: z.number().int(), number: z.string().nullable(), symbol: z.string().nullable(), subject: z.string() });

export const orgChangePreview = z.object({
  change: orgChangeInput,
  token: z.string(),
  counts: z.object({
    communes: z.number().int(),
    predecessors: z.number().int(),
    predecessorsFound: z.number().int(),
    unitsCreated: z.number().int(),
    unitsRetired: z.number().int(),
    tasksMoved: z.number().int(),
    tasksNeedingChoice: z.number().int(),
    usersMoved: z.number().int(),
    usersDeactivated: z.number().int(),
  }),
  communes: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      /** The units the change creates for it (its UBND and radio station). */
      units: z.array(unitBrief),
      predecessors: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          district: z.string().nullable(),
          partial: z.boolean(),
          /** The commune's name in the directory when it differs from the change's. */
          nameInDirectory: z.string().nullable(),
          units: z.array(unitBrief),
        }),
      ),
    }),
  ),
  created: z.array(unitBrief),
  retired: z.array(
    z.object({
      unit: unitBrief,
      reason: z.enum(['merged', 'split', 'district_abolished']),
      successors: z.array(unitBrief),
      openTasks: z.number().int(),
    }),
  ),
  moves: z.array(
    z.object({
      taskId: z.number().int(),
      parentTaskId: z.number().int().nullable(),
      directive: moveDirective,
      from: unitBrief,
      /** Where it goes; null until staff choose (split commune, abolished district unit). */
      to: unitBrief.nullable(),
      choice: z.enum(['split', 'abolished']).nullable(),
      /** For a split: the new units to choose from (for an abolished unit any active unit may be picked). */
      options: z.array(unitBrief),
      deadline: isoDate.nullable(),
      itemsDone: z.number().int(),
      itemsTotal: z.number().int(),
    }),
  ),
  splits: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      district: z.string().nullable(),
      options: z.array(z.string()),
      suggested: z.string().nullable(),
      chosen: z.string().nullable(),
      /** It has open tasks or users, so a choice is required before applying. */
      needed: z.boolean(),
    }),
  ),
  /** Communes in the directory the change does not mention: left as they are. */
  uncovered: z.array(unitBrief),
  users: z.array(z.object({ username: z.string(), fullName: z.string(), from: unitBrief, to: unitBrief.nullable() })),
  /** Blocking: the change cannot be applied as it is. */
  problems: z.array(issue),
  warnings: z.array(issue),
});
export type OrgChangePreview = z.infer<typeof orgChangePreview>;

export const orgChangeSummary = z.object({
  id: z.number().int(),
  effectiveOn: isoDate,
  legalBasis: z.string(),
  sourceName: z.string().nullable(),
  summary: z.record(z.string(), z.number()),
  appliedAt: z.string(),
  appliedBy: z.string().nullable(),
});
export type OrgChangeSummary = z.infer<typeof orgChangeSummary>;
