/**
 * W1–W5 on Redmine through its REST API (X-Redmine-API-Key), with the same load setting as ours.
 * W2, W3, W5 read first; W4 closes open child issues (Redmine journals each change: its audit);
 * W1 last, as it adds issues. The mapping to our workloads is in docs/decisions/0011.
 */
import type { Request } from 'autocannon';
import { percentile } from '../util';
import { cannon, sequential, type Load } from './cannon';
import type { Instance } from './redmine';
import type { Shape } from './shape';

export type RedmineFigures = { w1: Load; w2: Load & { listed: number }; w3: Load & { listed: number }; w4: Load & { supply: number }; w5: { ms: number; rows: number; bytes: number } };

// The columns of a useful task export: the unit (assignee), the directive (parent), status, dates.
const CSV_COLUMNS = ['project', 'tracker', 'parent', 'status', 'subject', 'assigned_to', 'due_date', 'done_ratio', 'closed_on', 'updated_on'];
export const W5_PATH = `/issues.csv?set_filter=1&f[]=status_id&op[status_id]=*&f[]=parent_id&op[parent_id]=*&${CSV_COLUMNS.map((c) => `c[]=${c}`).join('&')}&sort=id`;

export async function benchRedmine(rm: Instance, shape: Shape, unit: number): Promise<RedmineFigures> {
  const { base, seeded } = rm;
  const admin = { 'X-Redmine-API-Key': seeded.adminKey };
  const userKey = { 'X-Redmine-API-Key': seeded.keys[unit] as string };
  const total = async (url: string, headers: Record<string, string>) => ((await (await fetch(`${base}${url}`, { headers })).json()) as { total_count: number }).total_count;

  // W2: the unit's open issues, all on one page (Redmine pages by 25 unless asked).
  const w2Path = '/issues.json?assigned_to_id=me&status_id=open&limit=100';
  const w2 = { ...(await cannon(base, [{ method: 'GET', path: w2Path }], { headers: userKey })), listed: await total(w2Path, userKey) };
  const w3Path = `/issues.json?parent_id=${seeded.parents[0]}&status_id=*&limit=100`;
  const w3 = { ...(await cannon(base, [{ method: 'GET', path: w3Path }], { headers: admin })), listed: await total(w3Path, admin) };

  const first = await fetch(`${base}${W5_PATH}`, { headers: admin });
  const csv = await first.text();
  if (!first.ok) throw new Error(`Redmine CSV: ${first.status}`);
  const { times, bytes } = await sequential(`${base}${W5_PATH}`, 5, admin, 1);
  // Redmine quotes fields; a description is not among the columns, so one line is one issue.
  const w5 = { ms: percentile(times, 50), rows: csv.split(/\r?\n/).filter((l) => l.length > 0).length - 1, bytes };

  // W4: each request closes the next open child issue, in turn across users, with its assignee's key.
  const byUser = new Map<number, number[]>();
  for (const [id, u] of seeded.openChildren) byUser.set(u, [...(byUser.get(u) ?? []), id]);
  const queues = [...byUser.entries()];
  const open: [number, number][] = [];
  for (let k = 0; open.length < seeded.openChildren.length; k += 1) for (const [u, q] of queues) if (q[k] !== undefined) open.push([q[k] as number, u]);
  let next = 0;
  const close = JSON.stringify({ issue: { status_id: seeded.closedStatusId } });
  const w4Load = await cannon(base, [
    {
      method: 'PUT',
      setupRequest: (req) => {
        // Past the end the same issue is closed again: Redmine answers 204 with no change, so a
        // run that outran the supply is flagged by supply < count below rather than by status.
        const [id, u] = open[Math.min(next, open.length - 1)] as [number, number];
        next += 1;
        return { ...req, path: `/issues/${id}.json`, headers: { 'X-Redmine-API-Key': seeded.keys[u] as string, 'content-type': 'application/json' }, body: close };
      },
    },
  ]);
  const w4 = { ...w4Load, supply: open.length, ...(next > open.length ? { failed: w4Load.failed + (next - open.length) } : {}) };

  // W1: a parent issue, then 13 child issues assigned to the first directive's users; one directive = 14 requests.
  const recipients = (shape.directives[0] as { recipients: number[] }).recipients;
  const json = { ...admin, 'content-type': 'application/json' };
  const items = Array.from({ length: 6 }, (_, k) => `- [ ] Nội dung ${k + 1}: tuyên truyền, báo cáo kết quả thực hiện`).join('\n');
  const requests: Request[] = [
    {
      method: 'POST',
      path: '/issues.json',
      headers: json,
      body: JSON.stringify({ issue: { project_id: seeded.projectId, tracker_id: seeded.trackerId, subject: 'V/v triển khai nhiệm vụ tuyên truyền (đo W1)', due_date: '2030-12-31' } }),
      onResponse: (status, res, ctx) => {
        if (status === 201) ctx.parent = (JSON.parse(res) as { issue: { id: number } }).issue.id;
      },
    },
    ...recipients.map(
      (u): Request => ({
        method: 'POST',
        setupRequest: (req, ctx) =>
          ctx.parent
            ? {
                ...req,
                path: '/issues.json',
                headers: json,
                body: JSON.stringify({
                  issue: { project_id: seeded.projectId, tracker_id: seeded.trackerId, parent_issue_id: ctx.parent, assigned_to_id: seeded.userIds[u], subject: `Đơn vị ${u + 1}: đo W1`, description: items, due_date: '2030-12-31' },
                }),
              }
            : undefined,
      }),
    ),
  ];
  const w1 = await cannon(base, requests, { perUnit: requests.length });
  return { w1, w2, w3, w4, w5 };
}
