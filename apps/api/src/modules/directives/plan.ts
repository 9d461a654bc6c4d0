import type { CcEntry, Part, UnitPick } from '@dondoc/schemas';
import { fold } from '@dondoc/schemas';

/**
 * What publishing a directive creates, as a pure function of the directive and of a way to
 * expand a unit pick into unit ids. The applicability rule is the parse contract's: a part
 * applies to a unit when the part or its nearest ancestor with addressees names that unit
 * (or a group holding it); a part with no addressed ancestor applies to every recipient.
 */
export type PlannedItem = {
  partKey: string;
  label: string | null;
  section: string | null;
  title: string;
  text: string;
  deadline: string | null;
};
export type PlannedTask = { unitId: number; source: 'recipient' | 'addressee' | 'cc'; items: PlannedItem[]; deadline: string | null };
export type Plan = { tasks: PlannedTask[]; problems: { code: string; message: string }[] };

type PlanInput = {
  recipients: UnitPick[];
  parts: Part[];
  cc: CcEntry[];
  dueDate: string | null;
  number: string | null;
  subject: string;
};

/** Purposes in "Nơi nhận" that ask the unit to do something, as opposed to "để biết", "b/c". */
const ACTION_PURPOSE = /\b(dang tai|dang|dua tin|phat song|thuc hien|trien khai|phoi hop|chu tri|tuyen truyen|niem yet)\b/;
const INFO_PURPOSE = /\b(de biet|b c|bao cao|theo doi|chi dao|luu)\b/;

export function isActionPurpose(purpose: string | null): boolean {
  if (!purpose) return false;
  const f = fold(purpose);
  return ACTION_PURPOSE.test(f) && !INFO_PURPOSE.test(f);
}

function ccItem(entry: CcEntry, d: PlanInput, key: string): PlannedItem {
  const purpose = (entry.purpose ?? '').trim();
  const doc = d.number ? `Công văn số ${d.number}` : 'văn bản';
  const posting = /^dang\b/.test(fold(purpose));
  return {
    partKey: key,
    label: null,
    section: 'Nơi nhận',
    title: posting
      ? `Đăng tải ${doc} trên Trang thông tin điện tử của Sở`
      : `${purpose.charAt(0).toUpperCase()}${purpose.slice(1)} theo ${doc}`,
    text: `${entry.name} (${purpose}): ${d.subject}`,
    deadline: d.dueDate,
  };
}

export function planTasks(
  d: PlanInput,
  expand: (p: { unitId: number | null; groupId: number | null }) => number[],
  nameOf: (unitId: number) => string,
): Plan {
  const problems: Plan['problems'] = [];
  const order: number[] = [];
  const byUnit = new Map<number, PlannedTask>();
  const taskFor = (unitId: number, source: PlannedTask['source']) => {
    let t = byUnit.get(unitId);
    if (!t) {
      t = { unitId, source, items: [], deadline: null };
      byUnit.set(unitId, t);
      order.push(unitId);
    }
    return t;
  };

  const recipientUnits = unique(d.recipients.flatMap((r) => expand(r)));
  for (const u of recipientUnits) taskFor(u, 'recipient');

  const visit = (parts: Part[], scope: number[] | null, section: string | null, inheritedDeadline: string | null) => {
    for (const p of parts) {
      const own = p.addressees.length > 0 ? unique(p.addressees.flatMap((a) => expand(a))) : null;
      const here = own ?? scope;
      const deadline = p.deadline ?? inheritedDeadline;
      const actionableChildren = p.parts.some(function any(c: Part): boolean {
        return c.actionable || c.parts.some(any);
      });
      if (p.actionable && !actionableChildren) {
        const item: PlannedItem = { partKey: p.key, label: p.label, section, title: p.title, text: p.text, deadline: deadline ?? d.dueDate };
        for (const u of here ?? recipientUnits) taskFor(u, 'addressee').items.push(item);
      }
      visit(p.parts, here, p.title, deadline);
    }
  };
  visit(d.parts, null, null, null);

  d.cc.forEach((c, i) => {
    if (!isActionPurpose(c.purpose)) return;
    const ids = expand(c);
    if (ids.length === 0) {
      problems.push({ code: 'UNRESOLVED_CC', message: `Chưa xác định đơn vị cho "${c.name}" ở Nơi nhận (${c.purpose}); sẽ không tạo nhiệm vụ.` });
      return;
    }
    for (const u of ids) taskFor(u, 'cc').items.push(ccItem(c, d, `cc.${i + 1}`));
  });

  const tasks: PlannedTask[] = [];
  for (const unitId of order) {
    const t = byUnit.get(unitId) as PlannedTask;
    if (t.items.length === 0) {
      problems.push({ code: 'NO_ITEMS_FOR_UNIT', message: `${nameOf(unitId)} không có nội dung nào áp dụng; sẽ không tạo nhiệm vụ.` });
      continue;
    }
    const dates = t.items.map((i) => i.deadline).filter((x): x is string => !!x);
    t.deadline = d.dueDate ?? (dates.length ? dates.sort().at(-1) ?? null : null);
    tasks.push(t);
  }
  return { tasks, problems };
}

function unique(ids: number[]): number[] {
  return [...new Set(ids)];
}
