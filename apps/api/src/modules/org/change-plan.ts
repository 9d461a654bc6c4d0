import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { fold, type OrgChangeInput, type OrgChangePreview, type UnitBrief } from '@dondoc/schemas';
import type { Conn } from '../../db/client';
import { directives, tasks, units, users } from '../../db/schema/index';
import { briefOf } from './events';
import { matchCommunes, newUnits } from './change-match';
import { communeNameOf, COMMUNE_UNIT, roleOf, splitType, type Role } from './change-names';

/**
 * What an imported change (the 2025 reform) would do to the directory as it stands: which units it
 * creates and retires, where each open task and user account goes, what staff still have to choose.
 * Reads only; `applyChange` recomputes it inside its transaction and writes exactly this.
 */

type UnitRow = typeof units.$inferSelect;
export type Issue = { code: string; message: string };
export type Choices = { splits: Record<string, string>; tasks: Record<string, string> };

export type NewUnit = {
  code: string;
  name: string;
  shortName: string;
  aliases: string[];
  kind: string;
  role: Role;
  commune: string;
  predecessors: { unitId: number; partial: boolean }[];
  groupIds: number[];
};

export type Retiring = {
  unit: UnitRow;
  reason: 'merged' | 'split' | 'district_abolished';
  /** merged: its successor; split: every new unit of its role that takes a part. */
  successorCodes: string[];
  /** Where its open tasks and users go: a unit code; null = nowhere (abolished) or not chosen yet (split). */
  target: string | null;
};

export type PlannedMove = { taskId: number; fromUnitId: number; toCode: string | null };

export type Plan = {
  preview: OrgChangePreview;
  created: NewUnit[];
  retiring: Retiring[];
  moves: PlannedMove[];
  /** Choices the apply needs and has not got (paths in the request: choices.splits.<code>, choices.tasks.<id>). */
  missing: { path: string; message: string }[];
};

