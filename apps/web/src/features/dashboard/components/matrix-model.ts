import { unitKinds, type Dashboard, type UnitKind } from '@dondoc/schemas';

export type DashboardUnit = Dashboard['units'][number];
export type DashboardCell = Dashboard['cells'][number];
export type UnitGroupRows = { kind: UnitKind; units: DashboardUnit[] };

// unitKinds is ordered: the department first, then province-level media, then district and commune levels.
const KIND_ORDER: readonly UnitKind[] = unitKinds;

const collator = new Intl.Collator('vi');

/** Units grouped by kind, each group ordered by district then name. */
export function groupUnits(units: readonly DashboardUnit[]): UnitGroupRows[] {
  const byKind = new Map<UnitKind, DashboardUnit[]>();
  for (const u of units) {
    const list = byKind.get(u.kind) ?? [];
    list.push(u);
    byKind.set(u.kind, list);
  }
  return KIND_ORDER.filter((k) => byKind.has(k)).map((kind) => ({
    kind,
    units: (byKind.get(kind) ?? []).sort(
      (a, b) => collator.compare(a.districtName ?? '', b.districtName ?? '') || collator.compare(a.name, b.name),
    ),
  }));
}

export const cellKey = (directiveId: number, unitId: number) => `${directiveId}:${unitId}`;

export function indexCells(cells: readonly DashboardCell[]): Map<string, DashboardCell> {
  return new Map(cells.map((c) => [cellKey(c.directiveId, c.unitId), c]));
}
