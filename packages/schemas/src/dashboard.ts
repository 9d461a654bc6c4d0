import { z } from 'zod';
import { isoDate } from './common';
import { issued } from './directives';
import { taskState } from './tasks';
import { unitKind } from './units';

export const dashboardQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const dashboard = z.object({
  directives: z.array(z.object({ id: z.number().int(), number: z.string().nullable(), symbol: z.string().nullable(), subject: z.string(), issued })),
  units: z.array(
    z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable(), kind: unitKind, districtName: z.string().nullable() }),
  ),
  cells: z.array(
    z.object({
      directiveId: z.number().int(),
      unitId: z.number().int(),
      taskId: z.number().int(),
      itemsDone: z.number().int(),
      itemsTotal: z.number().int(),
      state: taskState,
    }),
  ),
  totals: z.object({
    directives: z.number().int(),
    tasks: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    notReceived: z.number().int(),
    inProgress: z.number().int(),
  }),
});
export type Dashboard = z.infer<typeof dashboard>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.number().int(), username: z.string(), fullName: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
