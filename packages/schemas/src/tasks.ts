import { z } from 'zod';
import { itemStatuses, taskStates } from './constants';

import { isoDate, version } from './common';
import { role } from './auth';
import { issued } from './directives';

export const itemStatus = z.enum(itemStatuses);
export type ItemStatus = z.infer<typeof itemStatus>;

/** State of a task as people talk about it; derived, never stored. */
export const taskState = z.enum(taskStates);
export type TaskState = z.infer<typeof taskState>;

export const taskItem = z.object({
  id: z.number().int(),
  partKey: z.string(),
  label: z.string().nullable(),
  section: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  deadline: isoDate.nullable(),
  status: itemStatus,
  note: z.string().nullable(),
  reason: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  version,
  /** Passed on to sub-units: how many of the sub-tasks holding it have finished it (done or not applicable). */
  delegated: z.object({ done: z.number().int(), total: z.number().int() }).nullable().optional(),
});
export type TaskItem = z.infer<typeof taskItem>;

export const directiveRef = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  subject: z.string(),
  issued,
});
export type DirectiveRef = z.infer<typeof directiveRef>;

export const taskSummary = z.object({
  id: z.number().int(),
  directive: directiveRef,
  unit: z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable() }),
  /** The unit's name on the directive's date, when it has been renamed since (null: unchanged). */
  unitNameThen: z.string().nullable().optional(),
  /** The unit that held the task before a merger or split handed it to this one. */
  transferredFrom: z.object({ id: z.number().int(), name: z.string() }).nullable().optional(),
  source: z.enum(['recipient', 'addressee', 'cc', 'delegated']),
  /** For a sub-task: the task of the unit that delegated it. */
  parentTaskId: z.number().int().nullable(),
  deadline: isoDate.nullable(),
  receivedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  state: taskState,
  itemsTotal: z.number().int(),
  itemsDone: z.number().int(),
});
export type TaskSummary = z.infer<typeof taskSummary>;

export const taskWithItems = taskSummary.extend({
  items: z.array(taskItem),
  /** How many sub-tasks this task's unit passed on to units under it. */
  subtaskCount: z.number().int().optional(),
  /** For a sub-task: who passed it on, with the note they wrote (the parent task itself stays hidden). */
  delegation: z
    .object({ from: z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable() }), note: z.string().nullable() })
    .nullable()
    .optional(),
});
export type TaskWithItems = z.infer<typeof taskWithItems>;

export const taskListQuery = z.object({
  filter: z.enum(['open', 'overdue', 'done', 'all']).default('all'),
});

export const itemParams = z.object({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});

export const itemUpdate = z
  .object({
    status: itemStatus.optional(),
    note: z.string().trim().max(5000, 'Ghi chú quá dài (tối đa 5000 ký tự)').nullable().optional(),
    reason: z.string().trim().max(2000, 'Lý do quá dài').nullable().optional(),
    version,
  })
  .refine((v) => v.status !== 'not_applicable' || (v.reason ?? '').length > 0, {
    path: ['reason'],
    message: 'Vui lòng nêu lý do khi đánh dấu "Không áp dụng"',
  });
export type ItemUpdate = z.infer<typeof itemUpdate>;

export const comment = z.object({
  id: z.number().int(),
  author: z.object({ id: z.number().int(), fullName: z.string(), role }),
  body: z.string(),
  createdAt: z.string(),
});
export type Comment = z.infer<typeof comment>;

export const commentCreate = z.object({
  body: z.string().trim().min(1, 'Vui lòng nhập nội dung ý kiến').max(5000, 'Ý kiến quá dài (tối đa 5000 ký tự)'),
});
export type CommentCreate = z.infer<typeof commentCreate>;
