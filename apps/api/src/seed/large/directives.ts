import { addDays, atVn, daysBetween, type Random } from './random';
import { inChunks, nextId, type GenContext, type GenDirective, type GenTask, type GenUnit } from './context';

const ISSUERS = [
  { name: 'Sở Thông tin và Truyền thông', symbol: 'STTTT-TTBCXB', weight: 0.75 },
  { name: 'Ủy ban nhân dân tỉnh Lạng Sơn', symbol: 'UBND-KGVX', weight: 0.15 },
  { name: 'Ban Tuyên giáo Tỉnh ủy', symbol: 'BTGTU', weight: 0.1 },
];
const KINDS = [
  { kind: 'CV', subject: 'V/v tuyên truyền' },
  { kind: 'KH', subject: 'Kế hoạch tuyên truyền' },
  { kind: 'HD', subject: 'Hướng dẫn tuyên truyền' },
];
const TOPICS = [
  'kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam',
  'phòng, chống dịch COVID-19',
  'bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp',
  'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII',
  'chuyển đổi số tỉnh Lạng Sơn',
  'phòng, chống buôn lậu, gian lận thương mại',
  'an toàn giao thông dịp Tết Nguyên đán',
  'xây dựng nông thôn mới',
  'cải cách hành chính',
  'Ngày Quốc khánh 2/9',
  'phòng, chống thiên tai, tìm kiếm cứu nạn',
  'Tháng hành động vì trẻ em',
  'bảo vệ chủ quyền biển, đảo Việt Nam',
  'phòng, chống tác hại của thuốc lá',
  'Ngày Sách và Văn hóa đọc Việt Nam',
  'dịch vụ công trực tuyến',
];
const ACTIONS = [
  'Đăng tải tin, bài trên báo in, báo điện tử',
  'Xây dựng chuyên trang, chuyên mục trên sóng phát thanh, truyền hình',
  'Đăng tải trên trang thông tin điện tử của đơn vị',
  'Phát trên hệ thống truyền thanh cơ sở',
  'Treo băng rôn, pa nô, khẩu hiệu tại nơi công cộng',
  'Tổ chức hội nghị quán triệt',
  'Chia sẻ trên mạng xã hội và nhóm Zalo của đơn vị',
  'Biên soạn, cấp phát tài liệu tuyên truyền',
  'Lồng ghép trong sinh hoạt chi bộ, đoàn thể',
  'Tổ chức hoạt động văn hóa, văn nghệ',
  'Báo cáo kết quả về Sở',
];

/**
 * How likely a unit is among a directive's recipients: the department writes to the provincial
 * media and the district offices nearly every time, to district centres and committees often,
 * and to commune stations and committees when a campaign goes down to the communes.
 */
function recipientWeight(u: GenUnit): number {
  if (u.kind === 'newspaper' || u.kind === 'broadcaster') return 400;
  if (u.kind === 'district_culture_office') return 150;
  if (u.kind === 'service_unit') return 80;
  if (u.kind === 'district_culture_centre') return 60;
  if (u.code === 'VPUBND-CTTDT') return 30;
  if (u.code.startsWith('UBND-')) return 15;
  if (u.kind === 'commune_radio') return 1;
  if (u.code.startsWith('UBNDX-')) return 0.3;
  return 0;
}

/** Working days of 2020–2024 (or the years asked), the dates directives are issued on. */
function workdays(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let d = `${fromYear}-01-02`; d <= `${toYear}-12-31`; d = addDays(d, 1)) {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(d);
  }
  return out;
}

type Outcome = { receivedAt: string | null; completedOn: string | null; doneShare: number };

