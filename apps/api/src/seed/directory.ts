import type { UnitCreate } from '@dondoc/schemas';
import type { Db } from '../db/client';
import type { Clock } from '../lib/clock';
import { districtSlug } from '../lib/text';
import { createGroup, createUnit } from '../modules/units/service';
import org from './data/langson-admin-2020-11.json';

type Org = { asOf: string; districts: { code: string; name: string; type: string; communes: { code: string; name: string; type: string }[] }[] };

/** "Huyện Tràng Định" → "huyện Tràng Định" as it reads inside a unit name. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const bare = (name: string) => name.replace(/^(Huyện|Thành phố|Thị xã|Xã|Phường|Thị trấn) /, '');

export type DemoDirectory = { districtOffices: Map<string, number>; unitByCode: Map<string, number> };

/** The 2020 directory of Lạng Sơn: the department, provincial media, and every district's units. */
export function seedDirectory(db: Db, clock: Clock): DemoDirectory {
  const data = org as Org;
  const from = '2020-01-01';
  const unitByCode = new Map<string, number>();
  const add = (u: UnitCreate) => {
    const created = createUnit(db, clock, null, { validFrom: from, ...u });
    unitByCode.set(created.code, created.id);
    return created.id;
  };

  const so = add({ code: 'STTTT', name: 'Sở Thông tin và Truyền thông', shortName: 'Sở TT&TT', aliases: ['Sở Thông tin và Truyền thông tỉnh Lạng Sơn', 'STTTT'], kind: 'department' });
  add({ code: 'STTTT-LD', name: 'Lãnh đạo Sở', shortName: 'Lãnh đạo Sở', aliases: ['Ban Giám đốc Sở'], kind: 'division', parentId: so });
  add({ code: 'STTTT-VP', name: 'Văn phòng Sở', shortName: 'VP', aliases: ['Văn phòng'], kind: 'division', parentId: so });
  add({ code: 'STTTT-TTBCXB', name: 'Phòng Thông tin - Báo chí - Xuất bản', shortName: 'Phòng TTBCXB', aliases: ['Phòng Thông tin Báo chí Xuất bản', 'TTBCXB'], kind: 'division', parentId: so });
  add({ code: 'STTTT-CNTT', name: 'Trung tâm Công nghệ thông tin và Truyền thông', shortName: 'Trung tâm CNTT&TT', aliases: ['Trung tâm CNTT và TT', 'Trung tâm Công nghệ thông tin và Truyền thông tỉnh Lạng Sơn'], kind: 'service_unit', parentId: so });
  add({ code: 'BLS', name: 'Báo Lạng Sơn', shortName: 'Báo Lạng Sơn', aliases: ['Báo Lạng Sơn điện tử'], kind: 'newspaper' });
  add({ code: 'DPTTH', name: 'Đài Phát thanh và Truyền hình tỉnh', shortName: 'Đài PT-TH tỉnh', aliases: ['Đài PTTH tỉnh', 'Đài Phát thanh và Truyền hình Lạng Sơn', 'Đài Phát thanh - Truyền hình tỉnh'], kind: 'broadcaster' });

  const districtOffices = new Map<string, number>();
  const offices: number[] = [];
  const centres: number[] = [];
  const stations: number[] = [];
  const committees: number[] = [];
  for (const d of data.districts) {
    const where = lowerFirst(d.name); // "huyện Tràng Định", "thành phố Lạng Sơn"
    const short = d.type === 'Thành phố' ? `TP ${bare(d.name)}` : bare(d.name);
    const district = { districtCode: d.code };
    const ubnd = add({ code: `UBND-${d.code}`, name: `Ủy ban nhân dân ${where}`, shortName: `UBND ${where}`, aliases: [`UBND ${short}`], kind: 'people_committee', ...district });
    committees.push(ubnd);
    const office = add({
      code: `VHTT-${d.code}`,
      name: `Phòng Văn hóa và Thông tin ${where}`,
      shortName: `Phòng VH-TT ${short}`,
      aliases: [`Phòng VH&TT ${where}`, `Phòng VHTT ${short}`, `vhtt.${districtSlug(d.name)}`],
      kind: 'district_culture_office',
      parentId: ubnd,
      ...district,
    });
    offices.push(office);
    districtOffices.set(districtSlug(d.name), office);
    // Centres and commune stations are guided by the district culture office, so they hang under it.
    centres.push(
      add({
        code: `TTVH-${d.code}`,
        name: `Trung tâm Văn hóa, Thể thao và Truyền thông ${where}`,
        shortName: `Trung tâm VHTTTT ${short}`,
        aliases: [`Trung tâm VHNTTTT ${short}`, `Trung tâm VH-TT-TT ${short}`],
        kind: 'district_culture_centre',
        parentId: office,
        ...district,
      }),
    );
    for (const c of d.communes) {
      stations.push(
        add({
          code: `DTT-${c.code}`,
          name: `Đài Truyền thanh ${lowerFirst(c.name)}`,
          shortName: `Đài TT ${bare(c.name)}`,
          aliases: [`Đài Truyền thanh - Truyền hình ${lowerFirst(c.name)}`],
          kind: 'commune_radio',
          parentId: office,
          ...district,
        }),
      );
    }
  }
  createGroup(db, clock, null, {
    code: 'VHTT-ALL',
    name: 'Phòng Văn hóa và Thông tin các huyện, thành phố',
    aliases: ['Phòng VH-TT các huyện, thành phố', 'Phòng VH&TT các huyện, TP', 'Phòng Văn hóa và Thông tin các huyện, TP', 'Phòng VHTT các huyện, thành phố'],
    memberIds: offices,
  });
  createGroup(db, clock, null, {
    code: 'TTVH-ALL',
    name: 'Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thành phố',
    aliases: ['Trung tâm VHNTTTT các huyện, TP', 'Trung tâm VHTTTT các huyện, thành phố', 'Trung tâm VH-TT-TT các huyện, thành phố'],
    memberIds: centres,
  });
  createGroup(db, clock, null, { code: 'DTT-ALL', name: 'Đài Truyền thanh cấp xã', aliases: ['Đài Truyền thanh các xã, phường, thị trấn', 'Đài truyền thanh cơ sở'], memberIds: stations });
  createGroup(db, clock, null, { code: 'UBND-ALL', name: 'UBND các huyện, thành phố', aliases: ['Ủy ban nhân dân các huyện, thành phố'], memberIds: committees });
  return { districtOffices, unitByCode };
}
