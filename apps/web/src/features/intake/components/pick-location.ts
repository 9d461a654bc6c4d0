import { fold } from '@dondoc/schemas/text';
import type { UnitPick } from '@dondoc/schemas';
import type { DirectiveDraft, PartDraft } from '../../directives/components/form/draft';

/**
 * Where a phrase of the directive stands, from the resolver's path: "recipients.0",
 * "parts.3.1.addressees.0" (a part by its tree key, not by array indexes), "cc.4".
 */
export type PickLocation =
  | { list: 'recipients'; index: number }
  | { list: 'parts'; partKey: string; index: number }
  | { list: 'cc'; index: number };

export function parsePickPath(path: string): PickLocation | null {
  let m = /^recipients\.(\d+)$/.exec(path);
  if (m) return { list: 'recipients', index: Number(m[1]) };
  m = /^parts\.(\d+(?:\.\d+)*)\.addressees\.(\d+)$/.exec(path);
  if (m?.[1]) return { list: 'parts', partKey: m[1], index: Number(m[2]) };
  m = /^cc\.(\d+)$/.exec(path);
  if (m) return { list: 'cc', index: Number(m[1]) };
  return null;
}

function findPart(parts: readonly PartDraft[], key: string): PartDraft | null {
  for (const p of parts) {
    if (p.key === key) return p;
    const inner = findPart(p.parts, key);
    if (inner) return inner;
  }
  return null;
}

/** Replaces the part with `key`; parts on other branches stay the same objects. */
function mapPart(parts: PartDraft[], key: string, fn: (p: PartDraft) => PartDraft): PartDraft[] {
  return parts.map((p) => {
    if (p.key === key) return fn(p);
    if (!findPart(p.parts, key)) return p;
    return { ...p, parts: mapPart(p.parts, key, fn) };
  });
}

/** The picks of the list a location points into (a cc entry read as a pick). */
function listAt(draft: DirectiveDraft, loc: PickLocation): UnitPick[] {
  if (loc.list === 'recipients') return draft.recipients;
  if (loc.list === 'parts') return findPart(draft.parts, loc.partKey)?.addressees ?? [];
  return draft.cc.map((c) => ({ label: c.name, unitId: c.unitId, groupId: c.groupId }));
}

/**
 * Index of the phrase in its list now: where the resolver saw it if it is still there, else
 * wherever it moved to (an entry above it was removed); null once staff removed it.
 */
function indexOf(draft: DirectiveDraft, loc: PickLocation, phrase: string): number | null {
  const list = listAt(draft, loc);
  const key = fold(phrase);
  const same = (p: UnitPick | undefined) => p !== undefined && fold(p.label) === key;
  if (same(list[loc.index])) return loc.index;
  const found = list.findIndex(same);
  return found >= 0 ? found : null;
}

/** The pick the form holds for a phrase, or null if the phrase is no longer in the draft. */
export function pickAt(draft: DirectiveDraft, loc: PickLocation, phrase: string): UnitPick | null {
  const i = indexOf(draft, loc, phrase);
  return i === null ? null : (listAt(draft, loc)[i] ?? null);
}

type Target = { unitId: number | null; groupId: number | null };

/** The part of the draft to change so the phrase stands for `target`; its wording stays. */
export function setPickAt(draft: DirectiveDraft, loc: PickLocation, phrase: string, target: Target): Partial<DirectiveDraft> {
  const i = indexOf(draft, loc, phrase);
  if (i === null) return {};
  const set = <T extends Target>(list: T[]): T[] => list.map((x, j) => (j === i ? { ...x, unitId: target.unitId, groupId: target.groupId } : x));
  if (loc.list === 'recipients') return { recipients: set(draft.recipients) };
  if (loc.list === 'cc') return { cc: set(draft.cc) };
  return { parts: mapPart(draft.parts, loc.partKey, (p) => ({ ...p, addressees: set(p.addressees) })) };
}
