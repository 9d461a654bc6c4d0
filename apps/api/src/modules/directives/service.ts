import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Directive, DirectiveInput, DirectiveSummary, DirectiveUpdate, PublishPreview } from '@dondoc/schemas';
import { directiveInput } from '@dondoc/schemas';
import { sqliteOf, transact, type Conn, type Db } from '../../db/client';
import { directives, storedFiles, tasks, unitGroupMembers, units } from '../../db/schema/index';
import { canWriteDirectives, isDepartment, type Actor } from '../../lib/actor';
import { todayVn, type Clock } from '../../lib/clock';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { namesThen } from '../org/service';
import { activeOn } from '../units/service';
import { allPicks, keyParts } from './parts';
import { rememberPicks } from './resolve';
import { planTasks, type Plan } from './plan';
import { insertDirectiveRow, publishDirectiveRow, readDirectiveRow, type DirectiveRow as Row } from './rows';

export const issuedOn = (i: Directive['issued']) =>
  i?.year ? `${i.year}-${String(i.month ?? 1).padStart(2, '0')}-${String(i.day ?? 1).padStart(2, '0')}` : null;

type Source = Directive['source'];

const SOURCE = 'select id as fileId, name, size, kind from stored_files where directive_id = ? order by id limit 1';

/** Plain SQL: every save and publish answers with the directive's source file. */
function sourceOf(db: Conn, directiveId: number): Source {
  return sqliteOf(db).prepare<[number], NonNullable<Source>>(SOURCE).get(directiveId) ?? null;
}

/** Links an uploaded original to its directive; a file already linked elsewhere is refused. */
function attachSource(tx: Conn, actor: Actor, directiveId: number, fileId: number | null) {
  if (fileId == null) return;
  const f = tx.select().from(storedFiles).where(eq(storedFiles.id, fileId)).get();
  if (!f || (f.directiveId != null && f.directiveId !== directiveId) || f.uploadedById !== actor.userId) {
    throw badRequest('UNKNOWN_FILE', 'Không tìm thấy tệp văn bản đã tải lên', [{ path: 'sourceFileId', message: 'Tệp không tồn tại hoặc đã gắn với văn bản khác' }]);
  }
  tx.update(storedFiles).set({ directiveId }).where(eq(storedFiles.id, fileId)).run();
}

const toDirective = (r: Row, source: Source = null): Directive => ({
  id: r.id,
  status: r.status,
  number: r.number,
  symbol: r.symbol,
  kind: r.kind,
  issuer: r.issuer,
  place: r.place,
  issued: r.issued ?? null,
  subject: r.subject,
  signer: r.signer,
  references: r.references,
  recipients: r.recipients,
  cc: r.cc,
  preamble: r.preamble,
  parts: r.parts,
  closing: r.closing,
  report: r.report,
  dueDate: r.dueDate,
  source,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  publishedAt: r.publishedAt,
  version: r.version,
});

function requireWriter(actor: Actor) {
  if (!canWriteDirectives(actor)) throw forbidden('Chỉ chuyên viên của Sở được soạn và ban hành văn bản');
}

// One statement text whatever the number of picks (their ids as a JSON array), compiled once.
const FOUND_UNITS = 'select id from units where id in (select value from json_each(?))';
const FOUND_GROUPS = 'select id from unit_groups where id in (select value from json_each(?))';

/** Checks every picked unit or group exists; unpicked phrases are allowed in drafts. */
function checkPicks(db: Conn, d: Parameters<typeof allPicks>[0]) {
  const picks = allPicks(d);
  const unitIds = [...new Set(picks.map((p) => p.pick.unitId).filter((x): x is number => x != null))];
  const groupIds = [...new Set(picks.map((p) => p.pick.groupId).filter((x): x is number => x != null))];
  const found = (query: string, ids: number[]) => new Set(ids.length ? sqliteOf(db).prepare<[string], { id: number }>(query).all(JSON.stringify(ids)).map((r) => r.id) : []);
  const foundUnits = found(FOUND_UNITS, unitIds);
  const foundGroups = found(FOUND_GROUPS, groupIds);
  const fields = picks
    .filter((p) => (p.pick.unitId != null && !foundUnits.has(p.pick.unitId)) || (p.pick.groupId != null && !foundGroups.has(p.pick.groupId)))
    .map((p) => ({ path: p.path, message: `Không tìm thấy đơn vị "${p.pick.label}" trong danh mục` }));
  if (fields.length) throw badRequest('UNKNOWN_UNIT', 'Có đơn vị không tồn tại trong danh mục', fields);
}

