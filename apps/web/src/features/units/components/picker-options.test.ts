import { describe, expect, it } from 'vitest';
import type { Unit, UnitGroup } from '@dondoc/schemas';
import { pickerOptions } from './picker-options';

const unit = (id: number, name: string, aliases: string[] = []): Unit => ({
  id,
  code: `U${id}`,
  name,
  shortName: null,
  aliases,
  kind: 'other',
  parentId: null,
  districtCode: null,
  districtName: null,
  validFrom: null,
  validTo: null,
  version: 0,
});

const units = [unit(6, 'Báo Lạng Sơn'), unit(7, 'Đài Phát thanh và Truyền hình tỉnh', ['Đài PT-TH tỉnh'])];
const groups: UnitGroup[] = [
  { id: 1, code: 'VHTT', name: 'Phòng Văn hóa và Thông tin các huyện, thành phố', aliases: [], memberIds: [9, 20], version: 0 },
];

describe('unit picker options', () => {
  it('matches every typed word, without accents, groups first', () => {
    const options = pickerOptions('phong van hoa huyen', units, groups, [], false);
    expect(options.map((o) => o.pick)).toEqual([{ label: groups[0]?.name, unitId: null, groupId: 1 }]);
  });

  it('finds a unit by an alias and leaves out what is already picked', () => {
    expect(pickerOptions('dai pt-th', units, groups, [], false).map((o) => o.pick.unitId)).toEqual([7]);
    expect(pickerOptions('', units, groups, [{ label: 'Báo Lạng Sơn', unitId: 6, groupId: null }], false).map((o) => o.id)).toEqual(['g1', 'u7']);
  });

  it('offers to keep the phrase as typed when free text is allowed', () => {
    const options = pickerOptions('Ủy ban MTTQ tỉnh', units, groups, [], true);
    expect(options.at(-1)?.pick).toEqual({ label: 'Ủy ban MTTQ tỉnh', unitId: null, groupId: null });
  });

  it('lists only the suggestions before typing, then puts them first, marked as such', () => {
    const suggested = [{ unitId: 7, groupId: null }];
    expect(pickerOptions('', units, groups, [], false, suggested).map((o) => o.id)).toEqual(['u7']);
    const options = pickerOptions('a', units, groups, [], false, suggested);
    expect(options.map((o) => o.id)).toEqual(['u7', 'g1', 'u6']);
    expect(options[0]?.suggested).toBe(true);
    expect(options[1]?.suggested).toBeUndefined();
  });
});