export function planChange(db: Conn, change: OrgChangeInput, choices: Choices): Plan {
  const problems: Issue[] = [];
  const warnings: Issue[] = [];
  const on = change.effectiveOn;
  const allUnits = db.select().from(units).orderBy(units.id).all();
  const byCode = new Map(allUnits.map((u) => [u.code, u]));
  const isActive = (u: UnitRow) => u.validTo == null || u.validTo > on;
  // A district's name as the directory has it, from its people's committee ("huyện Tràng Định").
  const districtName = (dc: string | null) => (dc ? (byCode.get(`UBND-${dc}`)?.name.replace(/^Ủy ban nhân dân /, '') ?? null) : null);

  const { communes, refs, matched, nameInDirectory, splitCodes, involved, communeList } = matchCommunes(change, byCode, isActive, districtName, problems, warnings);

  // ---- the units the change creates: one per new commune and role its predecessors had ----
  const { created, createdOf, takenHits } = newUnits(db, communes, matched, splitCodes, allUnits);
  const createdByCode = new Map(created.map((u) => [u.code, u]));
  const newBrief = (u: NewUnit): UnitBrief => ({ id: null, code: u.code, name: u.name, shortName: u.shortName, kind: u.kind as UnitBrief['kind'] });

  // ---- split choices ----
  const chosenCommune = new Map<string, number>();
  for (const [code, value] of Object.entries(choices.splits)) {
    const list = refs.get(code);
    if (!splitCodes.has(code) || !list) {
      warnings.push({ code: 'UNUSED_CHOICE', message: `Lựa chọn cho mã ${code} bị bỏ qua: xã này không bị chia tách trong thay đổi` });
      continue;
    }
    const want = fold(value);
    const hit = list.find((r) => fold(communes[r.commune]?.src.name ?? '') === want) ?? list.find((r) => fold(communes[r.commune]?.bare ?? '') === want);
    if (hit) chosenCommune.set(code, hit.commune);
    else problems.push({ code: 'INVALID_SPLIT_CHOICE', message: `Xã cũ ${list[0]?.name} (mã ${code}): «${value}» không phải xã, phường mới nhận phần của xã này (${communeList(list)})` });
  }

  // ---- units retired: the former communes, and the district level of every district touched ----
  const retiring: Retiring[] = [];
  const touched = new Set<string>();
  for (const [code, list] of matched) {
    for (const u of list) {
      const role = roleOf(u.code) as Role;
      if (u.districtCode) touched.add(u.districtCode);
      const succ = (refs.get(code) ?? []).map((r) => createdOf[r.commune]?.get(role)).filter((x): x is NewUnit => x != null);
      const chosen = chosenCommune.get(code);
      const target = splitCodes.has(code) ? (chosen != null ? (createdOf[chosen]?.get(role)?.code ?? null) : null) : (succ[0]?.code ?? null);
      retiring.push({ unit: u, reason: splitCodes.has(code) ? 'split' : 'merged', successorCodes: succ.map((s) => s.code), target });
    }
  }
  const mentioned = new Set(refs.keys());
  const uncovered: UnitRow[] = [];
  for (const u of allUnits) {
    if (!isActive(u) || !u.districtCode || !touched.has(u.districtCode)) continue;
    const m = COMMUNE_UNIT.exec(u.code);
    if (m) {
      if (!mentioned.has(m[2] as string)) uncovered.push(u);
    } else if (change.abolishDistricts) {
      retiring.push({ unit: u, reason: 'district_abolished', successorCodes: [], target: null });
    }
  }
  for (const u of uncovered) involved.set(u.id, u);
  for (const r of retiring) involved.set(r.unit.id, r.unit);
  const retiringById = new Map(retiring.map((r) => [r.unit.id, r]));

  // ---- open tasks and users of the units retired (and, for the warnings, of those kept): one query each ----
  const retiringIds = retiring.map((r) => r.unit.id);
  const watched = [...retiringIds, ...uncovered.map((u) => u.id)];
  const allOpen = watched.length
    ? db
        .select({
          id: tasks.id,
          unitId: tasks.unitId,
          parentTaskId: tasks.parentTaskId,
          deadline: tasks.deadline,
          itemsDone: tasks.itemsDone,
          itemsTotal: tasks.itemsTotal,
          completedAt: tasks.completedAt,
          directive: { id: directives.id, number: directives.number, symbol: directives.symbol, subject: directives.subject },
        })
        .from(tasks)
        .innerJoin(directives, eq(directives.id, tasks.directiveId))
        .where(and(inArray(tasks.unitId, watched), isNull(tasks.completedAt)))
        .orderBy(tasks.id)
        .all()
    : [];
  const allAccounts = watched.length
    ? db
        .select({ id: users.id, username: users.username, fullName: users.fullName, unitId: users.unitId, active: users.active })
        .from(users)
        .where(and(inArray(users.unitId, watched), eq(users.active, true)))
        .orderBy(users.id)
        .all()
    : [];
  const openTasks = allOpen.filter((t) => retiringById.has(t.unitId));
  const accounts = allAccounts.filter((a) => a.unitId != null && retiringById.has(a.unitId));
  const busy = new Set([...openTasks.map((t) => t.unitId), ...accounts.map((a) => a.unitId)]);

  // Existing unit, or one the change creates; null (with a problem) for anything else.
  const resolveTarget = (raw: string, what: string): string | null => {
    const code = raw.trim();
    const hit = createdByCode.get(code) ?? createdByCode.get(code.toUpperCase());
    if (hit) return hit.code;
    const u = byCode.get(code) ?? byCode.get(code.toUpperCase());
    const why = !u ? 'không có trong danh mục' : retiringById.has(u.id) ? 'cũng ngừng hoạt động theo thay đổi này' : !isActive(u) ? 'đã ngừng hoạt động' : null;
    if (!why && u) return u.code;
    problems.push({ code: 'INVALID_TASK_CHOICE', message: `${what}: đơn vị mã «${code}» ${why}` });
    return null;
  };
  const briefOfCode = (code: string): UnitBrief => {
    const n = createdByCode.get(code);
    return n ? newBrief(n) : briefOf(byCode.get(code) as UnitRow);
  };

  const moves: PlannedMove[] = [];
  const previewMoves: OrgChangePreview['moves'] = [];
  const missing: Plan['missing'] = [];
  const usedTaskChoices = new Set<string>();
  const tasksOf = new Map<number, typeof openTasks>();
  for (const t of openTasks) {
    const list = tasksOf.get(t.unitId);
    if (list) list.push(t);
    else tasksOf.set(t.unitId, [t]);
  }
  const abolishedTargets = new Map<number, Set<string>>();
  for (const r of retiring) {
    for (const t of tasksOf.get(r.unit.id) ?? []) {
      let toCode = r.target;
      if (r.reason === 'district_abolished') {
        const raw = choices.tasks[String(t.id)];
        usedTaskChoices.add(String(t.id));
        toCode = raw ? resolveTarget(raw, `Nhiệm vụ #${t.id} «${t.directive.subject}» của ${r.unit.name}`) : null;
        if (toCode) abolishedTargets.set(r.unit.id, (abolishedTargets.get(r.unit.id) ?? new Set()).add(toCode));
        else if (!raw) missing.push({ path: `choices.tasks.${t.id}`, message: `Chọn đơn vị nhận nhiệm vụ «${t.directive.subject}» của ${r.unit.name}` });
      }
      moves.push({ taskId: t.id, fromUnitId: r.unit.id, toCode });
      previewMoves.push({
        taskId: t.id,
        parentTaskId: t.parentTaskId,
        directive: t.directive,
        from: briefOf(r.unit),
        to: toCode ? briefOfCode(toCode) : null,
        choice: r.reason === 'merged' ? null : r.reason === 'split' ? 'split' : 'abolished',
        options: r.reason === 'split' ? r.successorCodes.map(briefOfCode) : [],
        deadline: t.deadline,
        itemsDone: t.itemsDone,
        itemsTotal: t.itemsTotal,
      });
    }
  }
  for (const id of Object.keys(choices.tasks)) {
    if (!usedTaskChoices.has(id)) warnings.push({ code: 'UNUSED_CHOICE', message: `Lựa chọn cho nhiệm vụ #${id} bị bỏ qua: nhiệm vụ này không thuộc đơn vị nào bị giải thể hoặc đã hoàn thành` });
  }
  for (const r of retiring) if (r.reason === 'district_abolished') r.successorCodes = [...(abolishedTargets.get(r.unit.id) ?? [])];

  const splits: OrgChangePreview['splits'] = [...splitCodes].map((code) => {
    const list = refs.get(code) ?? [];
    const names = [first(list).name, nameInDirectory.get(code) ?? ''].map((n) => fold(splitType(n).bare));
    const suggested = list.find((r) => names.includes(fold(communes[r.commune]?.bare ?? '')));
    const chosen = chosenCommune.get(code);
    const needed = (matched.get(code) ?? []).some((u) => busy.has(u.id));
    if (needed && chosen == null && !choices.splits[code]) {
      missing.push({ path: `choices.splits.${code}`, message: `Chọn xã, phường mới nhận công việc và tài khoản của ${first(list).name} (mã ${code})` });
    }
    return {
      code,
      name: first(list).name,
      district: first(list).district,
      options: list.map((r) => communes[r.commune]?.src.name ?? ''),
      suggested: suggested ? (communes[suggested.commune]?.src.name ?? null) : null,
      chosen: chosen != null ? (communes[chosen]?.src.name ?? null) : null,
      needed,
    };
  });

  const perUnit = (list: { unitId: number | null }[]) => list.reduce((m, x) => (x.unitId == null ? m : m.set(x.unitId, (m.get(x.unitId) ?? 0) + 1)), new Map<number, number>());
  const openPerUnit = perUnit(allOpen);
  const accountsPerUnit = perUnit(allAccounts);
  const uncoveredByCode = new Map<string, UnitRow[]>();
  for (const u of uncovered) {
    const code = COMMUNE_UNIT.exec(u.code)?.[2] as string;
    uncoveredByCode.set(code, (uncoveredByCode.get(code) ?? []).concat(u));
  }
  for (const [code, list] of uncoveredByCode) {
    const work = list.reduce((n, u) => n + (openPerUnit.get(u.id) ?? 0), 0);
    const people = list.reduce((n, u) => n + (accountsPerUnit.get(u.id) ?? 0), 0);
    const name = communeNameOf(list[0] as UnitRow);
    warnings.push({
      code: 'UNCOVERED',
      message: `${name} (mã ${code}, ${districtName(list[0]?.districtCode ?? null) ?? 'không rõ huyện'}) không có trong tệp: giữ nguyên ${list.length} đơn vị${work ? `, ${work} nhiệm vụ đang mở` : ''}${people ? `, ${people} tài khoản` : ''}`,
    });
  }

  const userMoves = accounts.map((a) => {
    const r = retiringById.get(a.unitId as number) as Retiring;
    return { username: a.username, fullName: a.fullName, from: briefOf(r.unit), to: r.target ? briefOfCode(r.target) : null, reason: r.reason };
  });

  const token = createHash('sha256')
    .update(
      JSON.stringify({
        change,
        units: [...involved.values()].sort((a, b) => a.id - b.id).map((u) => [u.id, u.code, u.version, u.validTo]),
        taken: takenHits.sort(),
        tasks: openTasks.map((t) => [t.id, t.unitId, t.completedAt]),
        users: accounts.map((a) => [a.id, a.unitId, a.active]),
      }),
    )
    .digest('hex');

  const preview: OrgChangePreview = {
    change,
    token,
    counts: {
      communes: change.communes.length,
      predecessors: refs.size,
      predecessorsFound: matched.size,
      unitsCreated: created.length,
      unitsRetired: retiring.length,
      tasksMoved: moves.length,
      // Still to choose: a split commune's or an abolished unit's task with no successor picked yet.
      tasksNeedingChoice: previewMoves.filter((m) => m.choice != null && m.to == null).length,
      usersMoved: userMoves.filter((u) => u.to != null).length,
      usersDeactivated: userMoves.filter((u) => u.reason === 'district_abolished').length,
    },
    communes: communes.map((c, i) => ({
      name: c.src.name,
      type: c.type,
      units: [...(createdOf[i]?.values() ?? [])].map(newBrief),
      predecessors: c.src.predecessors.map((p) => ({
        code: p.code,
        name: p.name,
        district: p.district,
        partial: p.partial || splitCodes.has(p.code),
        nameInDirectory: nameInDirectory.get(p.code) ?? null,
        units: (matched.get(p.code) ?? []).map(briefOf),
      })),
    })),
    created: created.map(newBrief),
    retired: retiring.map((r) => ({ unit: briefOf(r.unit), reason: r.reason, successors: r.successorCodes.map(briefOfCode), openTasks: tasksOf.get(r.unit.id)?.length ?? 0 })),
    moves: previewMoves,
    splits,
    uncovered: uncovered.map(briefOf),
    users: userMoves.map(({ reason: _reason, ...u }) => u),
    problems,
    warnings,
  };
  return { preview, created, retiring, moves, missing };
}

function first<T>(list: T[]): T {
  return list[0] as T;
}