function normalise(input: DirectiveInput) {
  const v = directiveInput.parse(input);
  return { ...v, parts: keyParts(v.parts) };
}

function getRow(db: Conn, id: number): Row {
  const row = readDirectiveRow(db, id);
  if (!row) throw notFound('Không tìm thấy văn bản');
  return row;
}

/** A unit sees a directive only when it holds a task from it; otherwise it does not exist. */
function ensureVisible(db: Conn, actor: Actor, row: Row) {
  if (isDepartment(actor)) return;
  if (row.status !== 'published' || actor.unitId == null) throw notFound('Không tìm thấy văn bản');
  const t = db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.directiveId, row.id), eq(tasks.unitId, actor.unitId)))
    .get();
  if (!t) throw notFound('Không tìm thấy văn bản');
}

export function getDirective(db: Db, actor: Actor, id: number): Directive {
  const row = getRow(db, id);
  ensureVisible(db, actor, row);
  return toDirective(row, sourceOf(db, id));
}

export function createDirective(db: Db, clock: Clock, actor: Actor, input: DirectiveInput): Directive {
  requireWriter(actor);
  const { sourceFileId, ...v } = normalise(input);
  checkPicks(db, v);
  const now = clock.now().toISOString();
  return transact(db, () => {
    const row = insertDirectiveRow(db, { ...v, status: 'draft', issuedOn: issuedOn(v.issued), createdById: actor.userId, createdAt: now, updatedAt: now });
    attachSource(db, actor, row.id, sourceFileId);
    rememberPicks(db, actor, now, v);
    const created = toDirective(row, sourceOf(db, row.id));
    writeAudit(db, actor, now, { action: 'directive.create', entityType: 'directive', entityId: row.id, directiveId: row.id, after: created });
    return created;
  });
}

export function updateDirective(db: Db, clock: Clock, actor: Actor, id: number, input: DirectiveUpdate): Directive {
  requireWriter(actor);
  const { version, ...rest } = input;
  const { sourceFileId, ...v } = normalise(rest);
  checkPicks(db, v);
  const now = clock.now().toISOString();
  return db.transaction((tx) => {
    const before = getRow(tx, id);
    if (before.status !== 'draft') throw new AppError(409, 'ALREADY_PUBLISHED', 'Văn bản đã ban hành, không thể sửa');
    const row = tx
      .update(directives)
      .set({ ...v, issuedOn: issuedOn(v.issued), updatedAt: now, version: sql`${directives.version} + 1` })
      .where(and(eq(directives.id, id), eq(directives.version, version ?? -1), eq(directives.status, 'draft')))
      .returning()
      .get();
    if (!row) throw conflict();
    attachSource(tx, actor, id, sourceFileId);
    rememberPicks(tx, actor, now, v);
    const updated = toDirective(row, sourceOf(tx, id));
    writeAudit(tx, actor, now, { action: 'directive.update', entityType: 'directive', entityId: id, directiveId: id, before: toDirective(before), after: updated });
    return updated;
  });
}

export function deleteDraft(db: Db, clock: Clock, actor: Actor, id: number): void {
  requireWriter(actor);
  const now = clock.now().toISOString();
  db.transaction((tx) => {
    const before = getRow(tx, id);
    if (before.status !== 'draft') throw new AppError(409, 'ALREADY_PUBLISHED', 'Văn bản đã ban hành, không thể xóa');
    tx.delete(directives).where(eq(directives.id, id)).run();
    writeAudit(tx, actor, now, { action: 'directive.delete', entityType: 'directive', entityId: id, directiveId: id, before: toDirective(before) });
  });
}

