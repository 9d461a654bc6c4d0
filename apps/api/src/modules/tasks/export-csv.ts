/**
 * Every task the actor may list, as one CSV row each (the department: every task of every
 * directive; a unit: its own). Read straight from the list query, so the rows are what the task
 * list shows, with units named as they were on each directive's date.
 */
import type { TaskSummary } from '@dondoc/schemas';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { tableToCsv } from '../exports/csv';
import type { Table } from '../exports/tables';
import { listTasks } from './service';

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

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);
const pad = (n: number) => String(n).padStart(2, '0');

/** The directive's date as far as it is known: a day, or only a month. */
function issuedOn(i: TaskSummary['directive']['issued']): string | null {
  if (!i?.year || !i.month) return null;
  return i.day ? `${i.year}-${pad(i.month)}-${pad(i.day)}` : `${i.year}-${pad(i.month)}`;
}

function row(t: TaskSummary): Table['rows'][number] {
  const d = t.directive;
  const ref = d.number ? `${d.number}${d.symbol ? `/${d.symbol}` : ''}` : (d.symbol ?? '');
  return [ref, issuedOn(d.issued), d.subject, t.unitNameThen ?? t.unit.name, t.deadline, t.state, t.itemsDone, t.itemsTotal, day(t.receivedAt), day(t.completedAt)];
}

export function tasksCsv(db: Db, clock: Clock, actor: Actor, filter: Filter): Buffer {
  const rows = listTasks(db, clock, actor, filter).map(row);
  return tableToCsv({ sheet: 'Nhiệm vụ', columns, rows, totals: null, freezeColumns: 1 });
}
