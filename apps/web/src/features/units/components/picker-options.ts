import type { Unit, UnitGroup, UnitPick } from '@dondoc/schemas';
import { fold } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { unitKindLabel } from '../../../lib/unit-kind';

export type PickerOption = {
  id: string;
  pick: UnitPick;
  primary: string;
  secondary: string;
  kind: 'group' | 'unit' | 'free';
};

const MAX_OPTIONS = 40;

/** Every word typed appears in one of the names: "phong van hoa huyen" finds "Phòng Văn hóa và Thông tin các huyện…". */
function matches(query: string, ...names: (string | null | undefined)[]): boolean {
  const words = query.split(' ');
  return names.some((n) => {
    const name = n ? fold(n) : '';
    return name !== '' && words.every((w) => name.includes(w));
  });
}

/** Groups first (one pick covers many units), then units; accent-insensitive on names, aliases and codes. */
export function pickerOptions(
  query: string,
  units: readonly Unit[],
  groups: readonly UnitGroup[],
  taken: readonly UnitPick[],
  allowFreeText: boolean,
): PickerOption[] {
  const q = fold(query);
  const takenUnits = new Set(taken.map((p) => p.unitId).filter((x) => x !== null));
  const takenGroups = new Set(taken.map((p) => p.groupId).filter((x) => x !== null));
  const out: PickerOption[] = [];
  for (const g of groups) {
    if (takenGroups.has(g.id) || (q && !matches(q, g.name, g.code, ...g.aliases))) continue;
    out.push({
      id: `g${g.id}`,
      pick: { label: g.name, unitId: null, groupId: g.id },
      primary: g.name,
      secondary: t('picker.groupOf', { n: g.memberIds.length }),
      kind: 'group',
    });
  }
  for (const u of units) {
    if (takenUnits.has(u.id) || (q && !matches(q, u.name, u.shortName, u.code, ...u.aliases))) continue;
    out.push({
      id: `u${u.id}`,
      pick: { label: u.name, unitId: u.id, groupId: null },
      primary: u.name,
      secondary: [t(unitKindLabel[u.kind]), u.districtName].filter(Boolean).join(' · '),
      kind: 'unit',
    });
  }
  const shown = out.slice(0, MAX_OPTIONS);
  if (allowFreeText && query.trim()) {
    shown.push({
      id: 'free',
      pick: { label: query.trim(), unitId: null, groupId: null },
      primary: t('picker.freeText', { text: query.trim() }),
      secondary: t('picker.freeTextHint'),
      kind: 'free',
    });
  }
  return shown;
}