/** What became of one unit's task: reliable units finish, and finish on time, more often; later years a little better. */
function outcome(r: Random, u: GenUnit, issuedOn: string, deadline: string | null, lastDay: string): Outcome {
  const skill = Math.min(0.99, u.diligence + (Number(issuedOn.slice(0, 4)) - 2020) * 0.02);
  const received = r.chance(0.85 + skill * 0.14);
  const receivedOn = addDays(issuedOn, r.int(0, 3));
  const receivedAt = received && receivedOn <= lastDay ? atVn(receivedOn, r) : null;
  const finishes = receivedAt != null && r.chance(deadline ? 0.72 + 0.26 * skill : 0.7);
  let completedOn: string | null = null;
  if (finishes) {
    if (deadline && !r.chance(skill)) completedOn = addDays(deadline, 1 + Math.floor(Math.pow(r.next(), 2) * 45));
    else if (deadline) completedOn = addDays(issuedOn, r.int(1, Math.max(1, daysBetween(issuedOn, deadline))));
    else completedOn = addDays(issuedOn, r.int(3, 60));
    if (completedOn > lastDay) completedOn = null;
  }
  return { receivedAt, completedOn, doneShare: completedOn ? 1 : receivedAt ? r.next() * 0.85 : 0 };
}

export type DirectiveStats = { directives: number; tasks: number; subTasks: number; items: number; directiveList: GenDirective[]; taskList: GenTask[] };

