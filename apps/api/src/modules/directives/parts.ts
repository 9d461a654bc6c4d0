import type { Part, PartInput, UnitPick } from '@dondoc/schemas';

type ParsedPart = Omit<Part, 'key' | 'parts'> & { parts: ParsedPart[] };

/** Gives every part a stable key from its place in the tree ("1", "1.2", "3.1"). */
export function keyParts(parts: ParsedPart[] | PartInput[], prefix = ''): Part[] {
  return (parts as ParsedPart[]).map((p, i) => {
    const key = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    return { ...p, key, parts: keyParts(p.parts ?? [], key) };
  });
}

export function* walkParts(parts: Part[]): Generator<Part> {
  for (const p of parts) {
    yield p;
    yield* walkParts(p.parts);
  }
}

export function allPicks(d: { recipients: UnitPick[]; parts: Part[]; cc: { unitId: number | null; groupId: number | null; name: string }[] }) {
  const picks: { path: string; pick: { label: string; unitId: number | null; groupId: number | null } }[] = [];
  d.recipients.forEach((r, i) => picks.push({ path: `recipients.${i}`, pick: r }));
  for (const p of walkParts(d.parts)) p.addressees.forEach((a, i) => picks.push({ path: `parts.${p.key}.addressees.${i}`, pick: a }));
  d.cc.forEach((c, i) => picks.push({ path: `cc.${i}`, pick: { label: c.name, unitId: c.unitId, groupId: c.groupId } }));
  return picks;
}
