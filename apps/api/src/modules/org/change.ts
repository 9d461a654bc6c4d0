import { desc, eq } from 'drizzle-orm';
import { orgChangeApplyRequest, orgChangePreviewRequest, type OrgChangePreview, type OrgChangeSummary } from '@dondoc/schemas';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { orgChanges, units, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import type { Clock } from '../../lib/clock';
import { AppError, badRequest, forbidden } from '../../lib/errors';
import { writeAudit } from '../audit/service';
import { joinGroups, moveUsers, recordEvent, retireUnitTx, transferOpenTasks } from './events';
import { planChange } from './change-plan';

/**
 * Importable directory changes (the 2025 reform): preview what a change would do, apply it in one
 * transaction, list the changes applied. Only an admin manages the directory.
 */

export type PreviewRequest = z.input<typeof orgChangePreviewRequest>;
export type ApplyRequest = z.input<typeof orgChangeApplyRequest>;

export function requireDirectoryAdmin(actor: Actor) {
  if (actor.role !== 'admin') throw forbidden('Chỉ quản trị viên được nhập thay đổi danh mục đơn vị hành chính');
}

export function previewChange(db: Db, actor: Actor, input: PreviewRequest): OrgChangePreview {
  requireDirectoryAdmin(actor);
  const req = orgChangePreviewRequest.parse(input);
  return planChange(db, req.change, req.choices).preview;
}

const few = (list: { message: string }[]) => list.slice(0, 3).map((p) => p.message).join('; ') + (list.length > 3 ? ` (và ${list.length - 3} mục khác)` : '');

/**
 * Applies a change as previewed: the plan is computed again inside the transaction (which takes the
 * write lock first, so nothing changes between the check and the writes) and must match the token
 * the admin saw. Every write and its audit entry commit together, or none does.
 */
export function applyChange(db: Db, clock: Clock, actor: Actor, input: ApplyRequest): { id: number; summary: Record<string, number> } {
  requireDirectoryAdmin(actor);
  const req = orgChangeApplyRequest.parse(input);
  const now = clock.now().toISOString();
  const { change } = req;
  return db.transaction(
    (tx) => {
      const plan = planChange(tx, change, req.choices);
      const { problems } = plan.preview;
      // Problems first: a change already applied (its predecessors retired) is refused as such, not as stale.
      if (problems.length) {
        throw badRequest('CHANGE_HAS_PROBLEMS', `Không thể áp dụng thay đổi: ${few(problems)}`, problems.map((p) => ({ path: p.code, message: p.message })));
      }
      if (plan.preview.token !== req.token) {
        throw new AppError(409, 'STALE_PREVIEW', 'Danh mục hoặc công việc đã thay đổi sau khi xem trước; vui lòng xem trước lại');
      }
      if (plan.missing.length) {
        throw badRequest('CHOICES_MISSING', `Còn ${plan.missing.length} lựa chọn chưa thực hiện: ${few(plan.missing)}`, plan.missing);
      }

      const counts = plan.preview.counts;
      const summary: Record<string, number> = {
        communes: counts.communes,
        unitsCreated: counts.unitsCreated,
        unitsRetired: counts.unitsRetired,
        tasksMoved: 0,
        usersMoved: 0,
        usersDeactivated: 0,
        events: 0,
      };
      const changeId = tx
        .insert(orgChanges)
        .values({ effectiveOn: change.effectiveOn, legalBasis: change.legalBasis, sourceName: change.sourceName, summary, appliedById: actor.userId, appliedAt: now })
        .returning({ id: orgChanges.id })
        .get().id;
      const event = (kind: 'merge' | 'split' | 'retire', note: string, links: Parameters<typeof recordEvent>[3]['links']) => {
        summary.events = (summary.events ?? 0) + 1;
        return recordEvent(tx, actor, now, { kind, effectiveOn: change.effectiveOn, legalBasis: change.legalBasis, note, changeId, links });
      };

      // New units, in their predecessors' groups (read before the predecessors leave them).
      const idOf = new Map(plan.retiring.map((r) => [r.unit.code, r.unit.id]));
      for (let i = 0; i < plan.created.length; i += 500) {
        const chunk = plan.created.slice(i, i + 500);
        const rows = tx
          .insert(units)
          .values(chunk.map((n) => ({ code: n.code, name: n.name, shortName: n.shortName, aliases: n.aliases, kind: n.kind, parentId: null, districtCode: null, validFrom: change.effectiveOn, createdAt: now, updatedAt: now })))
          .returning()
          .all();
        // RETURNING gives rows in no set order: match them by code.
        const byCode = new Map(rows.map((r) => [r.code, r]));
        for (const n of chunk) {
          const row = byCode.get(n.code);
          if (!row) throw new Error(`unit ${n.code} was not created`);
          idOf.set(n.code, row.id);
          joinGroups(tx, row.id, n.groupIds);
          writeAudit(tx, actor, now, { action: 'unit.create', entityType: 'unit', entityId: row.id, unitId: row.id, after: { ...row, groups: n.groupIds, changeId } });
        }
      }
      const id = (code: string) => {
        const v = idOf.get(code) ?? tx.select({ id: units.id }).from(units).where(eq(units.code, code)).get()?.id;
        if (v == null) throw new Error(`unit ${code} vanished during the change`);
        idOf.set(code, v);
        return v;
      };

      // One event per new unit (merge), per split commune unit (split), per abolished unit (retire).
      const eventOf = new Map<number, number>();
      for (const n of plan.created) {
        const e = event('merge', `Thành lập ${n.name}`, n.predecessors.map((p) => ({ fromUnitId: p.unitId, toUnitId: id(n.code), partial: p.partial })));
        for (const p of n.predecessors) if (!eventOf.has(p.unitId)) eventOf.set(p.unitId, e);
      }
      for (const r of plan.retiring) {
        if (r.reason === 'split') {
          eventOf.set(r.unit.id, event('split', `Chia tách ${r.unit.name}`, r.successorCodes.map((c) => ({ fromUnitId: r.unit.id, toUnitId: id(c), partial: true }))));
        } else if (r.reason === 'district_abolished') {
          const links = r.successorCodes.length ? r.successorCodes.map((c) => ({ fromUnitId: r.unit.id, toUnitId: id(c) })) : [{ fromUnitId: r.unit.id, toUnitId: null }];
          eventOf.set(r.unit.id, event('retire', `Kết thúc hoạt động: ${r.unit.name} (không tổ chức cấp huyện)`, links));
        }
      }

      // Open tasks follow their unit's successor; abolished units' tasks go where staff chose.
      const groups = new Map<string, { from: number; to: number; taskIds: number[] }>();
      for (const m of plan.moves) {
        if (!m.toCode) continue;
        const to = id(m.toCode);
        const key = `${m.fromUnitId}>${to}`;
        const g = groups.get(key) ?? { from: m.fromUnitId, to, taskIds: [] };
        g.taskIds.push(m.taskId);
        groups.set(key, g);
      }
      for (const g of groups.values()) {
        summary.tasksMoved = (summary.tasksMoved ?? 0) + transferOpenTasks(tx, actor, now, { fromUnitId: g.from, toUnitId: g.to, eventId: eventOf.get(g.from) as number, taskIds: g.taskIds });
      }

      const withUsers = new Set(plan.preview.users.map((u) => u.from.id));
      for (const r of plan.retiring) {
        if (withUsers.has(r.unit.id)) {
          const to = r.reason === 'district_abolished' || !r.target ? null : id(r.target);
          const n = moveUsers(tx, actor, now, r.unit.id, to);
          if (to == null) summary.usersDeactivated = (summary.usersDeactivated ?? 0) + n;
          else summary.usersMoved = (summary.usersMoved ?? 0) + n;
        }
        retireUnitTx(tx, actor, now, r.unit.id, change.effectiveOn, eventOf.get(r.unit.id) as number);
      }

      tx.update(orgChanges).set({ summary }).where(eq(orgChanges.id, changeId)).run();
      writeAudit(tx, actor, now, {
        action: 'org_change.apply',
        entityType: 'org_change',
        entityId: changeId,
        after: { effectiveOn: change.effectiveOn, legalBasis: change.legalBasis, sourceName: change.sourceName, summary, warnings: plan.preview.warnings.length },
      });
      return { id: changeId, summary };
    },
    { behavior: 'immediate' },
  );
}

export function listChanges(db: Db, actor: Actor): OrgChangeSummary[] {
  requireDirectoryAdmin(actor);
  return db
    .select({ c: orgChanges, by: users.fullName })
    .from(orgChanges)
    .leftJoin(users, eq(users.id, orgChanges.appliedById))
    .orderBy(desc(orgChanges.id))
    .all()
    .map(({ c, by }) => ({ id: c.id, effectiveOn: c.effectiveOn, legalBasis: c.legalBasis, sourceName: c.sourceName, summary: c.summary, appliedAt: c.appliedAt, appliedBy: by ?? null }));
}