export function listDirectives(db: Db, clock: Clock, actor: Actor): DirectiveSummary[] {
  const today = todayVn(clock);
  // The department counts top-level tasks (one per unit addressed); sub-tasks show in the delegating task's roll-up.
  const unitFilter = isDepartment(actor) ? isNull(tasks.parentTaskId) : eq(tasks.unitId, actor.unitId ?? -1);
  const stats = db
    .select({
      directiveId: tasks.directiveId,
      taskCount: sql<number>`count(*)`,
      doneCount: sql<number>`sum(${tasks.completedAt} is not null)`,
      overdueCount: sql<number>`sum(${tasks.completedAt} is null and ${tasks.deadline} < ${today})`,
      receivedCount: sql<number>`sum(${tasks.receivedAt} is not null)`,
    })
    .from(tasks)
    .where(unitFilter)
    .groupBy(tasks.directiveId)
    .all();
  const byId = new Map(stats.map((s) => [s.directiveId, s]));
  const rows = db
    .select({
      id: directives.id,
      status: directives.status,
      number: directives.number,
      symbol: directives.symbol,
      subject: directives.subject,
      issued: directives.issued,
      dueDate: directives.dueDate,
      publishedAt: directives.publishedAt,
      updatedAt: directives.updatedAt,
    })
    .from(directives)
    // A unit reads only the directives it holds a task from, filtered in the query.
    .where(isDepartment(actor) ? undefined : and(eq(directives.status, 'published'), inArray(directives.id, [...byId.keys()])))
    .orderBy(sql`${directives.issuedOn} desc nulls last`, sql`${directives.id} desc`)
    .all();
  return rows
    .map((r) => {
      const s = byId.get(r.id);
      return {
        ...r,
        issued: r.issued ?? null,
        taskCount: s?.taskCount ?? 0,
        doneCount: s?.doneCount ?? 0,
        overdueCount: s?.overdueCount ?? 0,
        receivedCount: s?.receivedCount ?? 0,
      };
    });
}

// ---- publishing ----

type UnitInfo = { id: number; name: string; shortName: string | null };

/** Expands picks against the directory as it stood on the directive's date. */
function expander(db: Conn, onDate: string | null) {
  const active = db
    .select({ id: units.id, name: units.name, shortName: units.shortName })
    .from(units)
    .where(activeOn(onDate))
    .all();
  // Named as they were on the directive's date: a draft dated before a rename lists the old names.
  const nameOn = namesThen(db, active.map((u) => u.id), [onDate]);
  const activeIds = new Map<number, UnitInfo>(active.map((u) => [u.id, { ...u, ...nameOn(u.id, onDate) }]));
  const members = new Map<number, number[]>();
  for (const m of db.select().from(unitGroupMembers).all()) {
    const l = members.get(m.groupId) ?? [];
    l.push(m.unitId);
    members.set(m.groupId, l);
  }
  const expand = (p: { unitId: number | null; groupId: number | null }): number[] => {
    if (p.unitId != null) return activeIds.has(p.unitId) ? [p.unitId] : [];
    if (p.groupId != null) return (members.get(p.groupId) ?? []).filter((id) => activeIds.has(id));
    return [];
  };
  const nameOf = (id: number) => activeIds.get(id)?.name ?? `Đơn vị #${id}`;
  return { expand, nameOf, info: (id: number) => activeIds.get(id) };
}

type Plannable = Pick<Directive, 'recipients' | 'parts' | 'cc' | 'dueDate' | 'number' | 'subject'>;

