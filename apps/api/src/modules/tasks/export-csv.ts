/**
 * Every task the actor may list, as one CSV row each (the department: every task of every
 * directive; a unit: its own), in the task list's order and with its states, units named as they
 * were on each directive's date, days in Vietnam's calendar.
 */
import type { TaskSummary } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import { isDepartment, type Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { tableToCsv } from '../exports/csv';
import type { Table } from '../exports/tables';
import { namesThen } from '../org/service';
import type { listTasks } from './service';
import { taskState, vnDate } from './state';

type Filter = Parameters<typeof listTasks>[3];

const columns: Table['columns'] = [
  { header: 'Số, ký hiệu văn bản', type: 'text', width: 22 },
  { header: 'Ngày ban hành', type: 'date', width: 12 },
  { header: 'Trích yếu', type: 'text', width: 60 },
  { header: 'Đơn vị thực hiện', type: 'text', width: 40 },
  { header: 'Hạn xử lý', type: 'date', width: 12 },
  { header: 'Trạng thái', type: 'state', width: 16 },
  { header: 'Số nội dung đã xong', type: 'int', width: 10 },
  { header: 'Tổng số nội dung', type: 'int', width: 10 },
  { header: 'Ngày tiếp nhận', type: 'date', width: 12 },
  { header: 'Ngày hoàn thành', type: 'date', width: 12 },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The directive's date as far as it is known: a day, or only a month. */
function issuedOn(json: string | null): string | null {
  const i = json ? (JSON.parse(json) as TaskSummary['directive']['issued']) : null;
  if (!i?.year || !i.month) return null;
  return i.day ? `${i.year}-${pad(i.month)}-${pad(i.day)}` : `${i.year}-${pad(i.month)}`;
}

type Raw = [number: string | null, symbol: string | null, issued: string | null, subject: string, unitId: number, unitName: string, issuedOn: string | null, deadline: string | null, receivedAt: string | null, completedAt: string | null, done: number, total: number];

/**
 * One statement straight to rows of values (arrays, not objects), in the task list's order: the
 * export of every task (≈ 6,700 rows in the peer comparison) is read in one pass.
 */
export function tasksCsv(db: Db, clock: Clock, actor: Actor, filter: Filter): Buffer {
  const today = todayVn(clock);
  const scope = isDepartment(actor) ? 't.parent_task_id is null' : 't.unit_id = @unitId';
  const byFilter = { all: '', done: ' and t.completed_at is not null', open: ' and t.completed_at is null', overdue: ' and t.completed_at is null and t.deadline < @today' }[filter];
  const raw = db.$client
    .prepare<{ unitId: number; today: string }, Raw>(
      `select d.number, d.symbol, d.issued, d.subject, u.id, u.name, d.issued_on, t.deadline, t.received_at, t.completed_at, t.items_done, t.items_total
       from tasks t join units u on u.id = t.unit_id join directives d on d.id = t.directive_id
       where ${scope}${byFilter} order by t.completed_at is not null, t.deadline is null, t.deadline asc, t.id desc`,
    )
    .raw()
    .all({ unitId: actor.unitId ?? -1, today }) as unknown as Raw[];
  // A few hundred directives for thousands of rows: each date read once.
  const dates = new Map<string | null, string | null>();
  const dateOf = (json: string | null) => {
    let d = dates.get(json);
    if (d === undefined) dates.set(json, (d = issuedOn(json)));
    return d;
  };
  // Units as they were named on each directive's date (a rename since keeps the old name here).
  const nameOn = namesThen(db, raw.map((r) => r[4]), raw.map((r) => r[6]));
  const rows = raw.map(([number, symbol, issued, subject, unitId, unitName, on, deadline, receivedAt, completedAt, done, total]) => [
    number ? `${number}${symbol ? `/${symbol}` : ''}` : (symbol ?? ''),
    dateOf(issued),
    subject,
    nameOn(unitId, on)?.name ?? unitName,
    deadline,
    taskState({ completedAt, deadline, receivedAt }, today),
    done,
    total,
    receivedAt ? vnDate(receivedAt) : null,
    completedAt ? vnDate(completedAt) : null,
  ]);
  return tableToCsv({ sheet: 'Nhiệm vụ', columns, rows, totals: null, freezeColumns: 1 });
}
