import type { Unit, UnitGroup, UnitPick } from '@dondoc/schemas';
import { fold } from '@dondoc/schemas/text';
import { t } from '../../../i18n/t';
import { unitKindLabel } from '../../../lib/unit-kind';

export type PickerOption = {
  id: string;
  pick: UnitPick;
  primary: string;
  secondary: string;
  kind: 'group' | 'unit' | 'free';
  /** One of the units or groups the caller suggested (an ambiguous phrase's candidates). */
  suggested?: boolean;
};

/** A unit or group to list first: what an ambiguous phrase could mean. */
export type PickerSuggestion = { unitId: number | null; groupId: number | null };

const MAX_OPTIONS = 40;

/** Every word typed appears in one of the names: "phong van hoa huyen" finds "Phòng Văn hóa và Thông tin các huyện…". */
function matches(query: string, ...names: (string | null | undefined)[]): boolean {
  const words = query.split(' ');
  return names.some((n) => {
    const name = n ? fold(n) : '';
    return name !== '' && words.every((w) => name.includes(w));
  });
}

/**
 * Suggestions first (alone until something is typed), then groups (one pick covers many units), then units; accent-insensitive
 * on names, aliases and codes.
 */
export function pickerOptions(
  query: string,
  units: readonly Unit[],
  groups: readonly UnitGroup[],
  taken: readonly UnitPick[],
  allowFreeText: boolean,
  suggested: readonly PickerSuggestion[] = [],
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
  const isSuggested = (o: PickerOption) =>
    suggested.some((c) => (c.groupId !== null && c.groupId === o.pick.groupId) || (c.unitId !== null && c.unitId === o.pick.unitId));
  for (const o of out) {
    if (!isSuggested(o)) continue;
    o.suggested = true;
    o.secondary = `${t('picker.suggested')} · ${o.secondary}`;
  }
  // Before any typing, suggestions are the whole list: the rest of the directory is one word away.
  const rest = suggested.length && !q ? [] : out.filter((o) => !o.suggested);
  const shown = [...out.filter((o) => o.suggested), ...rest].slice(0, MAX_OPTIONS);
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