export function generateDirectives(ctx: GenContext, opts: { count: number; fromYear: number; toYear: number }): DirectiveStats {
  const { sqlite, r, now, units } = ctx;
  const insDirective = sqlite.prepare(
    `insert into directives (id, status, number, symbol, kind, issuer, place, issued, issued_on, subject, signer, "references", recipients, cc, preamble, parts, closing, report, due_date, created_by_id, created_at, updated_at, published_at, version)
     values (?, 'published', ?, ?, ?, ?, 'Lạng Sơn', ?, ?, ?, ?, '[]', ?, '[]', null, ?, '[]', ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insTask = sqlite.prepare(
    `insert into tasks (id, directive_id, unit_id, source, parent_task_id, delegation_note, deadline, received_at, received_by_id, items_total, items_done, completed_at, created_at, version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insItem = sqlite.prepare(
    `insert into task_items (id, task_id, parent_item_id, position, part_key, label, section, title, text, deadline, status, note, reason, updated_at, updated_by_id, version)
     values (?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, null, ?, ?, ?, ?)`,
  );
  const eligible = units.filter((u) => recipientWeight(u) > 0);
  const children = new Map<number, GenUnit[]>();
  for (const u of units) if (u.parentId != null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const days = workdays(opts.fromYear, opts.toYear);
  const issuedDays = Array.from({ length: opts.count }, (_, i) => days[Math.floor((i * days.length) / opts.count)] as string);
  const perYear = new Map<string, number>();
  let directiveId = nextId(sqlite, 'directives');
  let taskId = nextId(sqlite, 'tasks');
  let itemId = nextId(sqlite, 'task_items');
  const stats: DirectiveStats = { directives: 0, tasks: 0, subTasks: 0, items: 0, directiveList: [], taskList: [] };

  /** Writes a task and its items as the outcome says: finished tasks have every item done (a few not applicable). */
  const writeTask = (t: Omit<GenTask, 'id' | 'firstItemId' | 'completedOn'>, o: Outcome, titles: { key: string; title: string }[], parentFirstItem: number | null, source: string) => {
    const id = taskId++;
    const firstItemId = itemId;
    const done = o.completedOn ? titles.length : Math.floor(o.doneShare * titles.length);
    const completedAt = o.completedOn ? atVn(o.completedOn, r) : null;
    const userId = ctx.userOf.get(t.unitId) ?? null;
    insTask.run(id, t.directiveId, t.unitId, source, t.parentTaskId, t.parentTaskId ? 'Đề nghị triển khai và báo cáo kết quả về Phòng.' : null, t.deadline, o.receivedAt, o.receivedAt ? userId : null, titles.length, done, completedAt, now);
    titles.forEach((p, position) => {
      const isDone = position < done;
      const na = isDone && r.chance(0.05);
      const status = isDone ? (na ? 'not_applicable' : 'done') : position === done && o.receivedAt ? 'in_progress' : 'not_started';
      const touched = status !== 'not_started';
      const at = completedAt ?? (touched && o.receivedAt ? o.receivedAt : null);
      insItem.run(itemId++, id, parentFirstItem != null ? parentFirstItem + position : null, position, p.key, p.key, p.title, `${p.title}.`, t.deadline, status, na ? 'Đơn vị không có phương tiện thực hiện nội dung này' : null, at, touched ? userId : null, touched ? 1 : 0);
    });
    const task: GenTask = { ...t, id, firstItemId, completedOn: o.completedOn, items: titles.length };
    stats.taskList.push(task);
    stats.tasks += 1;
    stats.items += titles.length;
    return task;
  };

  inChunks(sqlite, opts.count, 100, (i) => {
    const issuedOn = issuedDays[i] as string;
    const year = issuedOn.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const issuer = r.weightedSample(ISSUERS, (x) => x.weight, 1)[0] ?? ISSUERS[0]!;
    const kind = r.pick(KINDS);
    const topic = r.pick(TOPICS);
    const k = 5 + Math.floor(Math.pow(r.next(), 3.3) * 66);
    const recipients = r.weightedSample(eligible, recipientWeight, k);
    const nParts = r.int(2, 11);
    const parts = Array.from({ length: nParts }, (_, p) => ({ key: String(p + 1), title: `${ACTIONS[(p + i) % ACTIONS.length]} về ${topic}` }));
    const deadline = r.chance(0.88) ? addDays(issuedOn, r.int(7, 45)) : null;
    const id = directiveId++;
    insDirective.run(
      id,
      String(seq),
      issuer.symbol,
      kind.kind,
      issuer.name,
      JSON.stringify({ year: Number(year), month: Number(issuedOn.slice(5, 7)), day: Number(issuedOn.slice(8, 10)) }),
      issuedOn,
      `${kind.subject} ${topic} năm ${year}`,
      JSON.stringify({ name: 'Nguyễn Văn Bình', title: 'Phó Giám đốc', authority: 'KT. GIÁM ĐỐC' }),
      JSON.stringify(recipients.map((u) => ({ label: u.code, unitId: u.id, groupId: null }))),
      JSON.stringify(parts.map((p) => ({ key: p.key, label: p.key, title: p.title, text: `${p.title}.`, addressees: [], actionable: true, deadline: null, parts: [] }))),
      JSON.stringify({ required: true, deadline, onRequest: false, recurrence: null }),
      deadline,
      ctx.staffId,
      now,
      now,
      atVn(issuedOn, r),
    );
    const directive: GenDirective = { id, issuedOn, deadline, taskIds: [] };
    stats.directives += 1;
    for (const u of recipients) {
      const o = outcome(r, u, issuedOn, deadline, ctx.lastDay);
      const task = writeTask({ directiveId: id, unitId: u.id, issuedOn, deadline, items: 0, parentTaskId: null }, o, parts, null, 'recipient');
      directive.taskIds.push(task.id);
      // Some district offices pass the first items on to their centre and a few commune stations.
      if (u.kind === 'district_culture_office' && o.receivedAt && r.chance(0.06)) {
        const subs = r.weightedSample(children.get(u.id) ?? [], (c) => (c.kind === 'district_culture_centre' ? 5 : 1), r.int(2, 5));
        const passed = parts.slice(0, r.int(1, Math.min(3, parts.length)));
        for (const s of subs) {
          const so = outcome(r, s, issuedOn, deadline, ctx.lastDay);
          writeTask({ directiveId: id, unitId: s.id, issuedOn, deadline, items: 0, parentTaskId: task.id }, so, passed, task.firstItemId, 'delegated');
          stats.subTasks += 1;
        }
      }
    }
    stats.directiveList.push(directive);
  });
  return stats;
}
