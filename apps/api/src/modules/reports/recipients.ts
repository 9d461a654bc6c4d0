import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { RecipientPick } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { directives, tasks, unitGroupMembers, unitGroups, units } from '../../db/schema/index';
import { badRequest } from '../../lib/errors';
import { isTopLevel } from '../tasks/service';

/**
 * The units a directive asked to act: those holding a top-level task from it as a recipient or an
 * addressee of one of its parts. Units copied for information or a side duty ("Nơi nhận", such
 * as the IT centre posting it) are not asked to report on it.
 */
export function directiveRecipientUnits(db: Conn, directiveId: number): number[] {
  const rows = db
    .selectDistinct({ unitId: tasks.unitId })
    .from(tasks)
    .where(and(eq(tasks.directiveId, directiveId), isTopLevel, ne(tasks.source, 'cc'), ne(tasks.source, 'delegated')))
    .orderBy(tasks.unitId)
    .all();
  return rows.map((r) => r.unitId);
}

/**
 * Expands picks into unit ids (in the order picked, each once) as of the day the request is
 * saved: a group's members and a directive's recipients are fixed then, so a later change to
 * the group does not silently add or drop units from a request already sent.
 */
export function expandRecipients(db: Conn, picks: readonly RecipientPick[]): number[] {
  const problems: { path: string; message: string }[] = [];
  const out: number[] = [];
  const seen = new Set<number>();
  const push = (ids: number[]) => {
    for (const id of ids) {
      if (!seen.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
  };
  const unitIds = picks.flatMap((p) => (p.kind === 'unit' ? [p.unitId] : []));
  const known = new Set(unitIds.length ? db.select({ id: units.id }).from(units).where(inArray(units.id, unitIds)).all().map((u) => u.id) : []);
  picks.forEach((p, i) => {
    const path = `recipients.${i}`;
    if (p.kind === 'unit') {
      if (!known.has(p.unitId)) problems.push({ path, message: 'Không tìm thấy đơn vị này trong danh mục' });
      else push([p.unitId]);
    } else if (p.kind === 'group') {
      if (!db.select({ id: unitGroups.id }).from(unitGroups).where(eq(unitGroups.id, p.groupId)).get()) {
        problems.push({ path, message: 'Không tìm thấy nhóm đơn vị này' });
        return;
      }
      const members = db
        .select({ id: units.id })
        .from(unitGroupMembers)
        .innerJoin(units, eq(units.id, unitGroupMembers.unitId))
        .where(and(eq(unitGroupMembers.groupId, p.groupId), isNull(units.validTo)))
        .orderBy(units.id)
        .all();
      push(members.map((m) => m.id));
    } else {
      const d = db.select({ status: directives.status }).from(directives).where(eq(directives.id, p.directiveId)).get();
      if (!d || d.status !== 'published') {
        problems.push({ path, message: 'Không tìm thấy văn bản đã ban hành này' });
        return;
      }
      push(directiveRecipientUnits(db, p.directiveId));
    }
  });
  if (problems.length) throw badRequest('UNKNOWN_RECIPIENT', 'Có đơn vị nhận không tìm thấy trong danh mục', problems);
  return out;
}
