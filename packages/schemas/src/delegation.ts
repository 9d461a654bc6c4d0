import { z } from 'zod';
import { isoDate } from './common';
import { itemStatus, taskState } from './tasks';
import { unitKind } from './units';

/** Passing items of a task on to units under the task's unit in the directory. */
export const delegateInput = z.object({
  itemIds: z.array(z.number().int().positive()).min(1, 'Vui lòng chọn ít nhất một nội dung để giao').max(500, 'Quá nhiều nội dung'),
  unitIds: z.array(z.number().int().positive()).min(1, 'Vui lòng chọn ít nhất một đơn vị nhận').max(1000, 'Quá nhiều đơn vị'),
  note: z.string().trim().max(5000, 'Ghi chú quá dài (tối đa 5000 ký tự)').nullable().optional(),
  /** Not later than the delegating task's own deadline; none → the task's own deadline. */
  deadline: isoDate.nullable().optional(),
});
export type DelegateInput = z.infer<typeof delegateInput>;

const unitRef = z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable(), kind: unitKind });

/** A unit the caller's unit may pass items to, with what it already holds from this task. */
export const delegationTarget = unitRef.extend({
  /** The unit it hangs under: the caller's unit, or one of its children. */
  parentId: z.number().int().nullable(),
  /** Its sub-task of this task, when it has one. */
  subtaskId: z.number().int().nullable(),
  /** Items of this task it already holds. */
  delegatedItemIds: z.array(z.number().int()),
});
export type DelegationTarget = z.infer<typeof delegationTarget>;

/** Targets grouped by kind (the district centre, the commune radio stations…), in directory order. */
export const delegationTargets = z.object({
  groups: z.array(z.object({ kind: unitKind, units: z.array(delegationTarget) })),
});
export type DelegationTargets = z.infer<typeof delegationTargets>;

/** What activities add up to: how many, people reached, and per form (quantities added up per measure). */
export const activityTotals = z.object({
  count: z.number().int(),
  reach: z.number(),
  byForm: z.array(
    z.object({
      form: z.string(),
      count: z.number().int(),
      reach: z.number(),
      quantities: z.array(z.object({ measure: z.string(), quantity: z.number() })),
    }),
  ),
});
export type ActivityTotals = z.infer<typeof activityTotals>;

/** One sub-unit's progress on what it was passed (its activities include those of units it passed work on to). */
export const subtaskProgress = z.object({
  taskId: z.number().int(),
  unit: unitRef,
  note: z.string().nullable(),
  deadline: isoDate.nullable(),
  createdAt: z.string(),
  receivedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  state: taskState,
  itemsDone: z.number().int(),
  itemsTotal: z.number().int(),
  /** Sub-tasks it passed on further down. */
  subtaskCount: z.number().int(),
  activities: activityTotals,
});
export type SubtaskProgress = z.infer<typeof subtaskProgress>;

/** An item of the delegating task and how the sub-units that hold it stand. */
export const rollupItem = z.object({
  itemId: z.number().int(),
  partKey: z.string(),
  label: z.string().nullable(),
  title: z.string(),
  /** The delegating unit's own status: it alone marks the item done. */
  status: itemStatus,
  delegated: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  subtasks: z.array(z.object({ taskId: z.number().int(), status: itemStatus })),
  /** Activities sub-units (at any depth) logged against it. */
  activityCount: z.number().int(),
});
export type RollupItem = z.infer<typeof rollupItem>;

export const rollup = z.object({
  taskId: z.number().int(),
  subtasks: z.array(subtaskProgress),
  items: z.array(rollupItem),
  totals: z.object({
    subtasks: z.number().int(),
    received: z.number().int(),
    completed: z.number().int(),
    overdue: z.number().int(),
    /** Activities on the task itself. */
    own: activityTotals,
    /** Activities of every sub-unit down the chain. */
    delegated: activityTotals,
    /** Both together: what the task's unit reports. */
    all: activityTotals,
  }),
});
export type Rollup = z.infer<typeof rollup>;

export const delegateResult = z.object({
  /** Sub-tasks created, sub-tasks that received more items, units that already held every chosen item. */
  created: z.number().int(),
  extended: z.number().int(),
  unchanged: z.number().int(),
  rollup,
});
export type DelegateResult = z.infer<typeof delegateResult>;