function planFor(db: Conn, d: Plannable, onDate: string | null): { plan: Plan; info: (id: number) => UnitInfo | undefined; blocking: { path: string; message: string }[] } {
  const { expand, nameOf, info } = expander(db, onDate);
  const plan = planTasks(d, expand, nameOf);
  const blocking: { path: string; message: string }[] = [];
  for (const { path, pick } of allPicks(d)) {
    if (path.startsWith('cc.')) continue;
    if (pick.unitId == null && pick.groupId == null) blocking.push({ path, message: `Chưa chọn đơn vị trong danh mục cho "${pick.label}"` });
    else if (expand(pick).length === 0) blocking.push({ path, message: `"${pick.label}" không còn đơn vị nào hoạt động vào ngày ban hành` });
  }
  if (d.recipients.length === 0) blocking.push({ path: 'recipients', message: 'Văn bản chưa có nơi nhận (Kính gửi)' });
  if (plan.tasks.length === 0 && blocking.length === 0) blocking.push({ path: 'parts', message: 'Văn bản chưa có nội dung nào cần thực hiện' });
  return { plan, info, blocking };
}

function toPreview({ plan, info, blocking }: ReturnType<typeof planFor>): PublishPreview {
  return {
    tasks: plan.tasks.map((t) => ({
      unit: info(t.unitId) ?? { id: t.unitId, name: `#${t.unitId}`, shortName: null },
      source: t.source,
      items: t.items.map((i) => ({ partKey: i.partKey, label: i.label, title: i.title, section: i.section })),
    })),
    problems: [...blocking.map((b) => ({ code: 'BLOCKING', message: b.message })), ...plan.problems],
  };
}

export function previewPublish(db: Db, actor: Actor, id: number): PublishPreview {
  requireWriter(actor);
  const row = getRow(db, id);
  return toPreview(planFor(db, toDirective(row), row.issuedOn));
}

/** The tasks an unsaved directive would create: the intake page shows them while staff edit. */
export function previewInput(db: Db, actor: Actor, input: DirectiveInput): PublishPreview {
  requireWriter(actor);
  const { sourceFileId: _file, ...v } = normalise(input);
  checkPicks(db, v);
  return toPreview(planFor(db, v, issuedOn(v.issued)));
}

const INSERT_TASK = 'insert into tasks (directive_id, unit_id, source, deadline, items_total, created_at) values (?, ?, ?, ?, ?, ?)';
const INSERT_ITEM = 'insert into task_items (task_id, position, part_key, label, section, title, text, deadline) values (?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * Creates every task and item in one transaction with the status change and its audit entry.
 * Tasks and items are inserted in plain SQL on a raw transaction: a directive to 13 units makes
 * about a hundred rows, and building each insert with drizzle was most of a publish's CPU.
 */
export function publishDirective(db: Db, clock: Clock, actor: Actor, id: number, version: number): { directive: Directive; taskCount: number } {
  requireWriter(actor);
  const now = clock.now().toISOString();
  return transact(db, () => {
    const row = getRow(db, id);
    if (row.status !== 'draft') throw new AppError(409, 'ALREADY_PUBLISHED', 'Văn bản đã được ban hành trước đó');
    if (row.version !== version) throw conflict();
    const { plan, blocking } = planFor(db, toDirective(row), row.issuedOn);
    if (blocking.length) throw badRequest('NOT_READY_TO_PUBLISH', 'Văn bản chưa đủ thông tin để ban hành', blocking);
    const updated = publishDirectiveRow(db, id, version, now);
    if (!updated) throw conflict();
    const insertTask = db.$client.prepare<[number, number, string, string | null, number, string]>(INSERT_TASK);
    const insertItem = db.$client.prepare<[number, number, string, string | null, string | null, string, string, string | null]>(INSERT_ITEM);
    for (const t of plan.tasks) {
      const taskId = Number(insertTask.run(id, t.unitId, t.source, t.deadline, t.items.length, now).lastInsertRowid);
      t.items.forEach((i, position) => insertItem.run(taskId, position, i.partKey, i.label, i.section, i.title, i.text, i.deadline));
    }
    writeAudit(db, actor, now, {
      action: 'directive.publish',
      entityType: 'directive',
      entityId: id,
      directiveId: id,
      after: { taskCount: plan.tasks.length, units: plan.tasks.map((t) => ({ unitId: t.unitId, items: t.items.length })) },
    });
    return { directive: toDirective(updated, sourceOf(db, id)), taskCount: plan.tasks.length };
  });
}
